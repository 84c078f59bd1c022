/// An inverted index over the term vectors: for each term, the articles that keep it,
/// heaviest first. Finding an article's nearest neighbours walks only its own terms'
/// lists, and only the heaviest `postingLimit` entries of each, so a term that thousands
/// of near-copies share costs the same as a rare one.
struct NeighbourIndex: Sendable {
    static let postingLimit = 48

    private let termIDs: TermTable
    /// Term `t`'s postings are `articles[starts[t]..<starts[t + 1]]`, with `weights`.
    private let starts: [Int32]
    private let articles: [Int32]
    private let weights: [Float]
    let articleCount: Int

    init(_ vectors: TermVectors) {
        articleCount = vectors.count
        var termIDs = TermTable(capacity: 1 << 14)
        var sizes: [Int32] = []
        for term in vectors.terms {
            if let id = termIDs.value(term) {
                sizes[Int(id)] += 1
            } else {
                termIDs.set(term, Int32(sizes.count))
                sizes.append(1)
            }
        }
        var starts = [Int32](repeating: 0, count: sizes.count + 1)
        for (id, size) in sizes.enumerated() { starts[id + 1] = starts[id] + min(size, Int32(Self.postingLimit)) }
        // Every posting first, then each list sorted by weight and cut to the limit.
        var full: [[(article: Int32, weight: Float)]] = Array(repeating: [], count: sizes.count)
        for article in 0..<vectors.count {
            for position in vectors.range(article) {
                full[Int(termIDs.value(vectors.terms[position])!)].append((Int32(article), vectors.weights[position]))
            }
        }
        var articles = [Int32](repeating: 0, count: Int(starts.last!))
        var weights = [Float](repeating: 0, count: Int(starts.last!))
        for id in full.indices {
            var list = full[id]
            if list.count > Self.postingLimit {
                list.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.article < $1.article }
            }
            for (offset, entry) in list.prefix(Self.postingLimit).enumerated() {
                articles[Int(starts[id]) + offset] = entry.article
                weights[Int(starts[id]) + offset] = entry.weight
            }
            full[id] = []
        }
        self.termIDs = termIDs
        self.starts = starts
        self.articles = articles
        self.weights = weights
    }

    /// Adds each posting of `term` times `weight` to `scores`, noting articles met for
    /// the first time in `touched`.
    @inline(__always)
    func accumulate(_ term: UInt32, weight: Float, into scores: inout [Float], touched: inout [Int32]) {
        guard let id = termIDs.value(term) else { return }
        for position in Int(starts[Int(id)])..<Int(starts[Int(id) + 1]) {
            let article = Int(articles[position])
            if scores[article] == 0 { touched.append(Int32(article)) }
            scores[article] += weight * weights[position]
        }
    }
}

/// Scratch space for one worker's neighbour searches: a score per article, cleared
/// through the list of those touched, so each search costs what it visits.
struct NeighbourSearch {
    private var scores: [Float]
    private var touched: [Int32] = []

    init(articleCount: Int) { scores = [Float](repeating: 0, count: articleCount) }

    /// The `limit` best articles for a query vector, by accumulated score, best first.
    mutating func candidates(_ query: some Sequence<(term: UInt32, weight: Float)>, in index: NeighbourIndex,
                             excluding excluded: Int?, limit: Int) -> [(article: Int, score: Float)] {
        candidates(query, in: index, excluding: excluded, limit: limit, near: { _ in false }).best
    }

    /// The `limit` best articles for a query vector, and the `limit` best of those `near`
    /// accepts (published close to the query's article): among hundreds of copies of one
    /// card, the best overall may all be from other months.
    mutating func candidates(_ query: some Sequence<(term: UInt32, weight: Float)>, in index: NeighbourIndex,
                             excluding excluded: Int?, limit: Int, near: (Int) -> Bool)
        -> (best: [(article: Int, score: Float)], near: [(article: Int, score: Float)]) {
        for (term, weight) in query { index.accumulate(term, weight: weight, into: &scores, touched: &touched) }
        var best: [(article: Int, score: Float)] = []
        var nearest: [(article: Int, score: Float)] = []
        for article in touched {
            let position = Int(article)
            let score = scores[position]
            scores[position] = 0
            guard position != excluded, score > 0 else { continue }
            Self.keep((position, score), in: &best, limit: limit)
            if near(position) { Self.keep((position, score), in: &nearest, limit: limit) }
        }
        touched.removeAll(keepingCapacity: true)
        return (best, nearest)
    }

    /// Inserts `entry` into `list`, best first, if it is among the `limit` best.
    private static func keep(_ entry: (article: Int, score: Float), in list: inout [(article: Int, score: Float)], limit: Int) {
        guard list.count < limit || entry.score > list[list.count - 1].score else { return }
        let insertion = list.firstIndex { entry.score > $0.score || (entry.score == $0.score && entry.article < $0.article) } ?? list.count
        list.insert(entry, at: insertion)
        if list.count > limit { list.removeLast() }
    }
}
