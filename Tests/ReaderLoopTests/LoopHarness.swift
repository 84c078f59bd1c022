import ReaderState
import ArticleParsing
import CorpusStore
import Foundation
import ReaderLoop
import ReaderUI
import Synchronization
import Testing

/// Time that moves only when told: the fake terminal moves it while the loop waits.
final class FakeClock: LoopClock {
    private let time = Mutex<Duration>(.zero)

    var now: Duration { time.withLock { $0 } }

    func advance(by duration: Duration) {
        time.withLock { $0 += duration }
    }
}

/// Every save the loop made, with the fake moment it was made and what it held.
final class SaveLog: Sendable {
    struct Entry: Equatable {
        var time: Duration
        var readCount: Int
    }

    private let entries = Mutex<[Entry]>([])
    private let clock: FakeClock

    init(clock: FakeClock) { self.clock = clock }

    var all: [Entry] { entries.withLock { $0 } }

    /// Persistence that records instead of writing, on the loop's thread so each save
    /// is stamped with the moment the loop made it.
    var persistence: ReaderPersistence {
        ReaderPersistence(load: { (UserMarks(), nil, nil) },
                          save: { marks, _ in
                              let entry = Entry(time: self.clock.now, readCount: marks.read.count)
                              self.entries.withLock { $0.append(entry) }
                          },
                          thread: .loop)
    }
}

/// What one run of the real loop on a fake terminal left behind.
struct LoopRun {
    var status: Int32
    var terminal: FakeTerminal
    var saves: [SaveLog.Entry]
    /// When the loop returned, by the fake clock.
    var endedAt: Duration

    var frames: [FakeTerminal.Frame] { terminal.frames }
}

/// Runs `ReaderLoop` on a fake terminal playing `script`, with no saved state and the
/// standard keys, until it quits (or the fake terminal stops it).
func runLoop(_ script: [(at: Duration, event: FakeTerminal.Event)], size: TerminalSize = TerminalSize(rows: 10, cols: 60),
             colorDepth: ColorDepth = .palette256, mouse: Bool = true,
             sourceLocation: SourceLocation = #_sourceLocation) -> LoopRun {
    let clock = FakeClock()
    let terminal = FakeTerminal(size: size, colorDepth: colorDepth, clock: clock, script: script, sourceLocation: sourceLocation)
    let saves = SaveLog(clock: clock)
    let options = ReaderOptions(theme: .builtIn, themes: .init(catalog: ThemeCatalog(folders: []), names: []),
                                monochrome: colorDepth == .monochrome, keymap: .standard, problems: [],
                                persistence: saves.persistence, mouse: mouse)
    let loop = ReaderLoop(terminal: terminal, clock: clock, corpus: terminal.corpusSource, browser: nil, options: options)
    let status = loop.run()
    return LoopRun(status: status, terminal: terminal, saves: saves.all, endedAt: clock.now)
}

func ms(_ milliseconds: Int) -> Duration { .milliseconds(milliseconds) }

/// Small corpora made in code; titles say which corpus they belong to.
enum LoopFixtures {
    static func corpus(_ name: String, titles: [String]) -> LoadedCorpus {
        let articles = titles.enumerated().map { index, title in
            Article(id: "\(name)-\(index).txt", path: "/\(name)/\(index).txt", format: .card, title: title,
                    date: ArticleDate(text: "2024-03-\(String(format: "%02d", 20 - index))T10:00:00Z"),
                    provider: Provider(name: "Wire"), urls: ArticleURLs(web: "https://\(name).example/\(index)"))
        }
        return .complete(Corpus(name: name, articles: articles))
    }

    static let news = corpus("news", titles: ["Harbour reopens", "Bridge closes", "Market rallies"])
    static let later = corpus("later", titles: ["Storm passes", "Ferries resume"])
}
