import ArticleParsing
import Foundation

/// One article as the list knows it: a view over its row. Each property reads the row's
/// arena when asked, so keep to what a screen or a line of output needs; indexes read the
/// byte accessors instead.
public struct ArticleSummary: Sendable {
    let table: CorpusTable
    public let index: Int

    private var row: ArticleRow { table.rows[index] }
    private func text(_ field: KeyPath<ArticleRow, TextRef>) -> String? { table.string(index, field) }
    private func coldText(_ field: KeyPath<ArticleRow, TextRef>) -> String? { table.coldString(index, field) }

    public var id: String { text(\.id) ?? "" }
    public var path: String { text(\.path) ?? "" }
    public var format: ArticleFormat { row.format == 0 ? .card : .plainText }
    public var title: String { text(\.title) ?? "" }
    /// Read from the cold text (a file read when it is not in memory).
    public var excerpt: String? { coldText(\.excerpt) }
    public var date: ArticleDate? { text(\.dateText).map { ArticleDate(text: $0) } }
    public var instant: Date? { row.instant.isNaN ? nil : Date(timeIntervalSinceReferenceDate: row.instant) }
    public var provider: Provider? {
        let (name, domain) = (text(\.providerName), text(\.providerDomain))
        return name == nil && domain == nil ? nil : Provider(name: name, domain: domain)
    }
    public var topics: [String] {
        let segment = table.segment(of: index)
        return table.topics[row.topics.range].map { segment.string($0) ?? "" }
    }
    /// Read from the cold text, as the next two.
    public var webURL: String? { coldText(\.webURL) }
    /// The address to open in a browser.
    public var preferredURL: String? { coldText(\.preferredURL) }
    public var quality: Int? { row.quality == .min ? nil : Int(row.quality) }
    public var relatedCount: Int { Int(row.related.count) }
    /// What marks are stored under (`ArticleKey.of` the article), made again from the row.
    public var markKey: String {
        ArticleKey.key(url: preferredURL, title: title, date: text(\.dateText), provider: provider?.label)
    }
    /// Its hash, which the row keeps: enough to tell whether a saved mark is this article's.
    public var markKeyHash: UInt64 { row.markKeyHash }
    public var fileName: String { lastPathComponent(path) }
    public var identity: FileIdentity { row.identity }

    /// Related item titles and web addresses, as listed; the rest is in the file.
    public var relatedItems: [(title: String, webURL: String?)] {
        let segment = table.segment(of: index)
        return table.related[row.related.range].map { (segment.coldString($0.title) ?? "", segment.coldString($0.webURL)) }
    }

    /// The article as far as its row knows it: what the pane shows when the file is gone.
    var asArticle: Article {
        var article = Article(id: id, path: path, format: format, title: title, excerpt: excerpt, date: date,
                              provider: provider, topics: topics, urls: ArticleURLs(web: webURL), quality: quality)
        if preferredURL != webURL { article.urls.original = preferredURL }
        article.related = relatedItems.map { RelatedItem(title: $0.title, urls: ArticleURLs(web: $0.webURL)) }
        return article
    }
}

/// The folded search text of one article, as pointers into its segment: valid while the
/// corpus that gave them is alive.
public struct FoldedText {
    public var title: UnsafeBufferPointer<UInt8>
    /// Excerpt, provider, topics and body, each after a newline.
    public var rest: UnsafeBufferPointer<UInt8>
    /// Provider name and domain, one space between them.
    public var provider: UnsafeBufferPointer<UInt8>
    /// Each topic after a newline.
    public var topicLabels: UnsafeBufferPointer<UInt8>

    /// Each topic folded on its own.
    public var topics: some Sequence<Slice<UnsafeBufferPointer<UInt8>>> {
        topicLabels.split(separator: 0x0A, omittingEmptySubsequences: false).dropFirst()
    }
}

extension FoldedText {
    /// Article `row`'s folded text in the arena at `base`.
    init(_ row: ArticleRow, in base: UnsafePointer<UInt8>) {
        let text = UnsafeBufferPointer(start: base + Int(row.foldedStart), count: Int(row.foldedTextLength))
        let labels = UnsafeBufferPointer(start: base + Int(row.foldedStart + row.foldedTextLength), count: Int(row.foldedLabelsLength))
        title = UnsafeBufferPointer(rebasing: text[..<Int(row.foldedTitleLength)])
        rest = UnsafeBufferPointer(rebasing: text[Int(row.foldedTitleLength)...])
        provider = UnsafeBufferPointer(rebasing: labels[..<Int(row.foldedProviderLength)])
        topicLabels = UnsafeBufferPointer(rebasing: labels[Int(row.foldedProviderLength)...])
    }
}

/// Every article's folded text and date through a compact table built once, for the
/// search loop, which visits every article per key: reading whole rows there would walk
/// ten times the memory. Keeps the corpus's table alive.
public struct FoldedTexts: @unchecked Sendable {
    private struct Span {
        var start: UnsafePointer<UInt8>
        var titleLength: UInt32
        var textLength: UInt32
        var providerLength: UInt32
        var labelsLength: UInt32
    }

    private let table: CorpusTable
    private let spans: [Span]
    /// Publication instants as seconds since 2001, NaN when undated.
    public let instants: [Double]

    public init(_ corpus: Corpus) {
        table = corpus.table
        let bases = table.segments.map { UnsafePointer($0.folded.buffer.base) }
        spans = table.rows.map { row in
            Span(start: bases[Int(row.segment)] + Int(row.foldedStart), titleLength: row.foldedTitleLength,
                 textLength: row.foldedTextLength, providerLength: row.foldedProviderLength, labelsLength: row.foldedLabelsLength)
        }
        instants = table.rows.map(\.instant)
    }

    public subscript(index: Int) -> FoldedText {
        let span = spans[index]
        let labels = span.start + Int(span.textLength)
        return FoldedText(title: UnsafeBufferPointer(start: span.start, count: Int(span.titleLength)),
                          rest: UnsafeBufferPointer(start: span.start + Int(span.titleLength),
                                                    count: Int(span.textLength - span.titleLength)),
                          provider: UnsafeBufferPointer(start: labels, count: Int(span.providerLength)),
                          topicLabels: UnsafeBufferPointer(start: labels + Int(span.providerLength),
                                                           count: Int(span.labelsLength - span.providerLength)))
    }
}

extension Corpus {
    /// Folded text of article `index`, for sorting and tests (search uses `FoldedTexts`).
    public func folded(_ index: Int) -> FoldedText {
        let row = table.rows[index]
        return FoldedText(row, in: UnsafePointer(table.segments[Int(row.segment)].folded.buffer.base))
    }

    /// Publication instant of article `index` as seconds since 2001, NaN when undated.
    public func instantSeconds(_ index: Int) -> Double { table.rows[index].instant }

    /// Bytes of folded search text the corpus holds.
    public var foldedByteCount: Int { table.segments.reduce(0) { $0 + $1.folded.count } }
}
