import ArticleParsing

/// Everything the reader shows, changed only by `reduce`.
///
/// The view stack always starts with the list; articles, related cards and help are
/// pushed on top. `forward` holds pages left by going back, as in a browser. Values
/// derived from the corpus (unread marks, counts, search keys) live here too, updated
/// only when the corpus or the query changes, so a key press costs the same whatever
/// the corpus size.
public struct State: Sendable {
    public internal(set) var corpus: Corpus
    public internal(set) var stack: [Page] = [Page(.list)]
    public internal(set) var forward: [Page] = []
    /// Selected row of the list (an index into `corpus.articles`).
    public internal(set) var selection = 0
    public internal(set) var search = SearchState()
    public internal(set) var status: StatusMessage?
    public internal(set) var rows: Int
    public internal(set) var cols: Int
    /// Files read so far while the corpus loads; nil once it is loaded.
    public internal(set) var loading: LoadProgress?
    /// Set by the toggle key; nil means automatic (split from 160 columns).
    public internal(set) var layoutOverride: LayoutMode?
    /// Per article: opened in this session. In memory only, for now.
    public internal(set) var read: [Bool] = []
    public internal(set) var unreadCount = 0
    /// Related cards already visited, as (article, related item).
    public internal(set) var visitedCards: Set<CardReference> = []
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
    /// Folded titles for search, built on the first search.
    var searchKeys: [String]?

    /// A reader over `corpus` on a `rows`×`cols` terminal; `loading` when the corpus is
    /// still to come through `corpusLoaded`.
    public init(corpus: Corpus = .empty, rows: Int = 24, cols: Int = 80, loading: Bool = false, keymap: Keymap = .standard) {
        self.corpus = corpus
        self.keymap = keymap
        helpLines = HelpDocument.lines(for: keymap)
        self.rows = max(0, rows)
        self.cols = max(0, cols)
        self.loading = loading ? LoadProgress(done: 0, total: 0) : nil
        adopt(corpus)
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
            case .help: continue
            case .list: return corpus.articles.indices.contains(selection) ? selection : nil
            }
        }
        return nil
    }

    /// Whether related link `link` of article `article` has been followed (or its target read).
    public func isVisited(article: Int, link: Int) -> Bool {
        guard corpus.relatedTargets.indices.contains(article), corpus.relatedTargets[article].indices.contains(link) else {
            return false
        }
        switch corpus.relatedTargets[article][link] {
        case .article(let target): return read[target]
        case .card: return visitedCards.contains(CardReference(article: article, related: link))
        }
    }

    /// Resets everything derived from the corpus.
    mutating func adopt(_ corpus: Corpus) {
        self.corpus = corpus
        read = Array(repeating: false, count: corpus.articles.count)
        unreadCount = corpus.articles.count
        visitedCards = []
        searchKeys = nil
        search = SearchState()
        resolvedLinkCount = corpus.resolvedLinkCount
        errorCount = corpus.errorCount
        selection = 0
        stack = stack.filter { $0.view == .list || $0.view == .help }
        stack[0].scroll = 0
        forward = []
        refreshDocument()
    }

    mutating func markRead(_ index: Int) {
        guard read.indices.contains(index), !read[index] else { return }
        read[index] = true
        unreadCount -= 1
    }
}

/// A related item, named by its article and its position in that article's list.
public struct CardReference: Hashable, Sendable {
    public var article: Int
    public var related: Int
}
