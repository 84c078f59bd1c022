import ArticleParsing
import CFastSearch
import CorpusStore
import Foundation

/// Tells whether an article's related titles and excerpts hold a query's words, for the
/// articles their own text left undecided. The texts live in a file, so how depends on how
/// many articles ask: a few have their own texts read and searched; many get every
/// distinct text scanned once (or, when a shorter word typed just before was, only the
/// texts that matched it), and the answer kept for the next keystroke.
struct RelatedTextMatches {
    private enum Source {
        /// A bit per text id, set when the text holds the word.
        case bits([UInt64])
        /// Each asking article's texts searched for the word.
        case direct([UInt8])
        /// The term never looks at related text (not a word, or a `-word`).
        case none
    }

    /// Up to this many undecided articles have their texts read one by one: at about four
    /// items each, cheaper than a scan (~30 ms for 100,000 cards' related text).
    static let directLimit = 6000

    private let texts: RelatedTexts
    private let sources: [Source]

    /// For `query`'s terms, asked about `undecided` articles; up to `directLimit` of them
    /// have their texts read one by one.
    init(_ query: Query, in texts: RelatedTexts, undecided: Int, directLimit: Int = Self.directLimit, cache: RelatedMatchCache) {
        self.texts = texts
        sources = query.terms.map { term in
            guard case .text(let needle) = term.filter, !term.negated, !needle.isEmpty else { return .none }
            if let known = cache.bits(for: needle) { return .bits(known) }
            if undecided <= directLimit { return .direct(needle) }
            let bits: [UInt64]
            bits = Self.scan(texts, for: needle, only: cache.fewestMatches(within: needle)?.bits)
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

    /// A bit per text, set for those holding `needle`, of the texts whose bit is set in
    /// `only` (a shorter word's matches: a text holding `needle` holds every part of it),
    /// or of all. Every run is read, on every core, each into one buffer per worker; a run
    /// is searched with memmem from match to match, skipping to the next text after one,
    /// so a rare word costs one pass over the bytes; with `only`, just those texts are.
    private static func scan(_ texts: RelatedTexts, for needle: [UInt8], only: [UInt64]? = nil) -> [UInt64] {
        let runs = texts.runs()
        let workers = min(runs.count, ProcessInfo.processInfo.activeProcessorCount)
        let found = IndexedResults<[Int]>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: RelatedTexts.runBytes, alignment: 8)
            defer { scratch.deallocate() }
            var hits: [Int] = []
            for run in stride(from: worker, to: runs.count, by: workers).map({ runs[$0] }) {
                // A run that cannot be read (a vanished spill file) matches nothing.
                texts.scan(run, scratch: scratch) { ends, bytes in
                    if let only {
                        for text in ends.indices where isSet(only, run.first + text) {
                            let start = text == 0 ? 0 : ends[text - 1] + 1
                            let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<ends[text]])
                            if find(needle, in: slice, from: 0) != nil { hits.append(run.first + text) }
                        }
                        return
                    }
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

    @inline(__always)
    private static func isSet(_ bits: [UInt64], _ id: Int) -> Bool { bits[id >> 6] & (1 << UInt64(id & 63)) != 0 }

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
