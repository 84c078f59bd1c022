/// Where a neighbour search finds the postings of its query's terms.
protocol PostingSource {
    /// Adds each posting of `term` times `weight` to `scores`, noting articles met for
    /// the first time in `touched`.
    func accumulate(_ term: UInt32, weight: Float, into scores: UnsafeMutablePointer<Float>, touched: inout [Int32])
}

/// An inverted index over the term vectors: for each term, the articles that keep it,
/// heaviest first. Finding an article's nearest neighbours walks only its own terms'
/// lists, and only the heaviest `postingLimit` entries of each, so a term that thousands
/// of near-copies share costs no more than one in a few hundred articles.
struct NeighbourIndex: PostingSource, Sendable {
    /// Grouping stories at load looks for every article's neighbours at once: short lists
    /// keep that fast, and the versions of one story share a rare term, whose list is whole.
    static let storyPostings = 32
    /// A similar list is looked for as its article opens: longer lists find the truly
    /// nearest of a busy topic, not just the articles where its words weigh most.
    static let similarPostings = 256

    private let termIDs: TermTable
    /// Term `t`'s postings are `articles[starts[t]..<starts[t + 1]]`, with `weights`.
    private let starts: [Int32]
    private let articles: [Int32]
    private let weights: [Float]
    let articleCount: Int

    /// The index of the articles `included` takes (all when nil), each term keeping its
    /// `postingLimit` heaviest.
    init(_ vectors: TermVectors, postingLimit: Int, included: ((Int) -> Bool)? = nil) {
        articleCount = vectors.count
        let articles = (0..<vectors.count).filter { included?($0) ?? true }
        let (termIDs, sizes) = vectors.termIDs(of: articles)
        // Room for each term's heaviest `postingLimit` only, filled in one pass over the
        // vectors, each list kept heaviest first as entries come: no copy of every posting
        // is ever made, which at 100,000 articles was the peak of a warm start's memory.
        var starts = [Int32](repeating: 0, count: sizes.count + 1)
        for id in sizes.indices { starts[id + 1] = starts[id] + min(sizes[id], Int32(postingLimit)) }
        var filled = [Int32](repeating: 0, count: sizes.count)
        var postings = [Int32](repeating: 0, count: Int(starts[sizes.count]))
        var weights = [Float](repeating: 0, count: Int(starts[sizes.count]))
        for article in articles {
            for position in vectors.range(article) {
                let id = Int(termIDs.value(vectors.terms[position])!)
                let entry = (article: Int32(article), weight: vectors.weight(position))
                let start = Int(starts[id])
                let capacity = Int(starts[id + 1]) - start
                var count = Int(filled[id])
                if count == capacity {
                    // Full: the newcomer goes in only if heavier than the lightest.
                    guard Self.heavier(entry, than: (postings[start + count - 1], weights[start + count - 1])) else { continue }
                    count -= 1
                }
                var insertion = start + count
                while insertion > start && Self.heavier(entry, than: (postings[insertion - 1], weights[insertion - 1])) {
                    postings[insertion] = postings[insertion - 1]
                    weights[insertion] = weights[insertion - 1]
                    insertion -= 1
                }
                postings[insertion] = entry.article
                weights[insertion] = entry.weight
                filled[id] = Int32(count + 1)
            }
        }
        self.termIDs = termIDs
        self.starts = starts
        self.articles = postings
        self.weights = weights
    }

    /// Bytes its postings and term ids hold.
    var byteCount: Int { articles.count * 8 + starts.count * 4 + termIDs.count * 16 }

    @inline(__always)
    private static func heavier(_ one: (article: Int32, weight: Float), than other: (article: Int32, weight: Float)) -> Bool {
        one.weight != other.weight ? one.weight > other.weight : one.article < other.article
    }

    /// Adds each posting of `term` times `weight` to `scores`, noting articles met for
    /// the first time in `touched`.
    @inline(__always)
    func accumulate(_ term: UInt32, weight: Float, into scores: UnsafeMutablePointer<Float>, touched: inout [Int32]) {
        guard let id = termIDs.value(term) else { return }
        articles.withUnsafeBufferPointer { articles in
            weights.withUnsafeBufferPointer { weights in
                for position in Int(starts[Int(id)])..<Int(starts[Int(id) + 1]) {
                    let article = Int(articles[position])
                    if scores[article] == 0 { touched.append(Int32(article)) }
                    scores[article] += weight * weights[position]
                }
            }
        }
    }
}

/// Scratch space for one worker's neighbour searches: a score per article, cleared
/// through the list of those touched, so each search costs what it visits. Its lists are
/// kept from search to search, so a search allocates nothing.
final class NeighbourSearch: @unchecked Sendable {
    private let scores: UnsafeMutablePointer<Float>
    private var touched: [Int32] = []
    /// The last search's best candidates, best first.
    private(set) var near: [(article: Int, score: Float)] = []
    /// The query's terms, kept from search to search by whoever builds them.
    var query: [(term: UInt32, weight: Float)] = []

    init(articleCount: Int) {
        scores = .allocate(capacity: max(1, articleCount))
        scores.initialize(repeating: 0, count: max(1, articleCount))
        touched.reserveCapacity(1024)
        query.reserveCapacity(TermVectors.keptTerms)
    }

    deinit { scores.deallocate() }

    /// Fills `near` with the `limit` best articles for a query vector, by accumulated
    /// score, among those `filter` takes (published close to the query's article, for a
    /// story: among hundreds of copies of one card, the best overall may all be from
    /// other months).
    func search(_ query: some Sequence<(term: UInt32, weight: Float)>, in index: some PostingSource,
                excluding excluded: Int?, limit: Int, filter: some CandidateFilter) {
        // Locals while searching: stored properties of a class pay an exclusivity check on
        // every access.
        var touched = self.touched
        var near = self.near
        self.touched = []
        self.near = []
        defer {
            touched.removeAll(keepingCapacity: true)
            self.touched = touched
            self.near = near
        }
        for (term, weight) in query { index.accumulate(term, weight: weight, into: scores, touched: &touched) }
        near.removeAll(keepingCapacity: true)
        for article in touched {
            let position = Int(article)
            let score = scores[position]
            scores[position] = 0
            guard position != excluded, score > 0 else { continue }
            if near.count < limit || score > near[near.count - 1].score, filter.accepts(position) {
                Self.keep((position, score), in: &near, limit: limit)
            }
        }
    }

    /// Inserts `entry` into `list`, best first, if it is among the `limit` best.
    @inline(__always)
    private static func keep(_ entry: (article: Int, score: Float), in list: inout [(article: Int, score: Float)], limit: Int) {
        list.insertRanked(entry, limit: limit) { one, other in
            one.score != other.score ? one.score > other.score : one.article < other.article
        }
    }
}
