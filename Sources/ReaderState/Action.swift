import ArticleParsing
import CorpusStore

/// Something that happened, to be reduced into the state. Named for the event, not for
/// the intended change, so the loop never decides what an event means.
public enum Action: Sendable {
    case keyPressed(Key)
    /// The left button went down over `target` (what the frame on screen showed there).
    case mouseClicked(ScreenTarget)
    /// The wheel turned over `target`, `lines` down (negative: up).
    case wheelTurned(ScreenTarget, lines: Int)
    case terminalResized(rows: Int, cols: Int)
    /// Files read so far while a corpus loads in the background; `total` is nil while
    /// the folders are still being walked.
    case loadProgressed(done: Int, total: Int?)
    /// A complete corpus, to be indexed here (tests and small corpora).
    case corpusLoaded(Corpus)
    /// A version of the corpus built off the UI thread: the rows read so far, the whole
    /// corpus, the same with its facets and sort orders, or a corpus whose files changed.
    /// The reader keeps its place, history, search and narrowing across versions.
    case corpusArrived(LoadedCorpus)
    /// Something to tell the user that is not an error (the cache was rebuilt).
    case noticeReported(String)
    /// About once a second, so transient status messages can expire.
    case tick
    /// The browser was started for `url`.
    case urlOpened(String)
    /// No browser could be started; `reason` says why in words for the status line.
    case urlOpenFailed(String)
    /// The loop switched to the theme named here.
    case themeChanged(String)
    /// Something outside the state went wrong (a bad config or theme file, a failed
    /// save); the status line says so.
    case problemReported(String)
}

/// Work for the loop to carry out: data, so `reduce` stays pure and testable.
public enum Effect: Equatable, Sendable {
    case openURL(String)
    /// Put this text on the clipboard (the terminal's, through OSC 52).
    case copyToClipboard(String)
    case quit
    /// Repaint every cell, whatever the loop believes is on screen (Ctrl-L).
    case redraw
    /// Switch to the next colour theme (the loop owns the terminal's colours).
    case cycleTheme
    /// The marks changed: persist them soon (the loop debounces, and saves the session
    /// with them).
    case save
    /// Keep this saved search in the config file, in place of one of the same name.
    case storeSavedSearch(SavedSearch)
    /// Remove the saved search of this name from the config file.
    case deleteSavedSearch(String)
}

/// A line of feedback at the bottom of the screen.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    /// Ticks since it appeared; it expires after `StatusMessage.lifetime`.
    var age = 0

    static let lifetime = 6

    public init(_ text: String, isError: Bool = false) {
        self.text = TextSanitizer.cleanLine(text)
        self.isError = isError
    }
}

/// Files read so far while loading.
public struct LoadProgress: Equatable, Sendable {
    public var done: Int
    /// Nil while the folders are still being walked.
    public var total: Int?

    public init(done: Int, total: Int?) {
        self.done = done
        self.total = total
    }
}

/// What a layer of the view stack shows.
public enum View: Hashable, Sendable {
    case list
    case article(Int)
    /// Related item `related` of article `article`, shown as its own card because it is
    /// not in the corpus.
    case relatedCard(article: Int, related: Int)
    case help
    /// The values of a facet (topics, providers, months) with their counts.
    case facet(FacetKind)
    /// The saved searches with their counts.
    case savedSearches
}

/// One layer of the view stack (or of the forward history), with its own place.
public struct Page: Hashable, Sendable {
    public var view: View
    /// First visible line (for the list: first visible row).
    public var scroll = 0
    /// Where `scroll` points in the text, so a re-wrap at a new width keeps the place.
    public var anchor = DocumentAnchor(block: 0, offset: 0)
    /// Focused related link, if any.
    public var focus: Int?
    /// Selected row, in a facet view.
    public var row = 0

    public init(_ view: View) { self.view = view }
}

/// Side by side or one view at a time.
public enum LayoutMode: Sendable, Equatable {
    case split, single
}
