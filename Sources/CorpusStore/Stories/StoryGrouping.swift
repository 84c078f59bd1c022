/// Joins articles that report one story. Two articles are joined when they are near
/// neighbours, alike enough (`threshold`), published within `window` of each other when
/// both are dated, share a rare term (a name, a firm, a figure) unless they are copies,
/// and neither names a subject the other never mentions: templated reports that share
/// most words but name a different product or town fail those last two tests. Joins are
/// made best pair first, and never let a story span more than `window` or grow past
/// `largestStory`, so a chain of look-alikes cannot grow into one endless story.
struct StoryGrouping {
    static let threshold: Float = 0.3
    /// When either article is undated the window cannot keep two events of one kind
    /// apart, so the text must say more.
    static let undatedThreshold: Float = 0.45
    static let window: Double = 3.5 * 86_400
    static let largestStory = 64
    /// Alike enough to be copies of one text: no rare term needs to be shared, as the
    /// copies may be so many that none of their words is rare.
    static let copyThreshold: Float = 0.85
    /// Bumped when which pairs are looked at or joined changes, so snapshots keeping
    /// stories grouped the old way are worked out afresh. 2: rare terms are searched
    /// among the articles published near each article.
    static let searchVersion = 2

    /// The story of each article: members share a root, alone articles are their own.
    private(set) var roots: [Int32]

    init(input: StoryInput, candidates: StoryCandidates, paragraphs: ParagraphBoilerplate, vectors: TermVectors,
         statistics: TermStatistics) {
        let edges = Self.edges(input: input, candidates: candidates, paragraphs: paragraphs, vectors: vectors, statistics: statistics)
        var parents = Array(Int32(0)..<Int32(input.count))
        var sizes = [Int32](repeating: 1, count: input.count)
        var earliest = input.instants
        var latest = input.instants
        func root(_ article: Int32) -> Int32 {
            var node = article
            while parents[Int(node)] != node {
                parents[Int(node)] = parents[Int(parents[Int(node)])]
                node = parents[Int(node)]
            }
            return node
        }
        for edge in edges {
            let one = root(edge.one)
            let other = root(edge.other)
            guard one != other, Int(sizes[Int(one)] + sizes[Int(other)]) <= Self.largestStory else { continue }
            let first = Self.least(earliest[Int(one)], earliest[Int(other)])
            let last = Self.most(latest[Int(one)], latest[Int(other)])
            if !first.isNaN && !last.isNaN && last - first > Self.window { continue }
            let (big, small) = sizes[Int(one)] >= sizes[Int(other)] ? (one, other) : (other, one)
            parents[Int(small)] = big
            sizes[Int(big)] += sizes[Int(small)]
            earliest[Int(big)] = first
            latest[Int(big)] = last
        }
        roots = (0..<Int32(input.count)).map(root)
    }

    private static func least(_ one: Double, _ other: Double) -> Double { one.isNaN ? other : other.isNaN ? one : min(one, other) }
    private static func most(_ one: Double, _ other: Double) -> Double { one.isNaN ? other : other.isNaN ? one : max(one, other) }

    private struct Edge {
        var one: Int32
        var other: Int32
        var score: Float
    }

    /// Pairs that pass every test, best first.
    private static func edges(input: StoryInput, candidates: StoryCandidates, paragraphs: ParagraphBoilerplate,
                              vectors: TermVectors, statistics: TermStatistics) -> [Edge] {
        let rarity = Self.rareFrequency(in: input.count)
        let parts = StoryInput.inChunks(input.count) { range -> [Edge] in
            var edges: [Edge] = []
            for article in range {
                for (other, score) in candidates.of(article) where score >= threshold {
                    // A pair in both lists is looked at once.
                    if other < article && candidates.of(other).contains(where: { $0.article == article }) { continue }
                    let dates = (input.instants[article], input.instants[other])
                    if dates.0.isNaN || dates.1.isNaN {
                        if score < undatedThreshold { continue }
                    } else if abs(dates.0 - dates.1) > window {
                        continue
                    }
                    guard score >= copyThreshold || sharesRareTerm(article, other, vectors: vectors, statistics: statistics, rarity: rarity)
                    else { continue }
                    if namesDifferentSubjects(article, other, input: input, paragraphs: paragraphs,
                                              rare: { statistics.frequency($0) <= rarity }) { continue }
                    edges.append(Edge(one: Int32(article), other: Int32(other), score: score))
                }
            }
            return edges
        }
        return parts.flatMap { $0 }.sorted {
            $0.score != $1.score ? $0.score > $1.score : ($0.one, $0.other) < ($1.one, $1.other)
        }
    }

    /// A term in at most this many articles is rare enough to name one story's who,
    /// where or what (a person, a firm, a figure): a story's versions share at least one.
    /// In a small corpus every shared word is rare.
    static func rareFrequency(in count: Int) -> Int { max(5, count / 200) }

    /// Whether the two articles' kept terms include a rare one both have. Articles made
    /// from one template (and articles of one beat) share many words, each of which
    /// many other articles use too.
    static func sharesRareTerm(_ one: Int, _ other: Int, vectors: TermVectors, statistics: TermStatistics, rarity: Int) -> Bool {
        var first = vectors.range(one).lowerBound
        var second = vectors.range(other).lowerBound
        let (firstEnd, secondEnd) = (vectors.range(one).upperBound, vectors.range(other).upperBound)
        while first < firstEnd && second < secondEnd {
            let term = vectors.terms[first]
            if term == vectors.terms[second] {
                if statistics.frequency(term) <= rarity { return true }
                first += 1
                second += 1
            } else if term < vectors.terms[second] {
                first += 1
            } else {
                second += 1
            }
        }
        return false
    }

    /// Whether two articles are one template filled in with two subjects, or two events
    /// of one kind. Either each title names something (a product, a town, a team) that
    /// its own article repeats and the other never mentions, or the titles are mostly the
    /// same words and each has one the other article never uses ("Granby council votes to
    /// widen bridge" against "Oldham council votes to close library"). Two outlets'
    /// titles for one story differ in wording, not in what they name, and a copy's title
    /// only adds to the original's.
    static func namesDifferentSubjects(_ one: Int, _ other: Int, input: StoryInput, paragraphs: ParagraphBoilerplate,
                                       rare: (UInt32) -> Bool) -> Bool {
        let first = TitleTerms(one, input: input, paragraphs: paragraphs, rare: rare)
        let second = TitleTerms(other, input: input, paragraphs: paragraphs, rare: rare)
        if first.namesSomethingAbsent(from: second) && second.namesSomethingAbsent(from: first) { return true }
        let shared = first.title.intersection(second.title).count
        guard Double(shared) >= 0.5 * Double(min(first.title.count, second.title.count)) else { return false }
        return first.hasTitleTermAbsent(from: second) && second.hasTitleTermAbsent(from: first)
    }
}

/// An article's title terms and how often each of its terms occurs.
private struct TitleTerms {
    /// An article of fewer terms than this is a title and a line or two: its title names
    /// its subject once, with no room to repeat it.
    static let shortArticle = 40

    var title: Set<UInt32> = []
    var counts: [UInt32: Int] = [:]
    /// The title terms that name something: repeated in the article, or (in a short one)
    /// rare in the corpus.
    var named: Set<UInt32> = []

    init(_ article: Int, input: StoryInput, paragraphs: ParagraphBoilerplate, rare: (UInt32) -> Bool) {
        let text = input.text(article)
        ArticleTerms.words(of: text.title) { title.insert($0) }
        ArticleTerms.scan(text, fields: input.fields(article), skipParagraph: paragraphs.contains) { term, _ in
            counts[term, default: 0] += 1
        }
        let isShort = counts.count < Self.shortArticle
        named = title.filter { (counts[$0] ?? 0) >= 2 || (isShort && rare($0)) }
    }

    /// A title term that names what this article is about and that `other` never uses.
    func namesSomethingAbsent(from other: TitleTerms) -> Bool {
        named.contains { other.counts[$0] == nil }
    }

    /// A title term `other` never uses.
    func hasTitleTermAbsent(from other: TitleTerms) -> Bool {
        title.contains { other.counts[$0] == nil }
    }
}
