import ArticleParsing
import CorpusStore
import Testing
@testable import ReaderState

/// `t`, `p`, `D` facet views, narrowing that stacks, `s` sorting, backlinks, sessions.
@Suite struct FacetAndSortTests {
    /// Four articles on two topics from two providers over two months.
    static func state() -> State {
        func article(_ id: String, _ title: String, _ date: String, topic: String, provider: String, quality: Int, related: Int) -> Article {
            Article(id: id, path: "/f/\(id)", format: .card, title: title, date: ArticleDate(text: date),
                    provider: Provider(name: provider), topics: [topic], quality: quality,
                    related: (0..<related).map { RelatedItem(title: "Elsewhere \($0)") })
        }
        let corpus = Corpus(name: "facets", articles: [
            article("a", "Delta", "2024-03-05", topic: "AI", provider: "Wire", quality: 1, related: 0),
            article("b", "Charlie", "2024-03-04", topic: "AI", provider: "Post", quality: 5, related: 2),
            article("c", "Bravo", "2024-02-03", topic: "Rain", provider: "Wire", quality: 3, related: 1),
            article("d", "Alpha", "2024-02-02", topic: "AI", provider: "Wire", quality: 4, related: 3),
        ])
        return State(corpus: corpus, rows: 24, cols: 80)
    }

    @Test(arguments: keys(.topics))
    func topicsListValuesWithCountsAndEnterNarrows(key: Key) {
        var state = Self.state()
        press(&state, .enter, .character("q"))
        press(&state, key)
        #expect(state.topView == .facet(.topic))
        #expect(state.browserValues == [FacetValue(label: "AI", count: 3, unread: 2), FacetValue(label: "Rain", count: 1, unread: 1)])
        press(&state, .down, .up, .enter)
        #expect(state.topView == .list)
        #expect(state.narrowing == [.facet(.topic, "AI")])
        #expect(state.listing == [0, 1, 3])
        #expect(state.listingUnread == 2)
    }

    @Test func narrowingStacksAndPopsOneLevelAtATime() {
        var state = Self.state()
        press(&state, .character("t"), .enter, .character("p"))
        #expect(state.browserValues.map(\.label) == ["Wire", "Post"], "counts follow the narrowing: Wire 2, Post 1")
        press(&state, .enter)
        #expect(state.narrowing == [.facet(.topic, "AI"), .facet(.provider, "Wire")])
        #expect(state.listing == [0, 3])
        press(&state, .character("D"))
        #expect(state.browserValues.map(\.label) == ["2024-03", "2024-02"])
        press(&state, .character("q"))
        #expect(state.topView == .list, "q closes the facet view first")
        press(&state, .backspace)
        #expect(state.narrowing == [.facet(.topic, "AI")])
        #expect(press(&state, .character("q")).isEmpty)
        #expect(state.narrowing.isEmpty && state.listing.count == 4)
        #expect(press(&state, .character("q")) == [.quit])
    }

    @Test func facetCountsFollowTheActiveQuery() {
        var state = Self.state()
        press(&state, .character("/"))
        type(&state, "provider:post")
        press(&state, .enter, .character("t"))
        #expect(state.browserValues == [FacetValue(label: "AI", count: 1, unread: 1)])
    }

    @Test(arguments: keys(.cycleSort))
    func sCyclesTheSortKeepingTheSelection(key: Key) {
        var state = Self.state()
        press(&state, .down)
        #expect(state.selectedArticle == 1)
        press(&state, key)
        #expect(state.sort == .title)
        #expect(state.listing == [3, 2, 1, 0])
        #expect(state.selectedArticle == 1)
        press(&state, key)
        #expect(state.sort == .provider)
        #expect(state.listing == [1, 0, 2, 3])
        press(&state, key)
        #expect(state.listing == [1, 3, 2, 0], "quality, best first")
        press(&state, key)
        #expect(state.listing == [3, 1, 2, 0], "most related links first")
        press(&state, key)
        #expect(state.sort == .covered && state.listing == [0, 1, 2, 3], "no stories here: every article alone, newest first")
        press(&state, key)
        #expect(state.sort == .date && state.listing == [0, 1, 2, 3])
    }

    @Test func sortAppliesToNarrowedLists() {
        var state = Self.state()
        press(&state, .character("t"), .enter, .character("s"))
        #expect(state.listing == [3, 1, 0])
    }

    @Test func theSessionReopensWhereTheReaderWas() throws {
        var state = Self.state()
        press(&state, .character("t"), .enter, .character("s"), .down, .enter)
        let session = try #require(ReaderSession(json: state.session.json))
        var next = State(rows: 24, cols: 80, loading: true)
        _ = reduce(&next, .corpusArrived(LoadedCorpus(state.corpus, session: session)))
        #expect(next.narrowing == [.facet(.topic, "AI")])
        #expect(next.sort == .title)
        #expect(next.stack.map(\.view) == state.stack.map(\.view))
        #expect(next.selectedArticle == state.selectedArticle)
    }

    /// The loop sends a corpus twice, for its rows and then with its indexes; a session
    /// reopened from the first stays reopened when the second comes before any key.
    @Test func theReopenedSelectionSurvivesTheIndexesArriving() throws {
        var state = Self.state()
        press(&state, .down, .down)
        let session = try #require(ReaderSession(json: state.session.json))
        var next = State(rows: 24, cols: 80, loading: true)
        let loaded = LoadedCorpus(state.corpus, session: session)
        _ = reduce(&next, .corpusArrived(loaded))
        #expect(next.selectedArticle == 2)
        _ = reduce(&next, .corpusArrived(loaded.indexed()))
        #expect(next.selectedArticle == 2)
    }
}

/// "Linked from": articles naming the open one as related, numbered after its links.
@Suite struct BacklinkTests {
    @Test func backlinksAreListedAndFollowable() throws {
        var state = Fixtures.state()
        press(&state, .down, .enter)
        let document = try #require(state.document)
        let heading = try #require(document.lines.firstIndex { $0.text == "Linked from" })
        #expect(document.lines[heading + 1].text == "[2] Alpha report on rivers")
        #expect(document.linkLines.count == 2)
        press(&state, .character("2"))
        #expect(state.topView == .article(0))
        press(&state, .backspace, .tab, .tab, .enter)
        #expect(state.topView == .article(0), "Tab reaches the backlink after the related link")
    }

    /// Titles that share long prefixes, differ only in case or accents, or tie; providers
    /// spelled two ways or missing; qualities missing. Ties keep corpus order.
    @Test func ordersFoldTextKeepTiesInCorpusOrderAndPutMissingValuesLast() {
        var day = 7
        func article(_ title: String, provider: String?, quality: Int?, related: Int) -> Article {
            day -= 1  // newest first, so corpus order is the order written here
            return Article(id: title, path: "/f/\(title)", format: .card, title: title, date: ArticleDate(text: "2024-01-0\(day)"),
                           provider: provider.map { Provider(name: $0) }, quality: quality,
                           related: (0..<related).map { RelatedItem(title: "Elsewhere \($0)") })
        }
        let corpus = Corpus(name: "orders", articles: [
            article("International summit, day two", provider: nil, quality: nil, related: 1),
            article("international summit, day one", provider: "wire", quality: 2, related: 0),
            article("Éclair", provider: "Post", quality: nil, related: 3),
            article("eclair", provider: "Wire", quality: 2, related: 1),
            article("International summit", provider: "post", quality: 7, related: 0),
            article("ECLAIR!", provider: nil, quality: 2, related: 3),
        ])
        #expect(corpus.articles.map(\.title).first == "International summit, day two")
        let orders = SortKey.orders(for: corpus)
        #expect(orders[.title] == [2, 3, 5, 4, 1, 0])
        #expect(orders[.provider] == [2, 4, 1, 3, 0, 5])
        #expect(orders[.quality] == [4, 1, 3, 5, 0, 2])
        #expect(orders[.related] == [2, 5, 0, 3, 1, 4])
    }
}
