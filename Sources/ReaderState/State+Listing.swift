import ArticleParsing
import CorpusStore

/// One level of narrowing of the list: a facet value, a kept search, bookmarks, the
/// articles of one story (by its id; `title` is its headline, for the breadcrumb), or a
/// saved search (its own levels, under its name).
/// Levels stack (topic, then provider…); `q` or Backspace in the list pops the last.
public enum Narrowing: Codable, Sendable, Hashable {
    case facet(FacetKind, String)
    case query(String)
    case bookmarks
    case story(id: String, title: String)
    case saved(SavedSearch)

    /// How the header's breadcrumb names it.
    public var label: String {
        switch self {
        case .facet(let kind, let value): return "\(kind.rawValue): \(value)"
        case .query(let text): return "“\(text)”"
        case .bookmarks: return "bookmarks"
        case .story(let id, let title): return "story: \(title.isEmpty ? id : title)"
        case .saved(let search): return "saved: \(search.name)"
        }
    }
}

extension FacetKind: Codable {}

/// Which articles the list shows and in what order: the corpus narrowed level by level,
/// then arranged by the sort key. The narrowed set is cached in `narrowed`, so cycling the
/// sort or moving never repeats a search.
extension State {
    /// Read marks and bookmarks as the search index wants them.
    var searchMarks: SearchIndex.Marks {
        let read = self.read
        let bookmarked = self.bookmarked
        return SearchIndex.Marks(isRead: { read[$0] }, isBookmarked: { bookmarked[$0] })
    }

    /// The articles `levels` leave, in corpus order except that a search ranks its results;
    /// nil means every article.
    func articles(narrowedBy levels: [Narrowing]) -> [Int]? {
        ArticleSelection(loaded, marks: searchMarks).articles(narrowedBy: levels)
    }

    /// `articles` (nil: all) in the list's order: by date (corpus order, or a search's
    /// ranking), else by the precomputed order of the sort key, kept to `articles`; then
    /// one row per story when the list is grouped.
    func arrange(_ articles: [Int]?) -> [Int] {
        groupedByStory(sorted(articles))
    }

    private func sorted(_ articles: [Int]?) -> [Int] {
        guard sort != .date, let order = loaded.orders[sort] else { return articles ?? Array(corpus.articles.indices) }
        guard let articles else { return order }
        var wanted = [Bool](repeating: false, count: corpus.articles.count)
        for article in articles { wanted[article] = true }
        return order.filter { wanted[$0] }
    }

    /// Counts the list's unread rows again, after marks changed.
    mutating func refreshListingUnread() {
        list.recount(read: read)
    }

    /// Shows `articles`, keeping `article` selected when it is among them.
    mutating func setListing(_ articles: [Int], keeping article: Int?) {
        list.show(articles, read: read)
        let row = article.flatMap(row(standingFor:)) ?? 0
        selection = 0
        select(row)
    }

    /// Narrows the corpus by `narrowing` again and shows the result.
    mutating func rebuildListing(keeping article: Int?) {
        list.setNarrowed(articles(narrowedBy: narrowing))
        list.setHighlights(ListState.highlights(of: narrowing))
        setListing(arrange(narrowed), keeping: article)
    }

    /// `s`: the next sort order, keeping the selected article.
    mutating func cycleSort() {
        sort = sort.next
        // Most covered needs the stories; until they are worked out the cycle passes it by.
        if sort == .covered && loaded.orders[.covered] == nil { sort = sort.next }
        setListing(arrange(narrowed), keeping: selectedArticle)
        status = StatusMessage("Sorted by \(sort.label)")
    }

    /// `B`: narrows the list to bookmarked articles.
    mutating func showBookmarks() {
        closeReader()
        if top.view != .list { stack.removeSubrange(1...) }
        guard narrowing.last != .bookmarks else { return }
        guard bookmarked.contains(true) else {
            status = StatusMessage("No bookmarks yet — b in the list bookmarks the selected article", isError: true)
            return
        }
        narrowing.append(.bookmarks)
        rebuildListing(keeping: selectedArticle)
    }

    /// `q` or Backspace in the list: widens by one level. False when there is none.
    mutating func popNarrowing() -> Bool {
        guard let level = narrowing.popLast() else { return false }
        rebuildListing(keeping: selectedArticle)
        status = StatusMessage("Showing " + (narrowing.isEmpty ? "every article" : narrowing.map(\.label).joined(separator: " › "))
            + " (left \(level.label))")
        return true
    }

    /// `t`, `p`, `D`: the values of `kind` among the list's articles, with counts.
    mutating func openFacet(_ kind: FacetKind) {
        guard loading == nil || !corpus.articles.isEmpty else {
            status = StatusMessage("Still loading…", isError: true)
            return
        }
        closeReader()
        if top.view != .list { stack.removeSubrange(1...) }
        guard let facets = loaded.facets else { return }
        let read = self.read
        browserValues = facets.values(kind, among: listedArticles, isRead: { read[$0] })
        guard !browserValues.isEmpty else {
            status = StatusMessage("No \(kind.title.lowercased()) among these articles", isError: true)
            return
        }
        stack.append(Page(.facet(kind)))
        refreshDocument()
    }

    /// Enter in a facet view: narrows the list to the selected value.
    mutating func chooseFacet() {
        guard case .facet(let kind) = top.view, browserValues.indices.contains(top.row) else { return }
        let value = browserValues[top.row]
        stack.removeLast()
        narrowing.append(.facet(kind, value.label))
        rebuildListing(keeping: selectedArticle)
        refreshDocument()
    }
}
