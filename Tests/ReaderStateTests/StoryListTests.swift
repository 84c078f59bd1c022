import ArticleParsing
import CorpusStore
import Testing
@testable import ReaderState

/// Stories in the list: `S` groups it one row per story, Enter narrows to a story's
/// articles and back returns; the most-covered order; `is:story` and `outlets:`.
@Suite struct StoryListTests {
    static let volcanoHeadline = "Flights halted as volcano erupts at Grindavik"

    @Test func theFixtureGroupsIntoTwoStories() throws {
        let stories = try #require(LoadedCorpus.complete(StoryFixtures.corpus()).corpus.stories)
        #expect(stories.stories.map(\.articles) == [[5, 2, 0], [4, 1]])
        #expect(stories.stories.map(\.outletCount) == [3, 1])
        #expect(stories.stories.map(\.coverageLabel) == ["+2 outlets", "2 articles"])
    }

    @Test(arguments: listKeys(.groupStories))
    func groupingShowsOneRowPerStoryAndAgainOnePerArticle(key: Key) {
        var state = StoryFixtures.state()
        press(&state, .down)
        #expect(state.selectedArticle == 1)
        press(&state, key)
        #expect(state.isGroupingStories)
        // Each story sits where its newest article was, as its headline (first card).
        #expect(state.listing == [5, 4, 3, 6])
        #expect(state.selectedArticle == 4, "the selected article's story keeps the selection")
        #expect(state.story(onRow: 0)?.outletCount == 3)
        #expect(state.story(onRow: 1)?.articles == StoryFixtures.bridge.reversed())
        #expect(state.story(onRow: 2) == nil, "an article alone keeps its own row")
        press(&state, key)
        #expect(!state.isGroupingStories)
        #expect(state.listing == Array(0..<7))
        #expect(state.selectedArticle == 4)
    }

    @Test func enterOnAStoryNarrowsToItsArticlesAndBackReturns() {
        for back in [Key.backspace, .left, .character("q")] {
            var state = StoryFixtures.state()
            press(&state, .character("S"), .enter)
            #expect(state.topView == .list, "a story's row opens no article")
            #expect(state.narrowing.map(\.label) == ["story: \(Self.volcanoHeadline)"])
            #expect(state.listing == StoryFixtures.volcano, "its articles one by one, newest first")
            #expect(!state.isGroupingStories)
            #expect(state.selectedArticle == 5, "the row's headline stays selected")
            press(&state, .enter)
            #expect(state.topView == .article(5), "inside the story Enter opens an article")
            press(&state, .character("q"), back)
            #expect(state.narrowing.isEmpty, "\(back.label)")
            #expect(state.isGroupingStories && state.listing == [5, 4, 3, 6])
        }
    }

    @Test func groupingTypedBeforeTheStoriesArriveWaitsForThem() {
        var state = State(loaded: LoadedCorpus(StoryFixtures.corpus()), rows: 24, cols: 100)
        press(&state, .character("S"), .enter)
        #expect(state.narrowing.isEmpty && !state.isGroupingStories, "S and Enter wait for the index")
        _ = reduce(&state, .corpusArrived(LoadedCorpus.complete(StoryFixtures.corpus())))
        #expect(state.narrowing.map(\.label) == ["story: \(Self.volcanoHeadline)"])
        #expect(state.listing == StoryFixtures.volcano)
    }

    @Test func enterOnAnArticleAloneOpensIt() {
        var state = StoryFixtures.state()
        press(&state, .character("S"), .down, .down, .enter)
        #expect(state.topView == .article(3))
    }

    @Test func groupingFollowsTheSearchAndTheNarrowing() {
        var state = StoryFixtures.state()
        press(&state, .character("S"), .character("/"))
        type(&state, "grindavik")
        #expect(state.listing == [5], "the search's results grouped as they are typed")
        press(&state, .enter)
        #expect(state.listing == [5])
        press(&state, .backspace, .character("/"))
        type(&state, "-volcano")
        press(&state, .enter)
        #expect(state.listing == [4, 3, 6])
        press(&state, .enter)
        #expect(state.listing == StoryFixtures.bridge)
    }

    @Test func facetsCountEveryArticleOfAGroupedList() {
        var state = StoryFixtures.state()
        press(&state, .character("S"), .character("p"))
        #expect(state.browserValues.map(\.count) == [3, 2, 2], "Post 3, Herald 2, Wire 2")
        press(&state, .enter)
        #expect(state.narrowing == [.facet(.provider, "Post")])
        #expect(state.listing == [4, 2], "the bridge story (as its headline), then Post's volcano report")
    }

    @Test func aCorpusWithoutStoriesSaysSo() {
        var state = FacetAndSortTests.state()
        press(&state, .character("S"))
        #expect(!state.isGroupingStories && state.status?.isError == true)
        #expect(state.listing == [0, 1, 2, 3])
    }

    @Test func mostCoveredFirstKeepsEachStoryTogether() {
        var state = StoryFixtures.state()
        while state.sort != .covered { press(&state, .character("s")) }
        #expect(state.listing == [0, 2, 5, 1, 4, 3, 6], "three outlets, then one outlet, then articles alone; newest first")
        press(&state, .character("/"))
        type(&state, "-grindavik")
        #expect(state.listing == [1, 4, 3, 6])
        press(&state, .enter, .character("S"))
        #expect(state.listing == [4, 3, 6], "grouped rows follow the sort too")
    }

    @Test func coveredOrderWithoutStoriesIsCorpusOrder() {
        #expect(SortKey.coveredOrder(nil, count: 3) == [0, 1, 2])
    }

    @Test func storyTermsKeepArticlesOfStoriesOfSeveralOutlets() throws {
        #expect(try Query.parse("is:story").terms == [Query.Term(filter: .outlets(2), negated: false)])
        #expect(try Query.parse("-outlets:3").terms == [Query.Term(filter: .outlets(3), negated: true)])
        for bad in ["outlets:0", "outlets:many", "outlets:"] {
            #expect(throws: Query.ParseError.self, "\(bad)") { try Query.parse(bad) }
        }
        let loaded = LoadedCorpus.complete(StoryFixtures.corpus())
        func search(_ text: String) throws -> [Int] { loaded.searchIndex.search(try Query.parse(text)).sorted() }
        #expect(try search("is:story") == StoryFixtures.volcano)
        #expect(try search("outlets:3") == StoryFixtures.volcano)
        #expect(try search("outlets:4").isEmpty)
        #expect(try search("outlets:1") == Array(0..<7))
        #expect(try search("-is:story") == [1, 3, 4, 6], "a story one outlet wrote is not news several report")
    }

    @Test func theStoryTermWorksInTheReader() {
        var state = StoryFixtures.state()
        press(&state, .character("/"))
        type(&state, "is:story")
        press(&state, .enter)
        #expect(state.listing == StoryFixtures.volcano)
    }
}
