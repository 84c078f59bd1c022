import CFastSearch
import CorpusStore

/// Which distinct related texts (the folded titles and excerpts of related items) hold
/// each word of a query: worked out once per search by scanning every distinct text, so
/// telling whether an article's related items hold a word is a few bit tests.
struct RelatedTextMatches {
    private let texts: RelatedTexts
    /// By term position: a bit per text id, set when the text holds the term's words;
    /// empty for terms that never look at related text.
    private let bits: [[UInt64]]

    init(_ query: Query, in texts: RelatedTexts) {
        self.texts = texts
        let needles = query.terms.map { term -> [UInt8]? in
            if case .text(let needle) = term.filter { return needle }
            return nil
        }
        var bits = [[UInt64]](repeating: [], count: needles.count)
        // A word asked twice (`storm -storm`) is scanned for once.
        var scanned: [[UInt8]: Int] = [:]
        for (position, needle) in needles.enumerated() {
            guard let needle else { continue }
            if let earlier = scanned[needle] {
                bits[position] = bits[earlier]
                continue
            }
            bits[position] = Self.scan(texts, for: needle)
            scanned[needle] = position
        }
        self.bits = bits
    }

    /// Whether article `index` has a related title or excerpt holding term `term`'s words.
    @inline(__always)
    func holds(term: Int, article index: Int) -> Bool {
        let words = bits[term]
        guard !words.isEmpty else { return false }
        return words.withUnsafeBufferPointer { words in
            texts.contains(article: index) { id in words[id >> 6] & (1 << UInt64(id & 63)) != 0 }
        }
    }

    /// A bit per text, set for those holding `needle`. Each run is scanned with memmem
    /// from match to match, skipping to the next text after a match: a common word costs
    /// one call per text that holds it, a rare one a single pass over the bytes.
    private static func scan(_ texts: RelatedTexts, for needle: [UInt8]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: (texts.count + 63) / 64)
        guard !needle.isEmpty else { return bits }
        needle.withUnsafeBytes { needle in
            // A text that cannot be read (a vanished spill file) simply matches nothing.
            _ = texts.forEachRun { first, ends, bytes in
                guard let base = bytes.baseAddress else { return }
                var from = 0
                var text = 0
                while from < bytes.count {
                    let found = lede_find(base + from, bytes.count - from, needle.baseAddress, needle.count)
                    if found < 0 { break }
                    let at = from + found
                    // Matches come in order: the text holding this one is at or after the last.
                    while text < ends.count && ends[text] <= at { text += 1 }
                    guard text < ends.count else { break }
                    let id = first + text
                    bits[id >> 6] |= 1 << UInt64(id & 63)
                    from = ends[text] + 1
                    text += 1
                }
            }
        }
        return bits
    }
}
