import CorpusStore
import Foundation
import ReaderLoop
import ReaderState
import ReaderStore
import ReaderUI

/// The child side of `lede-bench startup`: the reader's real loop, feed, state and
/// render on a terminal that only watches the frames. It prints, as seconds since the
/// machine booted (CLOCK_MONOTONIC, which the parent shares), when the first article
/// row was presented, when the header stopped saying `loading` and `indexing`, and when it
/// stopped saying `finding stories`; then it
/// presses `Q` and prints when, so the parent can time the exit as lede's is timed.
enum StartupProbe {
    static func run(roots: [String], cache: Bool) -> Never {
        let snapshot = SnapshotStore.standard().path(for: roots)
        // Quit only once the snapshot is on disk, so the warm pass has one and the quit
        // is timed as a user's would be, long after the background write.
        let terminal = WatchingTerminal { access(snapshot, F_OK) == 0 }
        let stateFolder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("lede-bench-state-\(getpid())")
        let file = StateFile(folder: stateFolder)
        let persistence = ReaderPersistence(
            load: { (file.load().0.marks, nil, nil) },
            save: { marks, _ in _ = try file.save(SavedState(marks: marks)) })
        let catalog = ThemeCatalog(folders: [])
        let options = ReaderOptions(theme: .builtIn, themes: .init(catalog: catalog, names: []), monochrome: true,
                                    keymap: .standard, problems: [], persistence: persistence)
        let feed = CorpusFeed(roots: roots, name: nil, cache: cache ? SnapshotStore.standard() : nil,
                              persistence: persistence, watch: false)
        let loop = ReaderLoop(terminal: terminal, corpus: feed, browser: nil, options: options)
        let status = loop.run()
        try? FileManager.default.removeItem(at: stateFolder)
        // As lede does: out at once, the corpus still alive.
        fflush(nil)
        withExtendedLifetime(loop) { exit(status) }
    }

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

/// A 200×60 terminal that types nothing until the corpus is fully loaded, then `Q`.
private final class WatchingTerminal: Terminal {
    let size = TerminalSize(rows: 60, cols: 200)
    let colorDepth = ColorDepth.monochrome
    let pendingSignal: Int32? = nil
    private var sawRows = false
    private var loaded = false
    private var storied = false
    private let snapshotWritten: () -> Bool

    init(snapshotWritten: @escaping () -> Bool) {
        self.snapshotWritten = snapshotWritten
    }

    func nextInput(timeout: Duration) -> TerminalInput {
        if loaded && storied && snapshotWritten() {
            print("quit \(StartupProbe.monotonicSeconds())")
            fflush(nil)
            return .key(.character("Q"))
        }
        let (seconds, attoseconds) = timeout.components
        Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
        return .none
    }

    func present(_ frame: ScreenGrid) {
        let header = frame.text(row: 0)
        // A list row starts with the unread mark and a date: `N  2021-03-21 …`.
        let firstRow = frame.text(row: 1)
        if !sawRows, firstRow.contains("-"), firstRow.contains(where: \.isNumber), !firstRow.contains("Loading") {
            sawRows = true
            print("rows \(StartupProbe.monotonicSeconds())")
        }
        if sawRows, !loaded, !header.contains("loading"), !header.contains("indexing") {
            loaded = true
            print("loaded \(StartupProbe.monotonicSeconds())")
        }
        if loaded, !storied, !header.contains("finding stories") {
            storied = true
            print("stories \(StartupProbe.monotonicSeconds())")
        }
        fflush(nil)
    }

    func invalidate() {}
    func apply(_ theme: Theme) {}
    func copyToClipboard(_ text: String) -> Bool { true }
}
