import ArticleParsing
import CorpusStore

/// Everything the reader shows, changed only by `reduce`.
///
/// The view stack always starts with the list; articles, related cards and help are
/// pushed on top. `forward` holds pages left by going back, as in a browser. Values
/// derived from the corpus (unread marks, counts, search keys) live here too, updated
/// only when the corpus or the query changes, so a key press costs the same whatever
/// the corpus size.
public struct State: Sendable {
    public internal(set) var corpus: Corpus
    /// The corpus with its search and facet indexes and mark keys.
    public internal(set) var loaded: LoadedCorpus
    /// The pages open and the pages to go forward to.
    public internal(set) var history = History()
    /// The article list: its narrowing, order and selection, and the rows they make.
    public internal(set) var list = ListState()
    /// The rows of the browser on top: a facet's values, counted among the list it was
    /// opened from, or the saved searches, counted in the whole corpus.
    public internal(set) var browserValues: [FacetValue] = []
    /// Searches kept under a name (the config file's), by name.
    public internal(set) var savedSearches: [SavedSearch] = []
    /// The name being typed for `w`, while the prompt asks for one.
    public internal(set) var naming: String?
    public internal(set) var search = SearchState()
    /// The search within the open article, if any.
    public internal(set) var articleSearch: ArticleSearch?
    public internal(set) var status: StatusMessage?
    public internal(set) var rows: Int
    public internal(set) var cols: Int
    /// Files read so far while the corpus loads; nil once it is loaded.
    public internal(set) var loading: LoadProgress?
    /// Keys that need the facet index or sort orders, pressed before those were built:
    /// run as soon as they are, so typing ahead does what it would have done.
    var deferredKeys: [Key] = []
    /// Set by the first key: a saved session is reopened only if the user has not yet
    /// moved on their own.
    var hasInteracted = false
    /// Set when a saved session was reopened: its selection is then followed into later
    /// versions of the corpus (the same one with its indexes) as the user's own would be.
    var hasRestoredSession = false
    /// Whether the saved marks that came with a corpus were taken; after that the marks
    /// set in this run are the truth, and saving them loses nothing.
    public internal(set) var hasSavedMarks = false
    /// Whether a complete corpus (every file in) has arrived.
    var hasCompleteCorpus = false
    /// Set by the toggle key; nil means automatic (split from 160 columns).
    public internal(set) var layoutOverride: LayoutMode?
    /// Read articles, bookmarks and visited links, with what is derived from them per
    /// article; changed only through `changeMarks`.
    public internal(set) var markTable = MarkTable()
    /// Related links that lead to corpus articles, counted once per corpus.
    public internal(set) var resolvedLinkCount = 0
    /// Files that could not be loaded, counted once per corpus.
    public internal(set) var errorCount = 0
    /// The top page laid out at the reader's width, when it is an article or a card.
    public internal(set) var document: ArticleDocument?
    /// The view `document` was laid out for.
    var documentView: View?
    /// Key bindings in force: the defaults, or the config file's.
    public internal(set) var keymap = Keymap.standard {
        didSet { helpLines = HelpDocument.lines(for: keymap) }
    }
    /// The help view's lines for `keymap`.
    public internal(set) var helpLines = HelpDocument.lines
    /// A reader over `corpus` on a `rows`×`cols` terminal; `loading` when the corpus is
    /// still to come through `corpusLoaded`.
    public init(corpus: Corpus = .empty, rows: Int = 24, cols: Int = 80, loading: Bool = false, keymap: Keymap = .standard,
                sort: SortKey = .date, layout: LayoutMode? = nil, savedSearches: [SavedSearch] = []) {
        self.init(loaded: loading ? LoadedCorpus(corpus, isComplete: false) : .complete(corpus), rows: rows, cols: cols,
                  loading: loading, keymap: keymap, sort: sort, layout: layout, savedSearches: savedSearches)
    }

    /// A reader over a corpus already indexed (and perhaps carrying saved marks and session).
    /// `layout` fixes split or single view (the config file's choice); nil decides by width.
    /// `savedSearches` are the config file's.
    public init(loaded: LoadedCorpus, rows: Int = 24, cols: Int = 80, loading: Bool = false, keymap: Keymap = .standard,
                sort: SortKey = .date, layout: LayoutMode? = nil, savedSearches: [SavedSearch] = []) {
        corpus = loaded.corpus
        self.savedSearches = savedSearches.sorted { $0.name.lowercased() < $1.name.lowercased() }
        layoutOverride = layout
        self.loaded = loaded
        self.keymap = keymap
        helpLines = HelpDocument.lines(for: keymap)
        self.rows = max(0, rows)
        self.cols = max(0, cols)
        self.loading = loading ? LoadProgress(done: 0, total: nil) : nil
        list.sort = sort
        adopt(loaded)
    }

    /// The top of the view stack: what keys act on.
    public var top: Page { stack[stack.count - 1] }

    /// Effective layout: the toggle's choice, else split from 160 columns.
    public var layoutMode: LayoutMode {
        layoutOverride ?? (cols >= ScreenLayout.automaticSplitColumns ? .split : .single)
    }

    /// Where things go on screen now.
    public var layout: ScreenLayout { ScreenLayout(rows: rows, cols: cols, split: layoutMode == .split) }

    /// The article the reader pane is about: the open one, the card's source, or (in
    /// the list) the selected one.
    public var currentArticle: Int? {
        for page in stack.reversed() {
            switch page.view {
            case .article(let index): return index
            case .relatedCard(let index, _): return index
            case .help, .facet, .savedSearches: continue
            case .list: return selectedArticle
            }
        }
        return nil
    }

    /// The article on the selected row of the list.
    public var selectedArticle: Int? {
        listing.indices.contains(selection) ? listing[selection] : nil
    }

    /// Whether link `link` of article `article` has been followed (or its target read).
    public func isVisited(article: Int, link: Int) -> Bool {
        guard let target = linkTarget(article: article, link: link) else { return false }
        switch target {
        case .article(let target): return read[target]
        case .card(let item): return marks.visited.contains(ArticleKey.of(corpus.article(article).related[item]))
        }
    }
}

/// A related item, named by its article and its position in that article's list.
public struct CardReference: Hashable, Sendable {
    public var article: Int
    public var related: Int
}

/// The parts' fields under the names the rest of the reader uses.
extension State {
    public internal(set) var stack: [Page] {
        get { history.stack }
        set { history.stack = newValue }
    }

    public internal(set) var forward: [Page] {
        get { history.forward }
        set { history.forward = newValue }
    }

    /// The articles the list shows, in display order: the corpus narrowed by `narrowing`
    /// and the search being typed, in `sort` order (search results ranked).
    public var listing: [Int] { list.rows }

    /// Selected row of the list (an index into `listing`).
    public internal(set) var selection: Int {
        get { list.selection }
        set { list.selection = newValue }
    }

    public internal(set) var narrowing: [Narrowing] {
        get { list.narrowing }
        set { list.narrowing = newValue }
    }

    public internal(set) var sort: SortKey {
        get { list.sort }
        set { list.sort = newValue }
    }

    /// Set by `S`: the list shows one row per story (see `isGroupingStories`).
    public internal(set) var groupsStories: Bool {
        get { list.groupsStories }
        set { list.groupsStories = newValue }
    }

    /// The narrowed articles before sorting (nil: all).
    var narrowed: [Int]? { list.narrowed }

    public var listHighlights: [[UInt8]] { list.highlights }

    /// Unread articles among `listing`.
    public var listingUnread: Int { list.unread }
}

