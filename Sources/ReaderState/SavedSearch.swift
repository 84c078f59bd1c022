/// A search kept under a name: the narrowing levels it applies — facet values, bookmarks,
/// a story, query text — so it can be opened again like a smart folder. Saved searches
/// live in the config file, where they can be edited by hand, and `lede list --saved`
/// and `lede export --saved` select the same articles the reader lists.
public struct SavedSearch: Sendable, Equatable, Hashable, Codable {
    public var name: String
    /// Outermost first, as `State.narrowing` holds them; never another saved search (those
    /// are taken apart when saved).
    public var levels: [Narrowing]

    /// Levels are kept in one order (story, facets, bookmarks, then the query text as one
    /// query), the order the config file can express: every level only narrows, so the
    /// order changes nothing but the ranking a query gives, and the query comes last.
    public init(name: String, levels: [Narrowing]) {
        self.name = name
        let flat = levels.flatMap(\.savedLevels)
        func rank(_ level: Narrowing) -> Int {
            switch level {
            case .story: return 0
            case .facet(let kind, _): return 1 + (FacetKind.allCases.firstIndex(of: kind) ?? 0)
            case .bookmarks: return 4
            case .query, .saved: return 5
            }
        }
        var ordered = flat.enumerated().filter { if case .query = $0.element { false } else { true } }
            .sorted { rank($0.element) != rank($1.element) ? rank($0.element) < rank($1.element) : $0.offset < $1.offset }
            .map(\.element)
        let queries = flat.compactMap { level -> String? in if case .query(let text) = level { text } else { nil } }
        if !queries.isEmpty { ordered.append(.query(queries.joined(separator: " "))) }
        self.levels = ordered
    }

    /// What it selects, as the header's breadcrumb would say it: `topic: AI › “police”`.
    public var summary: String {
        levels.isEmpty ? "every article" : levels.map(\.label).joined(separator: " › ")
    }

    /// The longest name the prompt takes: a saved search is a line in a list.
    public static let longestName = 60
}

extension Narrowing {
    /// The levels this one stands for when saved: a saved search opened and saved again
    /// keeps what it selects, not a name that may since have changed.
    var savedLevels: [Narrowing] {
        if case .saved(let search) = self { return search.levels }
        return [self]
    }
}

extension State {
    /// The levels `w` saves: the list's narrowing, and the search being typed in the list.
    var levelsToSave: [Narrowing] {
        var levels = search.isEditing && !search.inArticle ? search.originNarrowing : narrowing
        if search.isEditing && !search.inArticle, !search.query.allSatisfy(\.isWhitespace) {
            levels.append(.query(search.query))
        }
        return levels.flatMap(\.savedLevels)
    }
}
