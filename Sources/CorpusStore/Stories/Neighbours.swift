/// Each article's nearest others by cosine, best first: `perArticle` of them, from the
/// inverted index's candidates scored again exactly.
struct Neighbours: Sendable {
    static let perArticle = 8
    /// Below this an article is not similar enough to list at all.
    static let minimumScore: Float = 0.05
    static let candidates = 24

    /// `perArticle` slots per article, -1 where there are fewer.
    let articles: [Int32]
    let scores: [Float]

    init(articles: [Int32], scores: [Float]) {
        self.articles = articles
        self.scores = scores
    }

    init(_ vectors: TermVectors, index: NeighbourIndex) {
        let parts = StoryInput.inChunks(vectors.count) { range -> (articles: [Int32], scores: [Float]) in
            var search = NeighbourSearch(articleCount: vectors.count)
            var articles: [Int32] = []
            var scores: [Float] = []
            for article in range {
                let query: [(term: UInt32, weight: Float)] = vectors.range(article).map { (vectors.terms[$0], vectors.weights[$0]) }
                var found: [(article: Int, score: Float)] = []
                for candidate in search.candidates(query, in: index, excluding: article, limit: Self.candidates) {
                    let score = vectors.cosine(article, candidate.article)
                    if score >= Self.minimumScore { found.append((candidate.article, score)) }
                }
                found.sort { $0.score != $1.score ? $0.score > $1.score : $0.article < $1.article }
                for slot in 0..<Self.perArticle {
                    articles.append(slot < found.count ? Int32(found[slot].article) : -1)
                    scores.append(slot < found.count ? found[slot].score : 0)
                }
            }
            return (articles, scores)
        }
        articles = parts.flatMap { $0.articles }
        scores = parts.flatMap { $0.scores }
    }

    func of(_ article: Int) -> [(article: Int, score: Float)] {
        var list: [(article: Int, score: Float)] = []
        for slot in article * Self.perArticle..<(article + 1) * Self.perArticle where articles[slot] >= 0 {
            list.append((Int(articles[slot]), scores[slot]))
        }
        return list
    }
}
