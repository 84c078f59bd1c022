import ArticleParsing
import CFastSearch
import Foundation

/// Folded text of every article in one contiguous buffer, so a search is a byte scan
/// (memmem) over it: fast enough for as-you-type search over 100,000 articles.
public struct SearchIndex: Sendable {
    /// Folded title, excerpt, provider, topics and body, one article after another.
    private let text: [UInt8]
    /// Per article: where its text starts and ends, and where its title ends.
    private let spans: [(start: Int, titleEnd: Int, end: Int)]
    private let topics: [[[UInt8]]]
    private let providers: [[UInt8]]
    private let instants: [Date?]

    public var count: Int { spans.count }
    /// Bytes of folded text held.
    public var byteCount: Int { text.count }

    public init(_ corpus: Corpus) {
        let articles = corpus.articles
        let parts = IndexedResults<([UInt8], Int)>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: max(1, (articles.count + 255) / 256)) { chunk in
            for position in (chunk * 256)..<min(articles.count, (chunk + 1) * 256) {
                parts.set(position, Self.haystack(articles[position]))
            }
        }
        let pieces = parts.values
        var text: [UInt8] = []
        text.reserveCapacity(pieces.reduce(0) { $0 + ($1?.0.count ?? 0) })
        var spans: [(Int, Int, Int)] = []
        spans.reserveCapacity(articles.count)
        for case let (haystack, titleLength)? in pieces {
            let start = text.count
            text.append(contentsOf: haystack)
            spans.append((start, start + titleLength, text.count))
        }
        self.text = text
        self.spans = spans
        topics = articles.map { $0.topics.map { TextFolding.fold($0) } }
        providers = articles.map { TextFolding.fold([$0.provider?.name, $0.provider?.domain].compactMap { $0 }.joined(separator: " ")) }
        instants = articles.map { $0.date?.instant }
    }

    private static func haystack(_ article: Article) -> ([UInt8], Int) {
        var bytes = TextFolding.fold(article.title)
        let titleLength = bytes.count
        // A newline separates fields so no phrase matches across two of them.
        for field in [article.excerpt, article.provider?.name, article.provider?.domain] + article.topics.map(Optional.some)
            + article.body.map(Optional.some) {
            guard let field else { continue }
            bytes.append(0x0A)
            TextFolding.fold(field, into: &bytes)
        }
        return (bytes, titleLength)
    }

    /// Read marks and bookmarks, which live outside the corpus.
    public struct Marks: Sendable {
        public var isRead: @Sendable (Int) -> Bool
        public var isBookmarked: @Sendable (Int) -> Bool

        public init(isRead: @escaping @Sendable (Int) -> Bool, isBookmarked: @escaping @Sendable (Int) -> Bool) {
            self.isRead = isRead
            self.isBookmarked = isBookmarked
        }

        public static let none = Marks(isRead: { _ in false }, isBookmarked: { _ in false })
    }

    /// Articles matching `query`, ranked: those whose title holds every searched word
    /// first, then the rest, each group in corpus order (newest first). `within` narrows
    /// to earlier results, which is what typing one more character needs.
    public func search(_ query: Query, marks: Marks = .none, within: [Int]? = nil) -> [Int] {
        let candidates = within ?? Array(0..<spans.count)
        if query.isEmpty { return candidates }
        let chunkSize = 2048
        let chunks = (candidates.count + chunkSize - 1) / chunkSize
        let results = IndexedResults<([Int], [Int])>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var titleHits: [Int] = []
            var otherHits: [Int] = []
            text.withUnsafeBytes { buffer in
                for candidate in candidates[(chunk * chunkSize)..<min(candidates.count, (chunk + 1) * chunkSize)] {
                    switch match(query, candidate, buffer, marks) {
                    case .title: titleHits.append(candidate)
                    case .body: otherHits.append(candidate)
                    case .none: break
                    }
                }
            }
            results.set(chunk, (titleHits, otherHits))
        }
        let parts = results.values.compactMap { $0 }
        return parts.flatMap(\.0) + parts.flatMap(\.1)
    }

    private enum Hit { case title, body, none }

    private func match(_ query: Query, _ index: Int, _ base: UnsafeRawBufferPointer, _ marks: Marks) -> Hit {
        let span = spans[index]
        var allInTitle = true
        var anyText = false
        for term in query.terms {
            let holds: Bool
            switch term.filter {
            case .text(let needle):
                let inTitle = contains(base, span.start, span.titleEnd, needle)
                holds = inTitle || contains(base, span.titleEnd, span.end, needle)
                if !term.negated {
                    anyText = true
                    allInTitle = allInTitle && inTitle
                }
            case .topic(let topic):
                holds = topics[index].contains { $0 == topic || $0.starts(with: topic + [0x20]) }
            case .provider(let provider):
                holds = providers[index].split(separator: 0x20).contains { $0.starts(with: provider) }
                    || providers[index].starts(with: provider)
            case .after(let date):
                holds = instants[index].map { $0 >= date } ?? false
            case .before(let date):
                holds = instants[index].map { $0 < date } ?? false
            case .unread:
                holds = !marks.isRead(index)
            case .read:
                holds = marks.isRead(index)
            case .bookmarked:
                holds = marks.isBookmarked(index)
            }
            if holds == term.negated { return .none }
        }
        return anyText && allInTitle ? .title : .body
    }

    private func contains(_ base: UnsafeRawBufferPointer, _ start: Int, _ end: Int, _ needle: [UInt8]) -> Bool {
        guard let origin = base.baseAddress, end - start >= needle.count else { return false }
        return needle.withUnsafeBytes { lede_contains(origin + start, end - start, $0.baseAddress, $0.count) != 0 }
    }
}
