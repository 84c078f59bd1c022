import CFastSearch
import Foundation

/// What the similarity passes read of each article, straight from the corpus table: its
/// folded text, how the fields lie in it, its date and its outlet.
struct StoryInput: @unchecked Sendable {
    private let table: CorpusTable
    private let bases: [UnsafePointer<UInt8>]
    let count: Int
    /// Seconds since 2001, NaN when undated.
    let instants: [Double]
    /// Hash of the folded outlet label, 0 when the article names none.
    let sources: [UInt64]
    /// Each article's identity hash (`ArticleKey`), which story ids are made from.
    let keys: [UInt64]

    let facts: StoryFacts

    init(_ corpus: Corpus) {
        table = corpus.table
        bases = table.segments.map { UnsafePointer($0.folded.buffer.base) }
        count = table.rows.count
        facts = StoryFacts(table)
        instants = facts.instants
        keys = facts.keys
        sources = facts.sources
    }

    func text(_ index: Int) -> FoldedText {
        let row = table.rows[index]
        return FoldedText(row, in: bases[Int(row.segment)])
    }

    /// Asks the memory for the start of article `index`'s text, which the term scans read
    /// (title, excerpt, the body's first few hundred bytes): called for the next article
    /// while one is scanned, as articles lie scattered over the corpus's arenas and each
    /// first read of one would otherwise wait on memory.
    @inline(__always)
    func prefetchText(_ index: Int) {
        let row = table.rows[index]
        let start = bases[Int(row.segment)] + Int(row.foldedStart)
        for offset in stride(from: 0, to: min(Int(row.foldedTextLength), Self.prefetchedBytes), by: 64) {
            lede_prefetch(start + offset)
        }
    }

    private static let prefetchedBytes = 1024

    func fields(_ index: Int) -> ArticleTerms.Fields {
        let row = table.rows[index]
        return ArticleTerms.Fields(excerpts: row.excerpt.isNone ? 0 : 1,
                                   labels: (row.providerName.isNone ? 0 : 1) + (row.providerDomain.isNone ? 0 : 1),
                                   topics: Int(row.topics.count))
    }

    /// Runs `body` over `count` articles in chunks on every core, and returns each chunk's result in order.
    static func inChunks<Result>(_ count: Int, chunk: Int = 512, _ body: @Sendable (Range<Int>) -> Result) -> [Result] {
        let chunks = (count + chunk - 1) / chunk
        let results = IndexedResultsBox<Result>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            results.set(part, body(part * chunk..<min(count, (part + 1) * chunk)))
        }
        return results.values
    }
}

/// What grouping needs of each article besides its text, from its row alone (so a
/// snapshot's stories are rebuilt without reading its search text).
struct StoryFacts {
    /// Seconds since 2001, NaN when undated.
    let instants: [Double]
    /// Each article's identity hash (`ArticleKey`), which story ids are made from.
    let keys: [UInt64]
    /// Hash of the outlet's name (else its domain), 0 when the article names none.
    let sources: [UInt64]
    let isCard: [Bool]

    init(_ table: CorpusTable) {
        instants = table.rows.map(\.instant)
        keys = table.rows.map(\.markKeyHash)
        isCard = table.rows.map { $0.format == 0 }
        sources = table.rows.map { row in
            let label = row.providerName.isNone ? row.providerDomain : row.providerName
            guard !label.isNone, label.length > 0 else { return 0 }
            let segment = table.segments[Int(row.segment)]
            return StableHash.of(UnsafeRawBufferPointer(start: segment.text.base + Int(label.offset), count: Int(label.length))) | 1
        }
    }
}

/// Results written by index from concurrent workers, read once all are done.
final class IndexedResultsBox<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }
}
