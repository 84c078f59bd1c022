/// The article list: what the user chose (the narrowing levels, the order, grouping by
/// story, the selected row) and what those make — the narrowed articles, the rows in
/// order, the words highlighted and the unread count among the rows. The made parts
/// change only through the methods here, each of which keeps them in step.
public struct ListState: Sendable {
    /// Facets, a kept search, bookmarks, a story or a saved search, outermost first.
    public internal(set) var narrowing: [Narrowing] = []
    public internal(set) var sort: SortKey = .date
    /// Set by `S`: one row per story.
    public internal(set) var groupsStories = false
    /// The selected row (an index into `rows`).
    public internal(set) var selection = 0

    /// The narrowed articles before sorting (nil: all), kept so sorting repeats no search.
    public private(set) var narrowed: [Int]?
    /// The articles shown, in display order.
    public private(set) var rows: [Int] = []
    /// Unread articles among `rows`.
    public private(set) var unread = 0
    /// Folded words the list highlights: those of the kept searches and the one typed.
    public private(set) var highlights: [[UInt8]] = []

    /// Shows `rows`, counting their unread articles by `read`.
    mutating func show(_ rows: [Int], read: [Bool]) {
        self.rows = rows
        recount(read: read)
    }

    /// Counts the unread rows again, after marks changed.
    mutating func recount(read: [Bool]) {
        unread = rows.reduce(0) { $0 + (read.indices.contains($1) && !read[$1] ? 1 : 0) }
    }

    mutating func setNarrowed(_ narrowed: [Int]?) { self.narrowed = narrowed }

    mutating func setHighlights(_ highlights: [[UInt8]]) { self.highlights = highlights }

    /// The words the kept searches among `levels` highlight.
    static func highlights(of levels: [Narrowing]) -> [[UInt8]] {
        levels.flatMap(\.savedLevels).flatMap { level -> [[UInt8]] in
            guard case .query(let text) = level, let query = try? Query.parse(text) else { return [] }
            return query.highlights
        }
    }
}
