/// Each article's nearest others by cosine, best first: `perArticle` of them, from the
/// inverted index's candidates scored again exactly.
struct Neighbours: Sendable {
    static let perArticle = 8
    /// Below this an article is not similar enough to list at all.
    static let minimumScore: Float = 0.05
    static let candidates = 24
    /// An article is looked up by its heaviest terms only, as Lucene's "more like this"
    /// does: lighter ones add candidates that the exact cosine then ranks low anyway.
    static let queryTerms = 12

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
            var search = NeighbourSearch(articleCount: vectors.count)
            var all: Slots = ([], [])
            var near: Slots = ([], [])
            for article in range {
                let query = vectors.range(article).map { (term: vectors.terms[$0], weight: vectors.weights[$0]) }
                    .sorted { $0.weight > $1.weight }.prefix(Self.queryTerms)
                let date = instants[article]
                let found = search.candidates(query, in: index, excluding: article, limit: Self.candidates) { other in
                    date.isNaN || instants[other].isNaN || abs(instants[other] - date) <= window
                }
                Self.fill(&all, article: article, from: found.best, vectors: vectors)
                Self.fill(&near, article: article, from: found.near, vectors: vectors)
            }
            return (all, near)
        }
        articles = parts.flatMap { $0.all.articles }
        scores = parts.flatMap { $0.all.scores }
        near = (parts.flatMap { $0.near.articles }, parts.flatMap { $0.near.scores })
    }

    /// Scores `candidates` exactly and writes the best `perArticle` into `slots`.
    private static func fill(_ slots: inout (articles: [Int32], scores: [Float]), article: Int,
                             from candidates: [(article: Int, score: Float)], vectors: TermVectors) {
        var found: [(article: Int, score: Float)] = []
        for candidate in candidates {
            let score = vectors.cosine(article, candidate.article)
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
