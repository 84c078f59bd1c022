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
        var state = State(rows: size.rows, cols: size.cols, loading: true, keymap: options.keymap)
        var screen = CursesScreen(rows: size.rows, cols: size.cols, palette: Palette(theme: themes.current, depth: depth))
        var frame = render(state)
        screen.present(frame)
        var pending: [Action] = options.problems.map { .problemReported($0) }

        let mailbox = LoadMailbox()
        let loader = Thread {
            let corpus = CorpusLoader.load(roots, name: name) { done, total in mailbox.post(progress: LoadProgress(done: done, total: total)) }
            mailbox.post(corpus: corpus)
        }
        loader.stackSize = 1 << 22
        loader.start()

        let browser = BrowserLauncher()
        var lastTick = ContinuousClock.now
        while true {
            if let signal = session.pendingSignal { return 128 + signal }
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
            if ContinuousClock.now - lastTick >= .seconds(1) {
                lastTick = ContinuousClock.now
                actions.append(.tick)
            }
            guard !actions.isEmpty else { continue }

            var index = 0
            while index < actions.count {
                for effect in reduce(&state, actions[index]) {
                    switch effect {
                    case .quit: return 0
                    case .redraw: screen.invalidate()
                    case .openURL(let url): actions.append(browser.open(url))
                    case .save: break
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
    private var corpus: Corpus?

    func post(progress: LoadProgress) {
        lock.lock()
        defer { lock.unlock() }
        if self.progress.map({ $0.done < progress.done }) ?? true { self.progress = progress }
    }

    func post(corpus: Corpus) {
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
        if let corpus { actions.append(.corpusLoaded(corpus)) }
        progress = nil
        corpus = nil
        return actions
    }
}
