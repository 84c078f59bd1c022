import Foundation

/// How many articles use each term, and which terms an outlet puts in nearly every one
/// of its articles (its name, its newsletter pitch, its disclaimer): those say nothing
/// about the story and are left out of that outlet's articles.
struct TermStatistics: Sendable {
    /// An outlet needs this many articles before its repeated terms count as boilerplate.
    static let boilerplateMinimumArticles = 4
    /// The share of an outlet's articles a term must appear in to be its boilerplate.
    static let boilerplateShare = 0.5

    let articleCount: Int
    private let frequencies: TermTable
    /// Terms in two or more articles, with their inverse frequency's bits as the value.
    private let inverseFrequencies: TermTable
    /// Keys of (outlet, term) pairs that are boilerplate.
    private let boilerplate: TermTable

    /// Counts the terms of every article of `input`, keeping each article's terms with
    /// their weighted counts in `scanned` for the vectors.
    init(_ input: StoryInput, paragraphs: ParagraphBoilerplate, scanned: ScannedTerms) {
        articleCount = input.count
        let items = Self.workItems(input)
        let results = StoryInput.inChunks(items.count, chunk: 1) { range -> (TermTable, [UInt32], ScannedTerms.Part) in
            let number = range.lowerBound
            let item = items[number]
            // An item is one outlet's articles or a chunk of others: its counts are the
            // outlet's, for its boilerplate, as well as its share of the corpus's.
            var frequencies = TermTable(capacity: 4096)
            var part = ScannedTerms.Part()
            part.terms.reserveCapacity(item.articles.count * 64)
            part.counts.reserveCapacity(item.articles.count * 64)
            let article = TermScratch()
            for (position, index) in item.articles.enumerated() {
                if position + 1 < item.articles.count { input.prefetchText(item.articles[position + 1]) }
                article.reset()
                ArticleTerms.scan(input.text(index), fields: input.fields(index), skipParagraph: paragraphs.contains) { term, weight in
                    article.add(term, Int32(weight))
                }
                scanned.recordArticle(index, part: number, start: part.terms.count, count: article.count)
                article.forEach { term, count in
                    frequencies.add(term)
                    part.terms.append(term)
                    part.counts.append(UInt16(clamping: count))
                }
            }
            var boilerplate: [UInt32] = []
            if item.source != 0 {
                let least = Int32(max(3, (Self.boilerplateShare * Double(item.articles.count)).rounded(.up)))
                frequencies.forEach { term, count in
                    if count >= least { boilerplate.append(Self.key(source: item.source, term: term)) }
                }
            }
            return (frequencies, boilerplate, part)
        }
        scanned.adopt(results.map(\.2))
        var frequencies = TermTable(capacity: 1 << 16)
        var boilerplate = TermTable(capacity: 256)
        for (table, terms, _) in results {
            table.forEach { frequencies.add($0, $1) }
            for term in terms { boilerplate.add(term) }
        }
        self.frequencies = frequencies
        self.boilerplate = boilerplate
        var weights = TermTable(capacity: frequencies.count / 2)
        frequencies.forEach { term, count in
            if count >= 2 { weights.set(term, Int32(bitPattern: Self.inverseFrequency(Int(count), of: input.count).bitPattern)) }
        }
        inverseFrequencies = weights
    }

    /// The inverse frequency of `term`, nil when no other article has it (then it cannot
    /// make two articles alike). One lookup, no logarithm: the vector pass asks for every
    /// term of every article.
    @inline(__always)
    func sharedInverseFrequency(_ term: UInt32) -> Float? {
        inverseFrequencies.value(term).map { Float(bitPattern: UInt32(bitPattern: $0)) }
    }

    /// The frequencies of terms in two or more articles: the others cannot match.
    var sharedFrequencies: TermTable {
        var shared = TermTable(capacity: frequencies.count / 2)
        frequencies.forEach { term, count in if count >= 2 { shared.set(term, count) } }
        return shared
    }

    /// How many distinct terms the corpus has.
    var termCount: Int { frequencies.count }

    func frequency(_ term: UInt32) -> Int { Int(frequencies.value(term) ?? 0) }

    /// Inverse document frequency as BM25 has it: near zero for a word in every article,
    /// so even in a corpus of a handful of articles a word they all share makes none alike.
    func inverseFrequency(_ term: UInt32) -> Float {
        Self.inverseFrequency(frequency(term), of: articleCount)
    }

    static func inverseFrequency(_ frequency: Int, of count: Int) -> Float {
        let frequency = Double(max(1, min(frequency, count)))
        return Float(log(1 + (Double(count) - frequency + 0.5) / (frequency + 0.5)))
    }

    func isBoilerplate(_ term: UInt32, source: UInt64) -> Bool {
        source != 0 && boilerplate.count > 0 && boilerplate.value(Self.key(source: source, term: term)) != nil
    }

    private static func key(source: UInt64, term: UInt32) -> UInt32 {
        let mixed = (source ^ UInt64(term)) &* 0x9E37_79B9_7F4A_7C15
        return UInt32(truncatingIfNeeded: mixed >> 32)
    }

    /// Outlets with enough articles to have boilerplate, one item each; the other
    /// articles in chunks.
    private static func workItems(_ input: StoryInput) -> [(source: UInt64, articles: [Int])] {
        var bySource: [UInt64: [Int]] = [:]
        var loose: [Int] = []
        for index in 0..<input.count {
            if input.sources[index] == 0 { loose.append(index) } else { bySource[input.sources[index], default: []].append(index) }
        }
        var items: [(source: UInt64, articles: [Int])] = []
        for (source, articles) in bySource {
            if articles.count >= boilerplateMinimumArticles { items.append((source, articles)) } else { loose += articles }
        }
        loose.sort()
        for start in stride(from: 0, to: loose.count, by: 2048) {
            items.append((0, Array(loose[start..<min(loose.count, start + 2048)])))
        }
        // Largest first, so the biggest outlet does not start last.
        return items.sorted { $0.articles.count > $1.articles.count }
    }
}
