import ArticleParsing
import CorpusStore

/// Read marks, bookmarks and visited links. `markTable` keeps the marks (what is saved)
/// and what is derived from them per article; every change goes through `changeMarks`,
/// which also drops what depends on them elsewhere (a search's last results, since `is:`
/// terms may now match other articles) and counts the list's unread rows again.
extension State {
    public var marks: UserMarks { markTable.marks }
    public var read: [Bool] { markTable.read }
    public var bookmarked: [Bool] { markTable.bookmarked }
    public var unreadCount: Int { markTable.unreadCount }

    /// Changes the marks, and what depends on them outside the table.
    private mutating func changeMarks(_ change: (inout MarkTable) -> Void) {
        change(&markTable)
        search.lastResults = nil
        refreshListingUnread()
    }

    /// Takes `marks` as the truth, e.g. as loaded from the state file.
    mutating func applyMarks(_ marks: UserMarks) {
        let hashes = corpus.markKeyHashes
        changeMarks { $0.reset(marks, keyHashes: hashes) }
    }

    mutating func markRead(_ index: Int) {
        guard read.indices.contains(index), !read[index] else { return }
        setRead(index, true)
    }

    private mutating func setRead(_ index: Int, _ value: Bool) {
        let key = corpus.articles[index].markKey
        changeMarks { _ = $0.setRead(index, value, key: key) }
    }

    /// `m`: the open article, else the selected one, read ↔ unread.
    mutating func toggleRead() {
        guard let index = markableArticle() else { return }
        setRead(index, !read[index])
        status = StatusMessage(read[index] ? "Marked read" : "Marked unread")
    }

    /// `b` in the list: bookmarks the selected article or removes its bookmark.
    mutating func toggleBookmark() {
        guard let index = markableArticle() else { return }
        let key = corpus.articles[index].markKey
        let value = !bookmarked[index]
        changeMarks { $0.setBookmarked(index, value, key: key) }
        let count = marks.bookmarked.count
        status = StatusMessage(bookmarked[index] ? "Bookmarked (\(count) in all) — B shows them" : "Bookmark removed")
        if !bookmarked[index], narrowing.contains(.bookmarks) { rebuildListing(keeping: index) }
    }

    /// Remembers that link `link` of `article` was followed when it is one of its related
    /// items (marks are kept by item key; other links count as read by their target).
    mutating func markVisited(article: Int, link: Int) {
        guard case (.related, let item)? = ArticleLinks.locate(link, of: article, in: corpus) else { return }
        let items = corpus.article(article).related
        guard items.indices.contains(item) else { return }
        markTable.visit(ArticleKey.of(items[item]))
    }

    /// `u`: the next unread article of the list after the selection, wrapping. From an
    /// article, opens it in place, so unread articles can be read one after another.
    mutating func goToNextUnread() {
        guard !listing.isEmpty else { return }
        let reading = stack.contains { if case .article = $0.view { true } else if case .relatedCard = $0.view { true } else { false } }
        let start = reading ? (currentArticle.flatMap { article in listing.firstIndex(of: article) } ?? selection) : selection
        for step in 1...listing.count {
            let row = (start + step) % listing.count
            guard !read[listing[row]] else { continue }
            closeReader()
            if top.view != .list { stack.removeSubrange(1...) }
            select(row)
            if row <= start { status = StatusMessage("Wrapped to the top") }
            if reading { push(.article(listing[row])) }
            return
        }
        status = StatusMessage(listing.count == corpus.articles.count ? "Everything is read" : "Everything here is read")
    }

    /// What `m` and `b` act on: the article open on top, else the list's selection.
    private mutating func markableArticle() -> Int? {
        switch top.view {
        case .article(let index): return index
        case .list: return selectedArticle
        case .relatedCard, .help, .facet, .savedSearches:
            status = StatusMessage("Select or open an article first", isError: true)
            return nil
        }
    }
}
