import ArticleParsing
import CorpusStore

/// Read marks, bookmarks and visited links. `marks` (keyed by `ArticleKey`) is what is
/// saved; `read` and `bookmarked` mirror it per article so lists and counts never hash a
/// string. Every change sets `marksChanged`, which `reduce` turns into `Effect.save`.
extension State {
    /// Takes `marks` as the truth, e.g. as loaded from the state file.
    mutating func applyMarks(_ marks: UserMarks) {
        self.marks = marks
        // Rows keep a hash of their key: hash the few marks, not every article's key.
        let hashes = corpus.markKeyHashes
        let readHashes = Set(marks.read.map(StableHash.key))
        let bookmarkHashes = Set(marks.bookmarked.map(StableHash.key))
        read = hashes.map { readHashes.contains($0) }
        bookmarked = hashes.map { bookmarkHashes.contains($0) }
        unreadCount = read.lazy.filter { !$0 }.count
        search.lastResults = nil
    }

    mutating func markRead(_ index: Int) {
        guard read.indices.contains(index), !read[index] else { return }
        setRead(index, true)
    }

    private mutating func setRead(_ index: Int, _ value: Bool) {
        read[index] = value
        unreadCount += value ? -1 : 1
        if listing.contains(index) { listingUnread += value ? -1 : 1 }
        let key = corpus.articles[index].markKey
        if value { marks.read.insert(key) } else { marks.read.remove(key) }
        marksChanged = true
        search.lastResults = nil
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
        bookmarked[index].toggle()
        let key = corpus.articles[index].markKey
        if bookmarked[index] { marks.bookmarked.insert(key) } else { marks.bookmarked.remove(key) }
        marksChanged = true
        search.lastResults = nil
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
        if marks.visited.insert(ArticleKey.of(items[item])).inserted { marksChanged = true }
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
