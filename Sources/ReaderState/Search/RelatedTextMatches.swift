import ArticleParsing
import CFastSearch
import CorpusStore
import Foundation

/// Tells whether an article's related titles and excerpts hold a query's words, for the
/// articles their own text left undecided. The texts live in a file, so how depends on how
/// many articles ask: a few have their own texts read and searched; many get every
/// distinct text scanned once (or, when a shorter word typed just before matched few
/// texts, those few checked again), and the answer kept for the next keystroke.
struct RelatedTextMatches {
    private enum Source {
        /// A bit per text id, set when the text holds the word.
        case bits([UInt64])
        /// Each asking article's texts searched for the word.
        case direct([UInt8])
        /// The term never looks at related text.
        case none
    }

    /// Up to this many undecided articles have their texts read one by one: at about four
    /// items each, cheaper than a scan (~30 ms for 100,000 cards' related text).
    static let directLimit = 6000
    /// A shorter word's matches are checked again, rather than everything scanned, when
    /// there are at most this many (each is a read).
    static let recheckLimit = 20_000

    private let texts: RelatedTexts
    private let sources: [Source]

    /// For `query`'s terms, asked about `undecided` articles; up to `directLimit` of them
    /// have their texts read one by one.
    init(_ query: Query, in texts: RelatedTexts, undecided: Int, directLimit: Int = Self.directLimit, cache: RelatedMatchCache) {
        self.texts = texts
        sources = query.terms.map { term in
            guard case .text(let needle) = term.filter, !needle.isEmpty else { return .none }
            if let known = cache.bits(for: needle) { return .bits(known) }
            if undecided <= directLimit { return .direct(needle) }
            let bits: [UInt64]
            if let shorter = cache.fewestMatches(within: needle), shorter.count <= Self.recheckLimit {
                bits = Self.recheck(shorter.bits, in: texts, for: needle)
            } else {
                bits = Self.scan(texts, for: needle)
            }
            cache.keep(bits, for: needle)
            return .bits(bits)
        }
    }

    /// Whether article `index` has a related title or excerpt holding term `term`'s words.
    func holds(term: Int, article index: Int) -> Bool {
        switch sources[term] {
        case .none:
            return false
        case .bits(let bits):
            return bits.withUnsafeBufferPointer { words in
                texts.contains(article: index) { id in words[id >> 6] & (1 << UInt64(id & 63)) != 0 }
            }
        case .direct(let needle):
            return texts.contains(article: index) { id in
                texts.withText(id) { Self.find(needle, in: $0, from: 0) != nil } ?? false
            }
        }
    }

    /// A bit per text, set for those holding `needle`: every run scanned, on every core.
    /// Each run is searched with memmem from match to match, skipping to the next text
    /// after one, so a rare word costs one pass over the bytes.
    private static func scan(_ texts: RelatedTexts, for needle: [UInt8]) -> [UInt64] {
        let runs = texts.runs()
        let workers = min(runs.count, ProcessInfo.processInfo.activeProcessorCount)
        let found = IndexedResults<[Int]>(count: workers)
        // Each worker takes every `workers`-th run, reading them into a buffer of its own.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: RelatedTexts.runBytes, alignment: 8)
            defer { scratch.deallocate() }
            var hits: [Int] = []
            for run in stride(from: worker, to: runs.count, by: workers).map({ runs[$0] }) {
                // A run that cannot be read (a vanished spill file) matches nothing.
                texts.scan(run, scratch: scratch) { ends, bytes in
                    var from = 0
                    var text = 0
                    while let at = find(needle, in: bytes, from: from) {
                        // Matches come in order: the text holding this one is at or after the last.
                        while text < ends.count && ends[text] <= at { text += 1 }
                        guard text < ends.count else { break }
                        hits.append(run.first + text)
                        from = ends[text] + 1
                        text += 1
                    }
                }
            }
            found.set(worker, hits)
        }
        var bits = [UInt64](repeating: 0, count: (texts.count + 63) / 64)
        for hits in found.values { for id in hits ?? [] { bits[id >> 6] |= 1 << UInt64(id & 63) } }
        return bits
    }

    /// The texts among `earlier` (a shorter word's matches) that hold `needle`: a text
    /// holding `needle` holds every part of it.
    private static func recheck(_ earlier: [UInt64], in texts: RelatedTexts, for needle: [UInt8]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: earlier.count)
        for (word, value) in earlier.enumerated() where value != 0 {
            var rest = value
            while rest != 0 {
                let id = word << 6 + rest.trailingZeroBitCount
                rest &= rest - 1
                if texts.withText(id, { find(needle, in: $0, from: 0) != nil }) == true { bits[word] |= 1 << UInt64(id & 63) }
            }
        }
        return bits
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard let base = bytes.baseAddress, from < bytes.count else { return nil }
        let found = needle.withUnsafeBytes { lede_find(base + from, bytes.count - from, $0.baseAddress, $0.count) }
        return found < 0 ? nil : from + found
    }
}

/// The related-text matches of the last few words searched for, so the keystrokes after
/// a scan reuse it. One per search index, so per corpus: ids mean nothing in another.
final class RelatedMatchCache: @unchecked Sendable {
    private struct Entry {
        var needle: [UInt8]
        var bits: [UInt64]
        var count: Int
    }

    private let lock = NSLock()
    private var entries: [Entry] = []
    private static let capacity = 8

    func bits(for needle: [UInt8]) -> [UInt64]? {
        lock.withLock { entries.first { $0.needle == needle }?.bits }
    }

    /// Of the kept words that `needle` contains, the one matching the fewest texts.
    func fewestMatches(within needle: [UInt8]) -> (bits: [UInt64], count: Int)? {
        lock.withLock {
            entries.filter { needle.hasRun($0.needle) }.min { $0.count < $1.count }.map { ($0.bits, $0.count) }
        }
    }

    func keep(_ bits: [UInt64], for needle: [UInt8]) {
        let count = bits.reduce(0) { $0 + $1.nonzeroBitCount }
        lock.withLock {
            entries.removeAll { $0.needle == needle }
            entries.append(Entry(needle: needle, bits: bits, count: count))
            if entries.count > Self.capacity { entries.removeFirst() }
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether `part` occurs in these bytes.
    fileprivate func hasRun(_ part: [UInt8]) -> Bool {
        guard part.count <= count else { return false }
        if part.isEmpty { return true }
        return (0...(count - part.count)).contains { self[$0..<($0 + part.count)].elementsEqual(part) }
    }
}
