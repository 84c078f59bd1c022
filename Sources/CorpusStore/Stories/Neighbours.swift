/// Each article's nearest others by cosine, best first: `perArticle` of them, from the
/// inverted index's candidates scored again exactly.
struct Neighbours: Sendable {
    static let perArticle = 8
    /// Below this an article is not similar enough to list at all.
    static let minimumScore: Float = 0.05
    static let candidates = 10
    /// An article is looked up by its heaviest terms only, as Lucene's "more like this"
    /// does: lighter ones add candidates that the exact cosine then ranks low anyway.
    static let queryTerms = 8

    /// `perArticle` slots per article, -1 where there are fewer.
    let articles: [Int32]
    let scores: [Float]
    /// The same for the nearest articles published within the story window (or undated):
    /// the candidates for the article's story. Only while stories are being grouped.
    let near: (articles: [Int32], scores: [Float])

    init(articles: [Int32], scores: [Float]) {
        self.articles = articles
        self.scores = scores
        near = ([], [])
    }

    init(_ vectors: TermVectors, index: NeighbourIndex, instants: [Double], window: Double) {
        typealias Slots = (articles: [Int32], scores: [Float])
        let parts = StoryInput.inChunks(vectors.count) { range -> (all: Slots, near: Slots) in
            let search = NeighbourSearch(articleCount: vectors.count)
            var all: Slots = ([], [])
            var near: Slots = ([], [])
            all.articles.reserveCapacity(range.count * Self.perArticle)
            all.scores.reserveCapacity(range.count * Self.perArticle)
            near.articles.reserveCapacity(range.count * Self.perArticle)
            near.scores.reserveCapacity(range.count * Self.perArticle)
            var query: [(term: UInt32, weight: Float)] = []
            var exact: [(article: Int, score: Float)] = []
            var found: [(article: Int, score: Float)] = []
            for article in range {
                query.removeAll(keepingCapacity: true)
                for position in vectors.range(article) { query.append((vectors.terms[position], vectors.weights[position])) }
                if query.count > Self.queryTerms {
                    query.sort { $0.weight > $1.weight }
                    query.removeLast(query.count - Self.queryTerms)
                }
                let date = instants[article]
                search.search(query, in: index, excluding: article, limit: Self.candidates) { other in
                    date.isNaN || instants[other].isNaN || abs(instants[other] - date) <= window
                }
                // Most near candidates are among the best too: each is scored once.
                exact.removeAll(keepingCapacity: true)
                func score(_ other: Int) -> Float {
                    if let known = exact.first(where: { $0.article == other }) { return known.score }
                    let score = vectors.cosine(article, other)
                    exact.append((other, score))
                    return score
                }
                Self.fill(&all, from: search.best, found: &found, score: score)
                Self.fill(&near, from: search.near, found: &found, score: score)
            }
            return (all, near)
        }
        articles = parts.flatMap { $0.all.articles }
        scores = parts.flatMap { $0.all.scores }
        near = (parts.flatMap { $0.near.articles }, parts.flatMap { $0.near.scores })
    }

    /// Scores `candidates` exactly and writes the best `perArticle` into `slots`.
    private static func fill(_ slots: inout (articles: [Int32], scores: [Float]), from candidates: [(article: Int, score: Float)],
                             found: inout [(article: Int, score: Float)], score exactScore: (Int) -> Float) {
        found.removeAll(keepingCapacity: true)
        for candidate in candidates {
            let score = exactScore(candidate.article)
            if score >= minimumScore { found.append((candidate.article, score)) }
        }
        found.sort { $0.score != $1.score ? $0.score > $1.score : $0.article < $1.article }
        for slot in 0..<perArticle {
            slots.articles.append(slot < found.count ? Int32(found[slot].article) : -1)
            slots.scores.append(slot < found.count ? found[slot].score : 0)
        }
    }

    func of(_ article: Int) -> [(article: Int, score: Float)] { Self.list(article, articles, scores) }

    /// The story candidates of `article`.
    func nearOf(_ article: Int) -> [(article: Int, score: Float)] { Self.list(article, near.articles, near.scores) }

    private static func list(_ article: Int, _ articles: [Int32], _ scores: [Float]) -> [(article: Int, score: Float)] {
        var list: [(article: Int, score: Float)] = []
        for slot in article * perArticle..<(article + 1) * perArticle where articles[slot] >= 0 {
            list.append((Int(articles[slot]), scores[slot]))
        }
        return list
    }
}
