import ArticleParsing
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
        let persistence = options.persistence
        // Everything slow happens here, off the UI thread: reading the files, the search
        // and facet indexes, and the saved marks and session.
        let loader = Thread {
            let corpus = CorpusLoader.load(roots, name: name) { done, total in mailbox.post(progress: LoadProgress(done: done, total: total)) }
            let saved = persistence?.load()
            let loaded = LoadedCorpus(corpus, marks: saved?.marks ?? UserMarks(), session: saved?.session.flatMap(ReaderSession.init(json:)),
                                      notice: saved?.notice)
            mailbox.post(corpus: loaded)
        }
        loader.stackSize = 1 << 22
        loader.start()

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

/// Hands load progress and the finished corpus from the loader thread to the loop. Only
/// the latest progress is kept: the screen needs no history of it.
final class LoadMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: LoadProgress?
    private var corpus: LoadedCorpus?

    func post(progress: LoadProgress) {
        lock.lock()
        defer { lock.unlock() }
        if self.progress.map({ $0.done < progress.done }) ?? true { self.progress = progress }
    }

    func post(corpus: LoadedCorpus) {
        lock.lock()
        defer { lock.unlock() }
        self.corpus = corpus
    }

    /// Everything posted since the last call, as actions, progress first.
    func drain() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        var actions: [Action] = []
        if let progress { actions.append(.loadProgressed(done: progress.done, total: progress.total)) }
        if let corpus { actions.append(.corpusIndexed(corpus)) }
        progress = nil
        corpus = nil
        return actions
    }
}
