import ReaderState
import ReaderUI

/// What the command line and the config file decided before the reader starts.
public struct ReaderOptions: Sendable {
    /// The theme to start with, already loaded.
    public var theme: Theme
    /// Every theme `T` cycles through, as names or paths, in order.
    public var themes: ThemeCycle.Source
    /// Attributes only, no colour (`--monochrome` or `NO_COLOR`).
    public var monochrome: Bool
    public var keymap: Keymap
    /// Problems found while reading the config and theme files, shown in the status line.
    public var problems: [String]
    /// The list's first order (config `sort = …`); a saved session overrides it.
    public var sort: SortKey
    /// Split or single view from the config file; nil decides by the terminal's width.
    public var layout: LayoutMode?
    /// Where marks and the session are kept; nil keeps nothing.
    public var persistence: ReaderPersistence?
    /// The config file's saved searches, and where `w` and `d` change them (nil: nowhere).
    public var savedSearches: [SavedSearch] = []
    public var savedSearchFile: SavedSearchFile?
    /// Whether clicks and the wheel act (`--no-mouse`, `mouse = false` turn them off, for
    /// those who select text with the mouse). Off, mouse reports are dropped unread.
    public var mouse: Bool

    public init(theme: Theme, themes: ThemeCycle.Source, monochrome: Bool, keymap: Keymap, problems: [String],
                sort: SortKey = .date, layout: LayoutMode? = nil, persistence: ReaderPersistence? = nil, mouse: Bool = true) {
        self.theme = theme
        self.themes = themes
        self.monochrome = monochrome
        self.keymap = keymap
        self.problems = problems
        self.sort = sort
        self.layout = layout
        self.persistence = persistence
        self.mouse = mouse
    }
}

/// How the reader keeps marks and its session between runs. The executable makes it
/// (it owns the state file), so the loop carries no storage code of its own.
public struct ReaderPersistence: Sendable {
    /// What an earlier run saved: marks, this corpus's session, and anything to tell
    /// the user (a corrupt file moved aside). Called on the loader thread.
    public var load: @Sendable () -> (marks: UserMarks, session: String?, notice: String?)
    /// Saves marks and this corpus's session (as JSON); a thrown error is shown in the
    /// status line.
    public var save: @Sendable (UserMarks, String) throws -> Void
    /// Where debounced saves run.
    public var thread: SaveThread

    public init(load: @escaping @Sendable () -> (marks: UserMarks, session: String?, notice: String?),
                save: @escaping @Sendable (UserMarks, String) throws -> Void, thread: SaveThread = .background) {
        self.load = load
        self.save = save
        self.thread = thread
    }
}

/// Where a debounced save is written. The reader writes in the background, so a slow disk
/// never holds up a key; tests write on the loop's thread, so each save happens at a known
/// moment of their fake clock. Saves at quit always finish before the loop returns.
public enum SaveThread: Sendable {
    case background
    case loop
}

/// The themes `T` steps through, loaded when reached so a broken one is reported then.
public struct ThemeCycle: Sendable {
    public struct Source: Sendable {
        public var catalog: ThemeCatalog
        public var names: [String]

        public init(catalog: ThemeCatalog, names: [String]) {
            self.catalog = catalog
            self.names = names
        }
    }

    private let source: Source
    private var position: Int
    public private(set) var current: Theme

    public init(_ source: Source, current: Theme) {
        self.source = source
        self.current = current
        position = source.names.firstIndex(of: current.name) ?? -1
    }

    /// Moves to the next theme that loads; reports the first one that does not.
    public mutating func advance() -> Result<Theme, ConfigError> {
        guard !source.names.isEmpty else { return .success(current) }
        position = (position + 1) % source.names.count
        do {
            current = try source.catalog.load(source.names[position])
            return .success(current)
        } catch {
            return .failure(error)
        }
    }
}
