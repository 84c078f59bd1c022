import ArticleParsing
import Foundation

/// Where a related item leads: an article of the corpus, or only its own card.
public enum RelatedTarget: Sendable, Hashable {
    case article(Int)
    case card
}

/// The loaded corpus: articles newest first as compact rows, what went wrong while
/// loading, and the related-link resolution worked out once so following a link is a
/// lookup. A value: copies share one immutable table.
public struct Corpus: Sendable {
    public var name: String
    let table: CorpusTable
    /// Problems met walking the folders (they are found again on every walk).
    public private(set) var walkDiagnostics: [Diagnostic]
    /// Similar articles and stories, once `withStories()` has worked them out.
    public internal(set) var stories: StoryIndex?

    init(name: String, table: CorpusTable, walkDiagnostics: [Diagnostic]) {
        self.name = name
        self.table = table
        self.walkDiagnostics = walkDiagnostics
    }

    /// A corpus of parsed articles, for tests and for callers that have `Article`s at hand.
    public init(name: String, articles: [Article], diagnostics: [Diagnostic] = []) {
        var builder = PieceBuilder(expectedFiles: articles.count)
        for article in articles { builder.add(article, identity: .unknown, diagnostics: []) }
        var piece = builder.finish()
        piece.diagnostics = diagnostics
        piece.retained = articles
        self.init(name: name, table: CorpusTable(assembling: [piece]), walkDiagnostics: [])
    }

    public static let empty = Corpus(name: "", articles: [])

    public var articles: ArticleList { ArticleList(table: table) }
    public var count: Int { table.rows.count }
    public var relatedTargets: RelatedTargets { RelatedTargets(table: table) }
    public var backlinks: Backlinks { Backlinks(table: table) }

    /// Every problem: the walk's, then each file's.
    public var diagnostics: [Diagnostic] { walkDiagnostics + table.fileDiagnostics }

    public var resolvedLinkCount: Int { table.related.reduce(0) { $0 + ($1.target >= 0 ? 1 : 0) } }
    public var relatedLinkCount: Int { table.related.count }
    public var errorCount: Int { diagnostics.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }

    /// Index of the article with this id or source path.
    public func index(ofIdOrPath key: String) -> Int? {
        let articles = self.articles
        if let byId = articles.indices.first(where: { articles[$0].id == key }) { return byId }
        let absolute = URL(fileURLWithPath: key).standardizedFileURL.path
        return articles.indices.first { articles[$0].path == absolute || articles[$0].path == key }
    }

    /// Index of the article read from `path`, through a dictionary built once per corpus.
    public func index(ofPath path: String) -> Int? { table.position(ofPath: path) }
}

/// The articles of a corpus, in corpus order, as light views over their rows.
public struct ArticleList: RandomAccessCollection, Sendable {
    let table: CorpusTable

    public var startIndex: Int { 0 }
    public var endIndex: Int { table.rows.count }

    public subscript(position: Int) -> ArticleSummary { ArticleSummary(table: table, index: position) }
}

/// Where each article's related items lead, by article.
public struct RelatedTargets: Sendable {
    let table: CorpusTable

    public subscript(article: Int) -> [RelatedTarget] {
        table.related[table.rows[article].related.range].map { $0.target >= 0 ? .article(Int($0.target)) : .card }
    }
}

/// The articles that name each article as related, by article.
public struct Backlinks: Sendable {
    let table: CorpusTable

    public subscript(article: Int) -> [Int] {
        table.backlinks[table.rows[article].backlinks.range].map(Int.init)
    }
}

extension Corpus {
    /// Whether both are the same articles in the same order (one table), so positions in
    /// one are positions in the other.
    public func sharesRows(with other: Corpus) -> Bool { table === other.table }

    /// The same corpus with its cold text (excerpts, addresses, related items) read into
    /// memory, for work that reads it for every article.
    public func withColdTextInMemory() -> Corpus {
        var corpus = Corpus(name: name, table: table.replacingSegments(table.segments.map { $0.withColdTextInMemory() }),
                            walkDiagnostics: walkDiagnostics)
        corpus.stories = stories
        return corpus
    }

    /// Each article's `ArticleKey` hash, in corpus order: marks are matched by these.
    public var markKeyHashes: [UInt64] { table.rows.map(\.markKeyHash) }

    /// Builds the path index now, off the UI thread, rather than at its first use.
    public func preparePathIndex() { _ = table.position(ofPath: "") }
}
