import Foundation

/// Finds an article's nearest others: candidates from the inverted index by its heaviest
/// terms (as Lucene's "more like this" does), scored again by exact cosine.
struct NeighbourFinder: Sendable {
    /// How many nearest articles are kept per article.
    static let perArticle = 8
    /// Below this an article is not similar enough to list at all.
    static let minimumScore: Float = 0.05

    /// How far a search looks: by how many of the article's heaviest terms, and how many
    /// candidates (by score accumulated over those terms' postings) it scores exactly.
    struct Reach: Sendable {
        var queryTerms: Int
        var candidates: Int
    }

    /// Stories are grouped at load, for every article at once, and need a strong match,
    /// which always shares one of the few heaviest terms: a short reach keeps the load fast.
    static let story = Reach(queryTerms: 6, candidates: 10)
    /// A similar list is found as its article opens, so it can afford every kept term and
    /// three times the candidates: the five truly nearest are often near ties of many
    /// others, each sharing a few middling terms.
    static let similar = Reach(queryTerms: TermVectors.keptTerms, candidates: 30)

    let vectors: TermVectors
    let index: NeighbourIndex

    /// The `perArticle` nearest articles to `article` by cosine, best first, among those
    /// `filter` takes, found within `reach`. `search` is the caller's scratch space.
    func nearest(to article: Int, reach: Reach, search: NeighbourSearch,
                 filter: some CandidateFilter = AnyArticle()) -> [(article: Int, score: Float)] {
        nearest(to: article, reach: reach, search: search, in: index, filter: filter)
    }

    /// The same, with the query's postings read from `source` rather than the index.
    func nearest(to article: Int, reach: Reach, search: NeighbourSearch, in source: some PostingSource,
                 filter: some CandidateFilter) -> [(article: Int, score: Float)] {
        search.search(heaviestTerms(of: article, count: reach.queryTerms, into: &search.query), in: source, excluding: article,
                      limit: reach.candidates, filter: filter)
        var found: [(article: Int, score: Float)] = []
        found.reserveCapacity(search.near.count)
        for candidate in search.near { vectors.prefetch(candidate.article) }
        for candidate in search.near {
            let score = vectors.cosine(article, candidate.article)
            guard score >= Self.minimumScore else { continue }
            found.insertRanked((candidate.article, score), limit: Self.perArticle) { one, other in
                one.score != other.score ? one.score > other.score : one.article < other.article
            }
        }
        return found
    }

    /// The `count` heaviest terms of `article` (ties to the lower term), kept in `query`,
    /// which is reused from search to search so finding them allocates nothing.
    private func heaviestTerms(of article: Int, count: Int,
                               into query: inout [(term: UInt32, weight: Float)]) -> [(term: UInt32, weight: Float)] {
        query.removeAll(keepingCapacity: true)
        for position in vectors.range(article) {
            query.insertRanked((vectors.terms[position], vectors.weight(position)), limit: count) { one, other in
                one.weight != other.weight ? one.weight > other.weight : one.term < other.term
            }
        }
        return query
    }
}

/// Each article's nearest others published within the story window (or undated): the
/// candidates for its story, found for every article while stories are grouped, then
/// dropped. A dated article looks, for each of its heaviest terms that is rare, among the
/// articles of its window that have it (`StoryPostings`); an undated article, which may
/// be of any day, among each term's heaviest articles.
struct StoryCandidates: Sendable {
    /// How many undated articles a term offers a dated article's search: they are few,
    /// and an undated article's own search, which spans every day, finds the rest.
    static let undatedPerTerm = 8

    private let articles: [Int32]
    private let scores: [Float]

    init(vectors: TermVectors, instants: [Double], window: Double, isRare: @Sendable (UInt32) -> Bool) {
        let (dated, undated, anyDay) = Self.postings(vectors, instants: instants, window: window, isRare: isRare)
        let finder = NeighbourFinder(vectors: vectors, index: anyDay)
        let parts = StoryInput.inChunks(vectors.count) { range -> (articles: [Int32], scores: [Float]) in
            let search = NeighbourSearch(articleCount: vectors.count)
            var articles: [Int32] = []
            var scores: [Float] = []
            articles.reserveCapacity(range.count * NeighbourFinder.perArticle)
            scores.reserveCapacity(range.count * NeighbourFinder.perArticle)
            instants.withUnsafeBufferPointer { instants in
                for article in range {
                    let near = PublishedNear(instants: instants, date: instants[article], window: window)
                    let found = if let days = dated.window(for: article) {
                        finder.nearest(to: article, reach: NeighbourFinder.story, search: search,
                                       in: StoryPostings(window: days, undated: undated, everyDay: anyDay), filter: near)
                    } else {
                        finder.nearest(to: article, reach: NeighbourFinder.story, search: search, filter: near)
                    }
                    for slot in 0..<NeighbourFinder.perArticle {
                        articles.append(slot < found.count ? Int32(found[slot].article) : -1)
                        scores.append(slot < found.count ? found[slot].score : 0)
                    }
                }
            }
            return (articles, scores)
        }
        articles = parts.flatMap { $0.articles }
        scores = parts.flatMap { $0.scores }
    }

    /// The three sets of postings the searches read, built side by side.
    private static func postings(_ vectors: TermVectors, instants: [Double], window: Double,
                                 isRare: @Sendable (UInt32) -> Bool) -> (DatedPostings, NeighbourIndex, NeighbourIndex) {
        let dated = IndexedResultsBox<DatedPostings>(count: 1)
        let indexes = IndexedResultsBox<NeighbourIndex>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 3) { part in
            switch part {
            case 0: dated.set(0, DatedPostings(vectors, instants: instants, window: window, keeps: isRare))
            case 1: indexes.set(0, NeighbourIndex(vectors, postingLimit: undatedPerTerm, included: { instants[$0].isNaN }))
            default: indexes.set(1, NeighbourIndex(vectors, postingLimit: NeighbourIndex.storyPostings))
            }
        }
        return (dated.values[0], indexes.values[0], indexes.values[1])
    }

    func of(_ article: Int) -> [(article: Int, score: Float)] {
        var list: [(article: Int, score: Float)] = []
        let slots = article * NeighbourFinder.perArticle..<(article + 1) * NeighbourFinder.perArticle
        for slot in slots where articles[slot] >= 0 { list.append((Int(articles[slot]), scores[slot])) }
        return list
    }
}

/// Which articles a neighbour search may return. A protocol rather than a closure, so
/// the search is compiled for each kind: it asks for each of thousands of candidates.
protocol CandidateFilter {
    func accepts(_ article: Int) -> Bool
}

/// Every article: for Similar, which spans the whole corpus.
struct AnyArticle: CandidateFilter {
    @inline(__always)
    func accepts(_ article: Int) -> Bool { true }
}

/// Articles published within `window` of `date`, or undated (as is any article when
/// `date` is NaN): a story's candidates.
struct PublishedNear: CandidateFilter {
    let instants: UnsafeBufferPointer<Double>
    let date: Double
    let window: Double

    @inline(__always)
    func accepts(_ article: Int) -> Bool {
        let other = instants[article]
        return date.isNaN || other.isNaN || abs(other - date) <= window
    }
}
