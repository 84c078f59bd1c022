import ArticleParsing
import CorpusStore
import Foundation
import ReaderUI

/// The running reader: draws the first frame at once, loads the corpus on a background
/// thread, and feeds keys, resizes, load progress and ticks through `reduce`, carrying
/// out the effects it returns.
public enum ReaderLoop {
    /// Runs until the user quits or a signal asks to stop. Returns the exit status:
    /// 0, or 128 + the signal number.
    public static func run(roots: [String], name: String? = nil, options: ReaderOptions) throws -> Int32 {
        let session = try TerminalSession()
        defer { session.end() }
        let size = session.size
        let depth = session.startColors(monochrome: options.monochrome)
        var themes = ThemeCycle(options.themes, current: options.theme)
        var state = State(rows: size.rows, cols: size.cols, loading: true, keymap: options.keymap, sort: options.sort,
                          layout: options.layout)
        var screen = CursesScreen(rows: size.rows, cols: size.cols, palette: Palette(theme: themes.current, depth: depth))
        var frame = render(state)
        screen.present(frame)
        var pending: [Action] = options.problems.map { .problemReported($0) }

        let mailbox = LoadMailbox()
        // Everything slow happens off the UI thread: reading the files or the snapshot,
        // the indexes, the saved marks and session, and following changes to the files.
        CorpusFeed(roots: roots, name: name, cache: options.cache, persistence: options.persistence,
                   watch: options.watch, mailbox: mailbox).start()
        let persistence = options.persistence

        let browser = BrowserLauncher()
        let saver = persistence.map { StateSaver($0) }
        /// Saves at once what is loaded (never an empty state from before the load).
        func saveBeforeLeaving() {
            if state.loading == nil { saver?.flush(state) }
        }
        var lastTick = ContinuousClock.now
        while true {
            if let signal = session.pendingSignal {
                saveBeforeLeaving()
                return 128 + signal
            }
            saver?.saveIfDue(state)
            var actions = pending
            pending = []
            switch KeyDecoder.read() {
            case .key(let key): actions.append(.keyPressed(key))
            case .resized:
                let size = session.size
                screen.invalidate()
                actions.append(.terminalResized(rows: size.rows, cols: size.cols))
            case .none: break
            }
            actions += mailbox.drain()
            actions += browser.reap()
            actions += saver?.drain() ?? []
            if ContinuousClock.now - lastTick >= .seconds(1) {
                lastTick = ContinuousClock.now
                actions.append(.tick)
            }
            guard !actions.isEmpty else { continue }

            var index = 0
            while index < actions.count {
                for effect in reduce(&state, actions[index]) {
                    switch effect {
                    case .quit:
                        saveBeforeLeaving()
                        return 0
                    case .redraw: screen.invalidate()
                    case .openURL(let url): actions.append(browser.open(url))
                    case .save: saver?.changed()
                    case .cycleTheme:
                        switch themes.advance() {
                        case .success(let theme):
                            screen.palette = Palette(theme: theme, depth: depth)
                            actions.append(.themeChanged(theme.name + (depth == .monochrome ? " (no colour on this terminal)" : "")))
                        case .failure(let error):
                            actions.append(.problemReported(error.description))
                        }
                    }
                }
                index += 1
            }
            render(state, into: &frame)
            screen.present(frame)
        }
    }
}

/// Hands load progress, versions of the corpus and notices from the loader thread to the
/// loop. Only the latest progress and corpus are kept: each corpus is a whole version.
final class LoadMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: LoadProgress?
    private var corpus: LoadedCorpus?
    private var notices: [String] = []

    func post(progress: LoadProgress) {
        lock.lock()
        defer { lock.unlock() }
        self.progress = progress
    }

    func post(corpus: LoadedCorpus) {
        lock.lock()
        defer { lock.unlock() }
        self.corpus = corpus
    }

    func post(notice: String) {
        lock.lock()
        defer { lock.unlock() }
        notices.append(notice)
    }

    /// Everything posted since the last call, as actions, progress first.
    func drain() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        var actions: [Action] = []
        if let progress { actions.append(.loadProgressed(done: progress.done, total: progress.total)) }
        if let corpus { actions.append(.corpusArrived(corpus)) }
        actions += notices.map { .noticeReported($0) }
        progress = nil
        corpus = nil
        notices = []
        return actions
    }
}
