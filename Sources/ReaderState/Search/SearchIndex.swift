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
    /// Folded provider (name and domain) then each topic after a newline, per article.
    private let labelText: [UInt8]
    /// Per article: where its labels start, where its provider ends and its topics end.
    private let labelSpans: [(start: Int, providerEnd: Int, end: Int)]
    private let instants: [Date?]

    public var count: Int { spans.count }
    /// Bytes of folded text held.
    public var byteCount: Int { text.count }

    /// Folds every article on all cores, a block of articles per task, each block into
    /// buffers of its own that are joined at the end.
    public init(_ corpus: Corpus) {
        let articles = corpus.articles
        let blockSize = 256
        let blockCount = (articles.count + blockSize - 1) / blockSize
        let blocks = IndexedResults<Block>(count: blockCount)
        DispatchQueue.concurrentPerform(iterations: max(1, blockCount)) { block in
            let range = (block * blockSize)..<min(articles.count, (block + 1) * blockSize)
            guard !range.isEmpty else { return }
            blocks.set(block, Block(articles, range))
        }
        let built = blocks.values.compactMap { $0 }
        (text, spans) = Self.join(built.map { ($0.text, $0.spans) })
        (labelText, labelSpans) = Self.join(built.map { ($0.labels, $0.labelSpans) })
        instants = built.flatMap(\.instants)
    }

    /// One block of articles folded: their search text and their labels.
    private struct Block {
        let text = FoldedBytes(capacity: 256 * 1024)
        let labels = FoldedBytes(capacity: 16 * 1024)
        var spans: [(Int, Int, Int)] = []
        var labelSpans: [(Int, Int, Int)] = []
        var instants: [Date?] = []

        init(_ articles: [Article], _ range: Range<Int>) {
            spans.reserveCapacity(range.count)
            labelSpans.reserveCapacity(range.count)
            instants.reserveCapacity(range.count)
            for position in range {
                spans.append(Self.fold(articles, position, into: text))
                labelSpans.append(Self.foldLabels(articles, position, into: labels))
                instants.append(articles[position].date?.instant)
            }
        }

        /// A newline separates fields so no phrase matches across two of them. Fields are
        /// read through the array: passing an article along copies all of its fields.
        private static func fold(_ articles: [Article], _ position: Int, into text: FoldedBytes) -> (Int, Int, Int) {
            let start = text.count
            TextFolding.fold(articles[position].title, into: text, floor: start)
            let titleEnd = text.count
            func field(_ value: String?) {
                guard let value else { return }
                text.append(0x0A)
                TextFolding.fold(value, into: text, floor: start)
            }
            field(articles[position].excerpt)
            field(articles[position].provider?.name)
            field(articles[position].provider?.domain)
            for topic in articles[position].topics { field(topic) }
            for paragraph in articles[position].body { field(paragraph) }
            return (start, titleEnd, text.count)
        }

        private static func foldLabels(_ articles: [Article], _ position: Int, into labels: FoldedBytes) -> (Int, Int, Int) {
            let start = labels.count
            if let provider = articles[position].provider {
                TextFolding.fold([provider.name, provider.domain].compactMap { $0 }.joined(separator: " "), into: labels, floor: start)
            }
            let providerEnd = labels.count
            for topic in articles[position].topics {
                labels.append(0x0A)
                TextFolding.fold(topic, into: labels, floor: labels.count)
            }
            return (start, providerEnd, labels.count)
        }
    }

    /// Blocks' buffers laid end to end, their spans moved to match.
    private static func join(_ blocks: [(FoldedBytes, [(Int, Int, Int)])]) -> ([UInt8], [(Int, Int, Int)]) {
        let total = blocks.reduce(0) { $0 + $1.0.count }
        var spans: [(Int, Int, Int)] = []
        spans.reserveCapacity(blocks.reduce(0) { $0 + $1.1.count })
        var offset = 0
        let text = [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            for (bytes, blockSpans) in blocks {
                if bytes.count > 0 { (buffer.baseAddress! + offset).update(from: bytes.base, count: bytes.count) }
                for (start, middle, end) in blockSpans { spans.append((start + offset, middle + offset, end + offset)) }
                offset += bytes.count
            }
            initialized = total
        }
        return (text, spans)
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
                holds = hasTopic(index, topic)
            case .provider(let provider):
                holds = hasProvider(index, provider)
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

    /// A topic equal to `topic`, or one that starts with it as a whole word.
    private func hasTopic(_ index: Int, _ topic: [UInt8]) -> Bool {
        let span = labelSpans[index]
        var position = span.providerEnd
        while position < span.end {
            let start = position + 1
            var end = start
            while end < span.end && labelText[end] != 0x0A { end += 1 }
            let label = labelText[start..<end]
            if label.elementsEqual(topic) || (label.starts(with: topic) && label.count > topic.count && label[start + topic.count] == 0x20) {
                return true
            }
            position = end
        }
        return false
    }

    /// A provider whose name or domain, or one of their words, starts with `provider`.
    private func hasProvider(_ index: Int, _ provider: [UInt8]) -> Bool {
        let span = labelSpans[index]
        let label = labelText[span.start..<span.providerEnd]
        if label.starts(with: provider) { return true }
        return label.split(separator: 0x20).contains { $0.starts(with: provider) }
    }

    private func contains(_ base: UnsafeRawBufferPointer, _ start: Int, _ end: Int, _ needle: [UInt8]) -> Bool {
        guard let origin = base.baseAddress, end - start >= needle.count else { return false }
        return needle.withUnsafeBytes { lede_contains(origin + start, end - start, $0.baseAddress, $0.count) != 0 }
    }
}
