/// Each article's distinct terms with their field-weighted counts, kept from the one scan
/// of its text that also counts how many articles use each term. The vectors need those
/// frequencies first, so without this the text would be cut into terms twice: that second
/// cut was a third of the work of building stories. Held only until the vectors are made
/// (6 bytes a term: 20 MB for the 3.4 million terms of 100,000 generated articles).
final class ScannedTerms: @unchecked Sendable {
    /// One work item's articles, their terms one after another.
    struct Part {
        var terms: [UInt32] = []
        var counts: [UInt16] = []
    }

    /// Set once every worker is done (`adopt`).
    private var parts: [Part] = []
    /// Where article `i`'s terms lie: its part in the low 32 bits, its first term in that
    /// part in the high 32. Raw memory, as workers fill it side by side.
    private let locations: UnsafeMutablePointer<UInt64>
    private let termCounts: UnsafeMutablePointer<UInt32>
    let articleCount: Int

    init(articleCount: Int) {
        self.articleCount = articleCount
        locations = .allocate(capacity: max(1, articleCount))
        locations.initialize(repeating: 0, count: max(1, articleCount))
        termCounts = .allocate(capacity: max(1, articleCount))
        termCounts.initialize(repeating: 0, count: max(1, articleCount))
    }

    deinit {
        locations.deallocate()
        termCounts.deallocate()
    }

    /// Records where each article of work item `part` has its terms. Each article belongs
    /// to one item and each item to one worker, so workers never write the same slot.
    func recordArticle(_ article: Int, part: Int, start: Int, count: Int) {
        locations[article] = UInt64(part) | UInt64(start) << 32
        termCounts[article] = UInt32(count)
    }

    /// Takes every work item's terms, in item order, once all workers are done.
    func adopt(_ parts: [Part]) {
        self.parts = parts
    }

    /// How many terms are kept, all articles together.
    var termCount: Int { parts.reduce(0) { $0 + $1.terms.count } }

    /// Calls `visit` with each of `article`'s terms and its weighted count, in the order
    /// the scan met them.
    @inline(__always)
    func forEachTerm(of article: Int, _ visit: (UInt32, Int32) -> Void) {
        let location = locations[article]
        let start = Int(location >> 32)
        let count = Int(termCounts[article])
        parts[Int(location & 0xFFFF_FFFF)].terms.withUnsafeBufferPointer { terms in
            parts[Int(location & 0xFFFF_FFFF)].counts.withUnsafeBufferPointer { counts in
                for position in start..<start + count { visit(terms[position], Int32(counts[position])) }
            }
        }
    }
}
