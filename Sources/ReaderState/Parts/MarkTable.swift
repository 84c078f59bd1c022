import CorpusStore

/// Read marks, bookmarks and visited links — what is saved, keyed by `ArticleKey` — with
/// what the list needs of them per article: read or not, bookmarked or not, and how many
/// are unread. Those are derived from the marks here and nowhere else, so they cannot
/// drift apart; `recomputed` works them out afresh for tests to compare.
public struct MarkTable: Sendable, Equatable {
    public private(set) var marks = UserMarks()
    /// Per article, mirroring `marks`, so lists and counts never hash a key.
    public private(set) var read: [Bool] = []
    public private(set) var bookmarked: [Bool] = []
    public private(set) var unreadCount = 0
    /// Set by every change of `marks` until the change is handed over to be saved.
    private(set) var hasUnsavedChanges = false

    /// Takes `marks` as the truth for articles whose keys hash to `keyHashes` (the rows
    /// keep a hash of their key: the few marks are hashed, not every article's key).
    mutating func reset(_ marks: UserMarks, keyHashes: [UInt64]) {
        self.marks = marks
        let readHashes = Set(marks.read.map(StableHash.key))
        let bookmarkHashes = Set(marks.bookmarked.map(StableHash.key))
        read = keyHashes.map { readHashes.contains($0) }
        bookmarked = keyHashes.map { bookmarkHashes.contains($0) }
        unreadCount = read.lazy.filter { !$0 }.count
    }

    /// Marks `article` (whose key is `key`) read or unread; false when it already was.
    mutating func setRead(_ article: Int, _ value: Bool, key: String) -> Bool {
        guard read.indices.contains(article), read[article] != value else { return false }
        read[article] = value
        unreadCount += value ? -1 : 1
        if value { marks.read.insert(key) } else { marks.read.remove(key) }
        hasUnsavedChanges = true
        return true
    }

    /// Bookmarks `article` or removes its bookmark.
    mutating func setBookmarked(_ article: Int, _ value: Bool, key: String) {
        guard bookmarked.indices.contains(article) else { return }
        bookmarked[article] = value
        if value { marks.bookmarked.insert(key) } else { marks.bookmarked.remove(key) }
        hasUnsavedChanges = true
    }

    /// Remembers a followed related item by its key.
    mutating func visit(_ key: String) {
        if marks.visited.insert(key).inserted { hasUnsavedChanges = true }
    }

    /// Hands the unsaved changes over: true when there were any.
    mutating func takeUnsavedChanges() -> Bool {
        defer { hasUnsavedChanges = false }
        return hasUnsavedChanges
    }

    /// The same marks with everything derived from them worked out afresh.
    public func recomputed(keyHashes: [UInt64]) -> MarkTable {
        var fresh = MarkTable()
        fresh.reset(marks, keyHashes: keyHashes)
        fresh.hasUnsavedChanges = hasUnsavedChanges
        return fresh
    }
}
