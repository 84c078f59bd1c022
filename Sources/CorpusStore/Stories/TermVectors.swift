import CFastSearch
import Foundation

/// Each article as a TF-IDF vector of its heaviest shared terms, of unit length: the
/// cosine of two vectors is how alike two articles are. Terms no other article has cannot
/// make two articles alike, so they are neither kept nor counted in the length; otherwise
/// a long article full of its own names and quotes would look like nothing else, even
/// another outlet's version of its story. Weights are BM25's inverse document frequency
/// times a damped term count, the title counting three times and the excerpt twice.
struct TermVectors: Sendable {
    static let keptTerms = 24
    /// Vectors are divided by their length, but never by less than this: an article that
    /// shares only a word or two of little weight with the rest of the corpus would
    /// otherwise become a unit vector of those words, as alike as a copy to anything
    /// else that has them.
    static let shortestLength: Float = 1.5

    /// Article `i`'s terms are `terms[offsets[i]..<offsets[i + 1]]`, in term order so two
    /// vectors meet in one merge.
    let offsets: [Int32]
    let terms: [UInt32]
    /// Each term's weight in its unit vector (so within 0...1), in 1/65535ths: half the
    /// memory of `Float`, and more precision than a cosine shown as a percentage needs.
    let weights: [UInt16]

    /// The weight at `position` of `terms`.
    @inline(__always)
    func weight(_ position: Int) -> Float { Float(weights[position]) * (1 / 65535) }

    init(offsets: [Int32], terms: [UInt32], weights: [UInt16]) {
        self.offsets = offsets
        self.terms = terms
        self.weights = weights
    }

    /// The vectors of the articles `scanned` holds, `sources` being their outlets.
    init(_ scanned: ScannedTerms, sources: [UInt64], statistics: TermStatistics) {
        let parts = StoryInput.inChunks(scanned.articleCount) { range -> (counts: [Int32], terms: [UInt32], weights: [UInt16]) in
            var counts: [Int32] = []
            var terms: [UInt32] = []
            var weights: [UInt16] = []
            counts.reserveCapacity(range.count)
            let kept = HeaviestTerms(capacity: Self.keptTerms)
            for index in range {
                let source = sources[index]
                kept.reset()
                var squares: Float = 0
                scanned.forEachTerm(of: index) { term, count in
                    guard let inverse = statistics.sharedInverseFrequency(term),
                          !statistics.isBoilerplate(term, source: source) else { return }
                    let weight = Self.countWeight(count) * inverse
                    squares += weight * weight
                    kept.offer(weight, term)
                }
                let length = max(squares.squareRoot(), Self.shortestLength)
                kept.sortByTerm()
                for position in 0..<kept.count {
                    terms.append(kept.terms[position])
                    weights.append(UInt16((min(1, kept.weights[position] / length) * 65535).rounded()))
                }
                counts.append(Int32(kept.count))
            }
            return (counts, terms, weights)
        }
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(scanned.articleCount + 1)
        for part in parts { for count in part.counts { offsets.append(offsets.last! + count) } }
        self.offsets = offsets
        terms = parts.flatMap(\.terms)
        weights = parts.flatMap(\.weights)
    }

    /// 1 + ln(count): a term said twice counts more than once, not twice as much.
    @inline(__always)
    static func countWeight(_ count: Int32) -> Float {
        count < Int32(countWeights.count) ? countWeights[Int(count)] : 1 + log(Float(count))
    }

    private static let countWeights: [Float] = (0..<64).map { $0 == 0 ? 0 : 1 + log(Float($0)) }

    var count: Int { offsets.count - 1 }

    func range(_ index: Int) -> Range<Int> { Int(offsets[index])..<Int(offsets[index + 1]) }

    /// Dense ids (0, 1, 2, … in order of first use) for the terms `articles` keep that
    /// `counted` takes, and how many of those articles keep each: the sizes of an
    /// inverted index's lists.
    func termIDs(of articles: some Sequence<Int>, counted: (UInt32) -> Bool = { _ in true }) -> (ids: TermTable, sizes: [Int32]) {
        var ids = TermTable(capacity: 1 << 14)
        var sizes: [Int32] = []
        for article in articles {
            for term in terms[range(article)] where counted(term) {
                if let id = ids.value(term) {
                    sizes[Int(id)] += 1
                } else {
                    ids.set(term, Int32(sizes.count))
                    sizes.append(1)
                }
            }
        }
        return (ids, sizes)
    }

    /// Asks the memory for `article`'s terms and weights ahead of a cosine.
    @inline(__always)
    func prefetch(_ article: Int) {
        // A vector's terms span two cache lines as often as not.
        let (start, end) = (Int(offsets[article]), Int(offsets[article + 1]))
        terms.withUnsafeBufferPointer { terms in
            guard let base = terms.baseAddress else { return }
            lede_prefetch(base + start)
            lede_prefetch(base + max(start, end - 1))
        }
        weights.withUnsafeBufferPointer { weights in
            if let base = weights.baseAddress { lede_prefetch(base + start) }
        }
    }

    /// The cosine of articles `left` and `right`: one merge of their term lists, without
    /// a branch on which list steps next (which term is smaller is a coin toss, and
    /// mispredicting it was most of the time of the millions of cosines a build takes).
    func cosine(_ left: Int, _ right: Int) -> Float {
        terms.withUnsafeBufferPointer { terms in
            weights.withUnsafeBufferPointer { weights in
                var total: Float = 0
                var one = Int(offsets[left])
                var other = Int(offsets[right])
                let oneEnd = Int(offsets[left + 1])
                let otherEnd = Int(offsets[right + 1])
                while one < oneEnd && other < otherEnd {
                    let (first, second) = (terms[one], terms[other])
                    let product = Float(weights[one]) * Float(weights[other])
                    total += first == second ? product : 0
                    one &+= first <= second ? 1 : 0
                    other &+= second <= first ? 1 : 0
                }
                return total * (1 / 65535) * (1 / 65535)
            }
        }
    }
}

/// The heaviest few terms of one article, kept heaviest first as they are offered (ties to
/// the lower term, so the kept terms never depend on the order the scan met them), in raw
/// memory owned by one worker: offered for every term of every article.
final class HeaviestTerms {
    let capacity: Int
    private(set) var count = 0
    let weights: UnsafeMutablePointer<Float>
    let terms: UnsafeMutablePointer<UInt32>

    init(capacity: Int) {
        self.capacity = capacity
        weights = .allocate(capacity: capacity)
        terms = .allocate(capacity: capacity)
    }

    deinit {
        weights.deallocate()
        terms.deallocate()
    }

    func reset() { count = 0 }

    @inline(__always)
    func offer(_ weight: Float, _ term: UInt32) {
        @inline(__always) func heavier(than position: Int) -> Bool {
            weight != weights[position] ? weight > weights[position] : term < terms[position]
        }
        guard count < capacity || heavier(than: count - 1) else { return }
        var insertion = min(count, capacity - 1)
        while insertion > 0 && heavier(than: insertion - 1) {
            weights[insertion] = weights[insertion - 1]
            terms[insertion] = terms[insertion - 1]
            insertion -= 1
        }
        weights[insertion] = weight
        terms[insertion] = term
        count = min(count + 1, capacity)
    }

    /// Reorders the kept terms by term, as vectors store them.
    func sortByTerm() {
        for position in 1..<max(1, count) {
            let (weight, term) = (weights[position], terms[position])
            var insertion = position
            while insertion > 0 && terms[insertion - 1] > term {
                weights[insertion] = weights[insertion - 1]
                terms[insertion] = terms[insertion - 1]
                insertion -= 1
            }
            weights[insertion] = weight
            terms[insertion] = term
        }
    }
}
