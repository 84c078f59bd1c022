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
public final class StoryIndex: @unchecked Sendable {
    /// Each article's story in `stories`, -1 when it is alone.
    let storyOfArticle: [Int32]
    /// Stories of two or more articles, most covered first.
    public let stories: [Story]
    /// Each article's story root, as grouped: what a snapshot keeps.
    let roots: [Int32]
    let neighbours: Neighbours
    let vectors: TermVectors
    let frequencies: TermTable
    let articleCount: Int
    private let lock = NSLock()
    private var index: NeighbourIndex?

    init(storyOfArticle: [Int32], stories: [Story], roots: [Int32], neighbours: Neighbours, vectors: TermVectors,
         frequencies: TermTable) {
        self.storyOfArticle = storyOfArticle
        self.stories = stories
        self.roots = roots
        self.neighbours = neighbours
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
        return neighbours.of(article)
            .filter { !outsideStory || story < 0 || storyOfArticle[$0.article] != story }
            .prefix(limit)
            .map { ($0.article, Double($0.score)) }
    }

    /// The corpus article closest to a text that is not in the corpus (a related card's
    /// title and excerpt), when its cosine reaches `least`.
    public func closest(title: String, excerpt: String?, least: Double = 0.3) -> (article: Int, score: Double)? {
        let query = queryVector(title: title, excerpt: excerpt)
        guard !query.isEmpty else { return nil }
        let search = NeighbourSearch(articleCount: articleCount)
        let candidates = search.candidates(query, in: neighbourIndex, excluding: nil, limit: Neighbours.candidates)
        var best: (article: Int, score: Double)?
        for candidate in candidates {
            var score: Float = 0
            for position in vectors.range(candidate.article) {
                if let match = query.first(where: { $0.term == vectors.terms[position] }) { score += match.weight * vectors.weights[position] }
            }
            if Double(score) >= least, best.map({ Double(score) > $0.score }) ?? true { best = (candidate.article, Double(score)) }
        }
        return best
    }

    private var neighbourIndex: NeighbourIndex {
        lock.lock()
        defer { lock.unlock() }
        if let index { return index }
        let built = NeighbourIndex(vectors)
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
