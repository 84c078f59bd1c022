import Foundation

/// Where a related item leads: an article of the corpus, or only its own card.
public enum RelatedTarget: Sendable, Hashable {
    case article(Int)
    case card
}

/// The loaded corpus: articles newest first, what went wrong while loading, and the
/// related-link resolution worked out once so following a link is a lookup.
public struct Corpus: Sendable {
    public var name: String
    public private(set) var articles: [Article]
    public private(set) var diagnostics: [Diagnostic]
    /// For each article, where each of its related items leads.
    public private(set) var relatedTargets: [[RelatedTarget]]
    /// For each article, the articles that name it as related.
    public private(set) var backlinks: [[Int]]

    /// Orders articles newest first (undated last, ties by id, so the order never depends
    /// on load order) and resolves every related link.
    public init(name: String, articles: [Article], diagnostics: [Diagnostic] = []) {
        self.name = name
        // Sort positions, not the large article values, then place each article once.
        let instants = articles.map { $0.date?.instant }
        let order = articles.indices.sorted { left, right in
            switch (instants[left], instants[right]) {
            case let (lhs?, rhs?) where lhs != rhs: return lhs > rhs
            case (.some, nil): return true
            case (nil, .some): return false
            default: return articles[left].id < articles[right].id
            }
        }
        self.articles = order.map { articles[$0] }
        self.diagnostics = diagnostics
        relatedTargets = LinkIndex.resolveAll(self.articles)
        var backlinks = Array(repeating: [Int](), count: self.articles.count)
        for (source, targets) in relatedTargets.enumerated() {
            for case .article(let target) in targets where backlinks[target].last != source {
                backlinks[target].append(source)
            }
        }
        self.backlinks = backlinks
    }

    public static let empty = Corpus(name: "", articles: [])

    public var resolvedLinkCount: Int {
        relatedTargets.reduce(0) { $0 + $1.filter { $0 != .card }.count }
    }

    public var relatedLinkCount: Int { relatedTargets.reduce(0) { $0 + $1.count } }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    /// Index of the article with this id or source path.
    public func index(ofIdOrPath key: String) -> Int? {
        if let byId = articles.firstIndex(where: { $0.id == key }) { return byId }
        let absolute = URL(fileURLWithPath: key).standardizedFileURL.path
        return articles.firstIndex { $0.path == absolute || $0.path == key }
    }
}
