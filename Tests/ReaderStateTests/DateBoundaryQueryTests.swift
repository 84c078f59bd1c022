import ArticleParsing
import CorpusStore
import ReaderState
import Testing

/// `after:` and `before:` at their boundaries, as the README's query language defines them:
/// `after:D` keeps articles published at D or later, `before:D` those published before D
/// (`before` is exclusive), D being the start of that day (of the month for `2020-05`, of
/// the year for `2021`) in UTC. An undated article has no publication date to compare,
/// so neither keeps it. Each expectation below is written out by hand, not computed.
struct DateBoundaryQueryTests {
    /// Titles name what each article's date is, against the boundary 2020-05-01.
    static let corpus = Corpus(name: "boundaries", articles: [
        article("just-before", "2020-04-30T23:59:59Z"),
        article("exactly-on", "2020-05-01T00:00:00Z"),
        article("on-in-another-offset", "2020-05-01T02:00:00+02:00"),
        article("plain-day", "2020-05-01"),
        article("a-second-after", "2020-05-01T00:00:01Z"),
        article("new-year", "2021-01-01T00:00:00Z"),
        article("last-second-of-2020", "2020-12-31T23:59:59Z"),
        article("undated", nil),
    ])

    static func article(_ id: String, _ date: String?) -> Article {
        Article(id: id, path: "/boundaries/\(id).md", format: .card, title: "Boundary \(id)",
                date: date.map { ArticleDate(text: $0) })
    }

    private func ids(_ query: String) throws -> Set<String> {
        let index = SearchIndex(Self.corpus)
        return Set(index.search(try Query.parse(query)).map { Self.corpus.articles[$0].id })
    }

    @Test func afterKeepsAnArticleDatedExactlyOnTheBoundary() throws {
        #expect(try ids("after:2020-05-01") == ["exactly-on", "on-in-another-offset", "plain-day", "a-second-after",
                                                 "new-year", "last-second-of-2020"])
    }

    @Test func beforeLeavesOutAnArticleDatedExactlyOnTheBoundary() throws {
        #expect(try ids("before:2020-05-01") == ["just-before"])
    }

    @Test func aYearOrAMonthMeansItsFirstDay() throws {
        #expect(try ids("before:2021") == ["just-before", "exactly-on", "on-in-another-offset", "plain-day", "a-second-after",
                                            "last-second-of-2020"])
        #expect(try ids("after:2021") == ["new-year"])
        #expect(try ids("after:2020-05") == (try ids("after:2020-05-01")))
        #expect(try ids("after:2020-05 before:2020-05-02") == ["exactly-on", "on-in-another-offset", "plain-day", "a-second-after"])
    }

    @Test func anUndatedArticleIsNeitherAfterNorBefore() throws {
        #expect(try !ids("after:1900").contains("undated"))
        #expect(try !ids("before:2100").contains("undated"))
    }
}
