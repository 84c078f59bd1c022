import ReaderState
import ReaderUI

/// The running reader: draws the first frame at once, starts loading the corpus, and feeds
/// keys, resizes, load progress and ticks through `reduce`, carrying out the effects it
/// returns. It knows the terminal, the clock and the corpus only through protocols, so
/// tests run this very loop on a scripted fake.
///
/// The loop keeps its state after `run` returns: the caller decides when (and whether) the
/// corpus and its indexes are freed, which lets the reader exit without freeing them at all.
public final class ReaderLoop {
    /// How long one read waits for input: short enough that load progress, a finished
    /// save and the tick show promptly while nothing is typed.
    static let inputTimeout: Duration = .milliseconds(100)
    /// The same while the corpus is still coming: a new version shows within this.
    static let loadingInputTimeout: Duration = .milliseconds(15)
    /// How often `.tick` is sent, so status messages can expire.
    static let tickInterval: Duration = .seconds(1)

    private let terminal: any Terminal
    private let clock: any LoopClock
    private let corpusSource: any CorpusSource
    private let browser: (any URLLauncher)?
    private let saver: StateSaver?
    private let mailbox = LoadMailbox()
    private let mouse: Bool
    private var themes: ThemeCycle
    private var pending: [Action]
    private var frame: ScreenGrid
    /// Everything the reader knows; changed only by `reduce`.
    private var state: State
    private let savedSearchFile: SavedSearchFile?

    public init(terminal: any Terminal, clock: any LoopClock = SystemClock(), corpus: any CorpusSource,
                browser: (any URLLauncher)?, options: ReaderOptions) {
        self.terminal = terminal
        self.clock = clock
        corpusSource = corpus
        self.browser = browser
        saver = options.persistence.map { StateSaver($0, clock: clock) }
        themes = ThemeCycle(options.themes, current: options.theme)
        pending = options.problems.map { .problemReported($0) }
        mouse = options.mouse
        let size = terminal.size
        state = State(rows: size.rows, cols: size.cols, loading: true, keymap: options.keymap, sort: options.sort,
                      layout: options.layout, savedSearches: options.savedSearches)
        savedSearchFile = options.savedSearchFile
        frame = ScreenGrid(rows: size.rows, cols: size.cols)
    }

    /// Runs until the user quits or a signal asks to stop. Returns the exit status:
    /// 0, or 128 + the signal number. State is saved before it returns.
    public func run() -> Int32 {
        terminal.apply(themes.current)
        show()
        corpusSource.startLoading(into: mailbox)
        var lastTick = clock.now
        while true {
            if let signal = terminal.pendingSignal {
                saveBeforeLeaving()
                return 128 + signal
            }
            saver?.saveIfDue(state)
            var actions = pending
            pending = []
            let waiting = state.loading != nil || !state.loaded.isIndexed
            switch terminal.nextInput(timeout: waiting ? Self.loadingInputTimeout : Self.inputTimeout) {
            case .key(let key): actions.append(.keyPressed(key))
            case .mouse(let event):
                // Read off the frame last shown: what the user saw under the pointer.
                if mouse, let action = MouseInput.action(for: event, on: frame) { actions.append(action) }
            case .resized:
                let size = terminal.size
                terminal.invalidate()
                actions.append(.terminalResized(rows: size.rows, cols: size.cols))
            case .none: break
            }
            actions += mailbox.drain()
            actions += browser?.reap() ?? []
            actions += saver?.drain() ?? []
            if clock.now - lastTick >= Self.tickInterval {
                lastTick = clock.now
                actions.append(.tick)
            }
            guard !actions.isEmpty else { continue }
            if let status = carryOut(actions) { return status }
            show()
        }
    }

    /// Reduces `actions` in order, with any the effects add, and carries out the effects.
    /// Returns an exit status when one of them is a quit.
    private func carryOut(_ actions: [Action]) -> Int32? {
        var actions = actions
        var index = 0
        while index < actions.count {
            for effect in reduce(&state, actions[index]) {
                switch effect {
                case .quit:
                    saveBeforeLeaving()
                    return 0
                case .redraw: terminal.invalidate()
                case .openURL(let url):
                    actions.append(browser?.open(url) ?? .urlOpenFailed("Opening web addresses is not available here"))
                case .copyToClipboard(let text):
                    if !terminal.copyToClipboard(text) { actions.append(.problemReported("That is too long to copy")) }
                case .save: saver?.changed()
                case .cycleTheme: actions.append(nextTheme())
                case .storeSavedSearch(let search):
                    if let problem = changeSavedSearches({ (file) throws(ConfigError) in try file.store(search) }) { actions.append(problem) }
                case .deleteSavedSearch(let name):
                    if let problem = changeSavedSearches({ (file) throws(ConfigError) in try file.delete(named: name) }) { actions.append(problem) }
                }
            }
            index += 1
        }
        return nil
    }

    /// Writes a change of the saved searches to the config file; the action reporting why
    /// it could not, if so (the reader keeps the change for this run either way).
    private func changeSavedSearches(_ change: (SavedSearchFile) throws(ConfigError) -> Void) -> Action? {
        guard let file = savedSearchFile else {
            return .problemReported("Saved searches are kept for this run only: there is no config file to write")
        }
        do {
            try change(file)
            return nil
        } catch {
            return .problemReported("Could not save the search: \(error.description)")
        }
    }

    /// Moves to the next theme that loads and says which, or why not.
    private func nextTheme() -> Action {
        switch themes.advance() {
        case .success(let theme):
            terminal.apply(theme)
            return .themeChanged(theme.name + (terminal.colorDepth == .monochrome ? " (no colour on this terminal)" : ""))
        case .failure(let error):
            return .problemReported(error.description)
        }
    }

    private func show() {
        render(state, into: &frame)
        terminal.present(frame)
    }

    /// Saves at once, once the saved marks have arrived with the first articles (never an
    /// empty state from before them, which would overwrite what was saved).
    private func saveBeforeLeaving() {
        if state.hasSavedMarks { saver?.flush(state) }
    }
}
