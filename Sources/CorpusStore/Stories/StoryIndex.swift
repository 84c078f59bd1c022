import Foundation

/// Articles that report one story: the same event from several outlets, or copies of
/// one report. `id` stays the same while the story's first article does: it is made from
/// that article's identity (address, or title, date and outlet).
public struct Story: Sendable, Hashable {
    public let id: String
    /// Oldest first; undated articles last.
    public let articles: [Int]
    /// Outlets among the articles; an article that names none counts as one of its own.
    public let outletCount: Int

    /// The first report, whose identity the id is made from.
    public var lead: Int { articles[0] }
    /// The article whose title heads the story: the first card, as a card's title is an
    /// editor's headline and a plain-text file's first line may be anything; else the first.
    public let headline: Int
}

/// Which articles are alike and which report one story, worked out once for a corpus.
/// Stories are grouped when the index is built; each article's similar list is found the
/// first time it is asked for (a fraction of a millisecond) and kept.
public final class StoryIndex: @unchecked Sendable {
    /// Each article's story in `stories`, -1 when it is alone.
    let storyOfArticle: [Int32]
    /// Stories of two or more articles, most covered first.
    public let stories: [Story]
    /// Each article's story root, as grouped: what a snapshot keeps.
    let roots: [Int32]
    let vectors: TermVectors
    let frequencies: TermTable
    let articleCount: Int
    private let lock = NSLock()
    private var index: NeighbourIndex?
    private var scratch: NeighbourSearch?
    /// Each similar list found so far: a reader opens a few hundred articles, so a table
    /// per article (8 bytes × 8 × every article) would mostly hold nothing.
    private var similarLists: [Int32: [(article: Int32, score: Float)]] = [:]
    /// The similar lists `prepareSimilar` found for many articles at once, in slots of
    /// `NeighbourFinder.perArticle` (-1 past a list's end, -2 where not found).
    private var preparedArticles: [Int32] = []
    private var preparedScores: [Float] = []

    init(storyOfArticle: [Int32], stories: [Story], roots: [Int32], vectors: TermVectors, frequencies: TermTable) {
        self.storyOfArticle = storyOfArticle
        self.stories = stories
        self.roots = roots
        self.vectors = vectors
        self.frequencies = frequencies
        articleCount = storyOfArticle.count
    }

    /// The story of `article`, nil when no other article reports it.
    public func story(of article: Int) -> Story? {
        guard storyOfArticle.indices.contains(article), storyOfArticle[article] >= 0 else { return nil }
        return stories[Int(storyOfArticle[article])]
    }

    /// The articles most like `article`, best first, with their cosine (0–1).
    /// `outsideStory` leaves out the articles of its own story.
    public func similar(to article: Int, limit: Int = 5, outsideStory: Bool = false) -> [(article: Int, score: Double)] {
        guard storyOfArticle.indices.contains(article) else { return [] }
        let story = storyOfArticle[article]
        return nearest(article)
            .filter { !outsideStory || story < 0 || storyOfArticle[$0.article] != story }
            .prefix(limit)
            .map { ($0.article, Double($0.score)) }
    }

    /// The `limit` articles most like `article` by exact cosine against every other one:
    /// what `similar` finds through the inverted index, for measuring how close it comes
    /// (it costs a pass over every vector).
    public func exactSimilar(to article: Int, limit: Int = 5) -> [(article: Int, score: Double)] {
        guard storyOfArticle.indices.contains(article) else { return [] }
        var best: [(article: Int, score: Float)] = []
        for other in 0..<articleCount where other != article {
            let score = vectors.cosine(article, other)
            guard score >= NeighbourFinder.minimumScore else { continue }
            best.insertRanked((other, score), limit: limit) { one, other in
                one.score != other.score ? one.score > other.score : one.article < other.article
            }
        }
        return best.map { ($0.article, Double($0.score)) }
    }

    /// Finds the similar lists of `articles` on every core, for output that lists them all.
    public func prepareSimilar(_ articles: [Int]) {
        let finder = NeighbourFinder(vectors: vectors, index: neighbourIndex)
        let found = StoryInput.inChunks(articles.count, chunk: 1024) { range -> [[(article: Int, score: Float)]] in
            let search = NeighbourSearch(articleCount: self.articleCount)
            return range.map { finder.nearest(to: articles[$0], reach: NeighbourFinder.similar, search: search) }
        }
        lock.lock()
        defer { lock.unlock() }
        let width = NeighbourFinder.perArticle
        if preparedArticles.isEmpty {
            preparedArticles = [Int32](repeating: -2, count: articleCount * width)
            preparedScores = [Float](repeating: 0, count: articleCount * width)
        }
        for (position, list) in found.joined().enumerated() {
            let base = articles[position] * width
            for slot in 0..<width {
                preparedArticles[base + slot] = slot < list.count ? Int32(list[slot].article) : -1
                preparedScores[base + slot] = slot < list.count ? list[slot].score : 0
            }
        }
    }

    /// Bytes the index holds: vectors, term table, similar lists, and the inverted index
    /// once built (for `lede-bench stories`).
    public var byteCount: Int {
        lock.lock()
        defer { lock.unlock() }
        let vectorBytes = vectors.offsets.count * 4 + vectors.terms.count * 6
        let listBytes = similarLists.count * (16 + NeighbourFinder.perArticle * 8) + preparedArticles.count * 8
            + storyOfArticle.count * 8
        return vectorBytes + listBytes + frequencies.count * 16 + (index?.byteCount ?? 0)
    }

    /// Builds the inverted index now, off the screen's thread, rather than at the first
    /// article opened.
    public func prepare() { _ = neighbourIndex }

    private func nearest(_ article: Int) -> [(article: Int, score: Float)] {
        lock.lock()
        defer { lock.unlock() }
        let width = NeighbourFinder.perArticle
        if !preparedArticles.isEmpty, preparedArticles[article * width] != -2 {
            return (article * width..<(article + 1) * width).filter { preparedArticles[$0] >= 0 }
                .map { (Int(preparedArticles[$0]), preparedScores[$0]) }
        }
        if similarLists[Int32(article)] == nil {
            let search = scratch ?? NeighbourSearch(articleCount: articleCount)
            scratch = search
            let finder = NeighbourFinder(vectors: vectors, index: unlockedIndex())
            store(finder.nearest(to: article, reach: NeighbourFinder.similar, search: search), for: article)
        }
        return similarLists[Int32(article)]!.map { (Int($0.article), $0.score) }
    }

    /// Keeps `list` as `article`'s similar list; the lock is held.
    private func store(_ list: [(article: Int, score: Float)], for article: Int) {
        similarLists[Int32(article)] = list.map { (Int32($0.article), $0.score) }
    }

    /// The corpus article closest to a text that is not in the corpus (a related card's
    /// title and excerpt), when its cosine reaches `least`.
    public func closest(title: String, excerpt: String?, least: Double = 0.3) -> (article: Int, score: Double)? {
        let query = queryVector(title: title, excerpt: excerpt)
        guard !query.isEmpty else { return nil }
        let search = NeighbourSearch(articleCount: articleCount)
        search.search(query, in: neighbourIndex, excluding: nil, limit: NeighbourFinder.similar.candidates, filter: AnyArticle())
        var best: (article: Int, score: Double)?
        for candidate in search.near {
            var score: Float = 0
            for position in vectors.range(candidate.article) {
                if let match = query.first(where: { $0.term == vectors.terms[position] }) { score += match.weight * vectors.weight(position) }
            }
            if Double(score) >= least, best.map({ Double(score) > $0.score }) ?? true { best = (candidate.article, Double(score)) }
        }
        return best
    }

    private var neighbourIndex: NeighbourIndex {
        lock.lock()
        defer { lock.unlock() }
        return unlockedIndex()
    }

    /// The inverted index, built the first time; the lock is held.
    private func unlockedIndex() -> NeighbourIndex {
        if let index { return index }
        let built = NeighbourIndex(vectors, postingLimit: NeighbourIndex.similarPostings)
        index = built
        return built
    }
    private func queryVector(title: String, excerpt: String?) -> [(term: UInt32, weight: Float)] {
        var counts = TermTable(capacity: 64)
        for (text, weight) in [(title, ArticleTerms.titleWeight), (excerpt ?? "", ArticleTerms.excerptWeight)] {
            let folded = TextFolding.fold(text)
            folded.withUnsafeBufferPointer { bytes in ArticleTerms.words(of: bytes) { counts.add($0, Int32(weight)) } }
        }
        var query: [(term: UInt32, weight: Float)] = []
        var squares: Float = 0
        counts.forEach { term, count in
            let frequency = Int(frequencies.value(term) ?? 1)
            let weight = (1 + log(Float(count))) * TermStatistics.inverseFrequency(frequency, of: articleCount)
            squares += weight * weight
            if frequencies.value(term) != nil { query.append((term, weight)) }
        }
        let length = squares > 0 ? squares.squareRoot() : 1
        return query.map { ($0.term, $0.weight / length) }
    }
}
