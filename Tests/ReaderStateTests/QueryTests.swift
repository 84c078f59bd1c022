import ArticleParsing
import CorpusStore
import Foundation
import ReaderState
import Testing

struct QueryTests {
    private func parse(_ text: String) throws -> Query { try Query.parse(text) }

    @Test func wordsAreFoldedForCaseAndDiacritics() throws {
        let query = try parse("Résumé  CAFÉ")
        #expect(query.terms.map(\.filter) == [.text(Array("resume".utf8)), .text(Array("cafe".utf8))])
        #expect(query.terms.allSatisfy { !$0.negated })
    }

    @Test func phrasesNegationAndFilters() throws {
        let query = try parse(#""facial recognition" -police topic:AI provider:cnn after:2020-05-01 before:2021 is:unread -is:bookmarked -"big brother""#)
        #expect(query.terms.count == 9)
        #expect(query.terms[0] == .init(filter: .text(Array("facial recognition".utf8)), negated: false))
        #expect(query.terms[1] == .init(filter: .text(Array("police".utf8)), negated: true))
        #expect(query.terms[2].filter == .topic(Array("ai".utf8)))
        #expect(query.terms[3].filter == .provider(Array("cnn".utf8)))
        #expect(query.terms[4].filter == .after(DateParser.parse("2020-05-01")!))
        #expect(query.terms[5].filter == .before(DateParser.parse("2021-01-01")!))
        #expect(query.terms[6].filter == .unread)
        #expect(query.terms[7] == .init(filter: .bookmarked, negated: true))
        #expect(try parse(#"-"big brother""#).terms == [.init(filter: .text(Array("big brother".utf8)), negated: true)])
        #expect(try parse(#"topic:"computer vision""#).terms.first?.filter == .topic(Array("computer vision".utf8)))
    }

    @Test func badQueriesSayWhatIsWrong() {
        let cases = ["colour:red": "unknown filter colour:", "after:yesterday": "after: wants a date", "is:lost": "is: takes",
                     #""unclosed"#: "quote is never closed", "topic:": "topic: needs a value"]
        for (text, message) in cases {
            #expect(throws: Query.ParseError.self, "\(text)") { try Query.parse(text) }
            do { _ = try Query.parse(text) } catch { #expect(error.message.contains(message), "\(text): \(error.message)") }
        }
    }

    /// Which keys may search only the last results: those after which every match still
    /// matches the query before.
    @Test func narrowingFollowsWhatEachTermImplies() throws {
        let cases: [(String, String, Bool)] = [
            ("clim", "clima", true), ("climate", "climate -", true), ("climate -", "climate -s", true),
            ("climate -s", "climate -st", false), ("climate -storm", "climate -stor", true),
            ("police", "police chief", true), ("police chief", "chief police", true), ("police", "polic", false),
            ("\"data poisoning\"", "\"data poisoning\" attack", true), ("data", "\"data poisoning\"", true),
            ("topic:ai", "topic:ai police", true), ("topic:a", "topic:ai", false), ("is:unread", "is:unread x", true),
            ("after:2020", "after:2021", false), ("-is:read", "is:read", false), ("", "anything", true),
        ]
        for (before, after, narrows) in cases {
            #expect(try parse(after).narrows(parse(before)) == narrows, "\(before) → \(after)")
        }
    }

    @Test func emptyQueryMatchesEverything() throws {
        #expect(try parse("   ").isEmpty)
    }
}

struct SearchIndexTests {
    static func corpus() -> Corpus {
        func card(_ id: String, _ title: String, date: String, provider: String, topics: [String], body: [String] = [],
                  excerpt: String? = nil) -> Article {
            var article = Article(id: id, path: "/c/" + id, format: .card, title: title)
            article.date = ArticleDate(text: date)
            article.provider = Provider(name: provider, domain: provider.lowercased().replacingOccurrences(of: " ", with: "") + ".com")
            article.topics = topics
            article.body = body
            article.excerpt = excerpt
            return article
        }
        return Corpus(name: "t", articles: [
            card("a", "Résumé writing tips", date: "2021-03-01", provider: "CNN", topics: ["Careers"]),
            card("b", "Harbour storm", date: "2020-06-01", provider: "Daily Post", topics: ["Weather", "AI"],
                 body: ["A resume of the storm damage."]),
            card("c", "Facial recognition ban", date: "2020-02-01", provider: "Gov Tech", topics: ["AI", "Computer Vision"],
                 excerpt: "Police and facial recognition"),
            card("d", "Police facial recognition", date: "2019-12-01", provider: "CNN", topics: ["AI"]),
        ])
    }

    let corpus = SearchIndexTests.corpus()
    var index: SearchIndex { SearchIndex(corpus) }

    private func ids(_ query: String, marks: SearchIndex.Marks = .none) throws -> [String] {
        index.search(try Query.parse(query), marks: marks).map { corpus.articles[$0].id }
    }

    @Test func titleHitsRankFirstThenRecency() throws {
        #expect(try ids("resume") == ["a", "b"])
        #expect(try ids("facial recognition") == ["c", "d"])
        #expect(try ids("police") == ["d", "c"])
    }

    @Test func phrasesExclusionsAndFilters() throws {
        #expect(try ids(#""recognition ban""#) == ["c"])
        #expect(try ids("facial -police") == [])
        #expect(try ids("facial -ban") == ["d"])
        #expect(try ids("topic:ai") == ["b", "c", "d"])
        #expect(try ids("topic:computer") == ["c"])
        #expect(try ids("provider:cnn") == ["a", "d"])
        #expect(try ids("provider:gov") == ["c"])
        #expect(try ids("after:2020-03-01") == ["a", "b"])
        #expect(try ids("before:2020-03-01 topic:AI") == ["c", "d"])
    }

    @Test func marksFilter() throws {
        let marks = SearchIndex.Marks(isRead: { $0 == 0 }, isBookmarked: { $0 == 3 })
        #expect(try ids("is:unread", marks: marks) == ["b", "c", "d"])
        #expect(try ids("is:read", marks: marks) == ["a"])
        #expect(try ids("is:bookmarked", marks: marks) == ["d"])
    }

    @Test func narrowingWithinEarlierResults() throws {
        let first = index.search(try Query.parse("rec"))
        let narrowed = index.search(try Query.parse("recognition ban"), within: first)
        #expect(narrowed.map { corpus.articles[$0].id } == ["c"])
    }
}

struct FacetTests {
    let corpus = SearchIndexTests.corpus()

    @Test func countsFollowTheGivenArticles() {
        let facets = FacetIndex(corpus)
        let all = Array(corpus.articles.indices)
        #expect(facets.values(.topic, among: all).first == FacetValue(label: "AI", count: 3, unread: 3))
        #expect(facets.values(.provider, among: all).map(\.label) == ["CNN", "Daily Post", "Gov Tech"])
        #expect(facets.values(.month, among: all).map(\.label) == ["2021-03", "2020-06", "2020-02", "2019-12"])
        let narrowed = facets.values(.topic, among: [2, 3], isRead: { $0 == 2 })
        #expect(narrowed.first == FacetValue(label: "AI", count: 2, unread: 1))
        #expect(facets.article(2, has: "Computer Vision", for: .topic))
        #expect(!facets.article(3, has: "Computer Vision", for: .topic))
    }
}
