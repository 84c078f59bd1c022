import ArticleParsing
import CorpusStore
import CorpusGenerator
import Foundation
@testable import ReaderState
import Testing

/// The search index against a plain scan written from the query language's definition
/// (free words in the article's own text or its related items' titles and excerpts, `-word`
/// in its own text),
/// on generated articles and random queries; and narrowing, which searches only the last
/// results, against searching everything. The corpus has its stories, for `outlets:`.
@Suite(.timeLimit(.minutes(3)))
struct SearchAgreementTests {
    static let corpus: Corpus = {
        let generator = CorpusGenerator(seed: 7)
        let articles = (0..<600).compactMap { index -> Article? in
            let text = generator.isPlainText(index: index, plainTextShare: 0.1) ? generator.plainText(index: index) : generator.cardText(index: index)
            return ArticleReader.read(bytes: Array(text.utf8), id: "a\(index)", path: "/g/a\(index)").article
        }
        // Dated exactly on the boundaries the random queries use, where `after:` and
        // `before:` differ from `>`/`<=`.
        let onBoundaries = ["2021-01-01T00:00:00Z", "2023-06-01T00:00:00Z", "2019-02-01T00:00:00Z", "2021-01-01"].enumerated().map { number, date in
            Article(id: "boundary\(number)", path: "/g/boundary\(number)", format: .card, title: "Boundary report \(number)",
                    date: ArticleDate(text: date), body: ["Filed exactly at \(date)."])
        }
        return Corpus(name: "generated", articles: articles + onBoundaries).withStories()
    }()

    /// Words and phrases cut from the articles themselves, so most queries match something.
    static func randomQuery(_ random: inout SplitMix64) -> String {
        let articles = corpus.allArticles
        var parts: [String] = []
        for _ in 0..<(1 + random.int(below: 3)) {
            let article = articles[random.int(below: articles.count)]
            // Now and then a related item's words, which find the article too (ranked last).
            let item = article.related.isEmpty || random.int(below: 3) > 0 ? nil : article.related[random.int(below: article.related.count)]
            let source = item.map { $0.title + " " + ($0.excerpt ?? "") } ?? article.title + " " + (article.body.first ?? "")
            let words = source.split(separator: " ").map(String.init)
            let word = words[random.int(below: words.count)]
            switch random.int(below: 8) {
            case 0: parts.append("-" + word)
            case 1 where words.count > 1:
                let start = random.int(below: words.count - 1)
                parts.append("\"\(words[start]) \(words[start + 1])\"")
            case 2: if let topic = article.topics.first { parts.append("topic:\"\(topic)\"") }
            case 3: if let provider = article.provider?.name?.split(separator: " ").first { parts.append("provider:\(provider)") }
            case 4: parts.append(["after:2021", "before:2023-06-01", "after:2019-02"][random.int(below: 3)])
            case 5 where random.int(below: 2) == 0:
                parts.append(["is:story", "-is:story", "outlets:1", "outlets:2", "outlets:3", "-outlets:4"][random.int(below: 6)])
            default: parts.append(String(word.prefix(1 + random.int(below: max(1, word.count)))))
            }
        }
        return parts.joined(separator: " ")
    }

    /// The index as the reader has it, and one that always scans every related text (then
    /// rechecks a shorter word's matches) instead of reading a few articles' texts.
    static let indexes: [SearchIndex] = {
        var scanning = SearchIndex(corpus)
        scanning.relatedDirectLimit = 0
        return [SearchIndex(corpus), scanning]
    }()

    @Test(arguments: 0..<2)
    func theIndexAgreesWithAPlainScan(_ which: Int) throws {
        let index = Self.indexes[which]
        var random = SplitMix64(seed: 11)
        var matched = 0
        var relatedOnly = 0
        for _ in 0..<400 {
            let text = Self.randomQuery(&random)
            guard let query = try? Query.parse(text) else { continue }
            let expected = plainSearch(query)
            #expect(index.search(query) == expected, "\(text)")
            let ownTextOnly = Set(plainSearch(query, relatedText: false))
            relatedOnly += expected.contains { !ownTextOnly.contains($0) } ? 1 : 0
            matched += expected.isEmpty ? 0 : 1
        }
        #expect(matched > 100, "too few queries matched anything to tell")
        #expect(relatedOnly > 20, "too few queries matched only related text to tell")
    }

    /// Typing a query a character at a time, now and then deleting a character anywhere in
    /// it (which widens), with read marks and bookmarks set: searching only the last results
    /// whenever `narrows` allows always gives what searching everything gives.
    @Test(arguments: 0..<2)
    func narrowingNeverChangesTheResults(_ which: Int) throws {
        let index = Self.indexes[which]
        var random = SplitMix64(seed: 12)
        let read = Set((0..<Self.corpus.articles.count).filter { $0 % 3 == 0 })
        let bookmarked = Set((0..<Self.corpus.articles.count).filter { $0 % 7 == 0 })
        let marks = SearchIndex.Marks(isRead: { read.contains($0) }, isBookmarked: { bookmarked.contains($0) })
        let extras = ["is:read", "is:unread", "-is:read", "is:bookmarked", "-is:bookmarked", "is:story", "outlets:3"]
        var narrowed = 0
        var widened = 0
        for _ in 0..<150 {
            var target = Self.randomQuery(&random)
            if random.int(below: 3) == 0 { target += " " + extras[random.int(below: extras.count)] }
            if random.int(below: 4) == 0 { target = "-" + target }
            var typed = ""
            var last: (query: Query, results: [Int])?
            for character in target {
                typed.append(character)
                if random.int(below: 8) == 0, typed.count > 1 {
                    typed.remove(at: typed.index(typed.startIndex, offsetBy: random.int(below: typed.count - 1)))
                }
                guard let query = try? Query.parse(typed) else { continue }
                let within = last.flatMap { query.narrows($0.query) ? $0.results : nil }
                if let last, last.query.terms != query.terms { if within == nil { widened += 1 } else { narrowed += 1 } }
                let results = index.search(query, marks: marks, within: within)
                #expect(results == index.search(query, marks: marks), "\(typed)")
                last = (query, results.sorted())
            }
        }
        #expect(narrowed > 300 && widened > 100, "narrowed \(narrowed) times, widened \(widened): too few to tell")
    }

    // MARK: - The plain scan

    /// Each article's fields folded one by one, once for every query.
    private struct FoldedFields {
        var title: Data
        var others: [Data]
        var topics: [[UInt8]]
        var provider: [UInt8]
        /// Each related item's title and excerpt, folded apart.
        var related: [Data]
    }

    private static let folded: [FoldedFields] = corpus.allArticles.map { article in
        let others = [article.excerpt, article.provider?.name, article.provider?.domain].compactMap { $0 } + article.topics + article.body
        return FoldedFields(title: Data(TextFolding.fold(article.title)), others: others.map { Data(TextFolding.fold($0)) },
                            topics: article.topics.map(TextFolding.fold),
                            provider: TextFolding.fold([article.provider?.name, article.provider?.domain].compactMap { $0 }.joined(separator: " ")),
                            related: article.related.flatMap { [$0.title, $0.excerpt].compactMap { $0 } }.map { Data(TextFolding.fold($0)) })
    }

    /// Outlets reporting `article`'s story, counted from the providers as the story
    /// definition says: one per distinct provider, one per article naming none.
    private func outlets(of article: Int) -> Int {
        guard let story = Self.corpus.stories?.story(of: article) else { return 1 }
        let providers = story.articles.map { Self.folded[$0].provider }
        return Set(providers.filter { !$0.isEmpty }).count + providers.filter(\.isEmpty).count
    }

    @Test func theGeneratedCorpusHasStoriesOfSeveralOutlets() {
        let several = (0..<Self.corpus.count).filter { outlets(of: $0) >= 2 }
        #expect(!several.isEmpty, "no article in a story of several outlets: nothing to tell")
        #expect(SearchIndex(Self.corpus).search(try! Query.parse("is:story")) == several)
    }

    /// `2021-01-01T00:00:00.000Z`: fixed width, so text order is time order.
    private static func utcText(_ date: Date) -> String { Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(date) }

    /// `relatedText` false: as if words matched only the article's own text.
    private func plainSearch(_ query: Query, relatedText: Bool = true) -> [Int] {
        var titleHits: [Int] = []
        var otherHits: [Int] = []
        var relatedHits: [Int] = []
        for (position, article) in Self.corpus.allArticles.enumerated() {
            let fields = Self.folded[position]
            var allInTitle = true
            var allInOwnText = true
            var anyText = false
            let holdsAll = query.terms.allSatisfy { term in
                let holds: Bool
                switch term.filter {
                case .text(let needle):
                    let inTitle = fields.title.range(of: Data(needle)) != nil
                    let inOwnText = inTitle || fields.others.contains { $0.range(of: Data(needle)) != nil }
                    // `-word` looks at the article's own text only.
                    holds = inOwnText || relatedText && !term.negated && fields.related.contains { $0.range(of: Data(needle)) != nil }
                    if !term.negated {
                        anyText = true
                        allInTitle = allInTitle && inTitle
                        allInOwnText = allInOwnText && inOwnText
                    }
                case .topic(let topic):
                    holds = fields.topics.contains { $0 == topic || $0.starts(with: topic + [0x20]) }
                case .provider(let provider):
                    holds = fields.provider.starts(with: provider) || fields.provider.split(separator: 0x20).contains { $0.starts(with: provider) }
                // By another route than the index's: times written as UTC text sort as the
                // times do; `after:` is "not earlier than", `before:` is "earlier than".
                case .after(let date):
                    holds = article.date?.instant.map { !(Self.utcText($0) < Self.utcText(date)) } ?? false
                case .before(let date):
                    holds = article.date?.instant.map { Self.utcText($0) < Self.utcText(date) } ?? false
                case .unread, .read, .bookmarked:
                    holds = term.filter == .unread
                case .outlets(let least):
                    holds = outlets(of: position) >= least
                }
                return holds != term.negated
            }
            guard holdsAll else { continue }
            if anyText && allInTitle {
                titleHits.append(position)
            } else if allInOwnText {
                otherHits.append(position)
            } else {
                relatedHits.append(position)
            }
        }
        return titleHits + otherHits + relatedHits
    }
}
