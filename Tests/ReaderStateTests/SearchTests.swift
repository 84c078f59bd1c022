import CorpusStore
import Testing
@testable import ReaderState
import TestSupport

/// `/` in the list: the query language as you type, Enter keeps, Esc restores, bad
/// queries keep the last good results; n and N.
@Suite struct SearchTests {
    @Test(arguments: keys(.search))
    func typingNarrowsTheListWithEachKeyAndEnterKeeps(key: Key) {
        var state = Fixtures.state()
        press(&state, key)
        #expect(state.search.isEditing)
        type(&state, "a")
        #expect(state.listing.count == 4, "every title or excerpt holds an a")
        type(&state, "l")
        #expect(state.listing == [0, 1], "al: Alpha by its title, then Beta, which lists “Alpha again” under Related")
        type(&state, "pha")
        #expect(state.listing == [0, 1])
        #expect(state.search.resultCount == 2)
        for promptKey in keys(.promptAccept) { press(&state, promptKey) }
        #expect(!state.search.isEditing)
        #expect(state.narrowing == [.query("alpha")])
        #expect(state.listing == [0, 1])
        press(&state, .enter)
        #expect(state.topView == .article(0), "after Enter, keys are commands again")
    }

    /// Narrowing searches only the last results; once a mark changes, `is:` terms may
    /// match other articles, so the next key searches everything again.
    @Test func aChangedMarkStopsNarrowingOnTheLastResults() {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "is:read")
        #expect(state.listing.isEmpty)
        state.markRead(2)
        type(&state, " ")
        #expect(state.listing == [2])
    }

    @Test func searchLooksInBodiesAndRanksTitleHitsFirst() {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "rivers")
        // Every article has the topic Rivers; Alpha has it in its title too.
        #expect(state.listing.first == 0)
        #expect(state.listing.count == 4)
    }

    @Test func queryLanguageWorksAsYouType() {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "-alpha")
        #expect(state.listing == [1, 2, 3], "Beta names Alpha only under Related: not left out")
        press(&state, .control("u"))
        type(&state, "\"notes on rain\"")
        #expect(state.listing == [2])
        press(&state, .control("u"))
        type(&state, "before:2024-03-04")
        #expect(state.listing == [2, 3])
    }

    @Test func aBadQueryKeepsTheLastGoodResultsAndSaysWhy() {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "gamma \"rai")
        #expect(state.search.error == "a quote is never closed")
        // Gamma by its title, then Alpha, which lists a copy of gamma under Related.
        #expect(state.listing == [2, 0], "the results of “gamma” stay")
        type(&state, "n\"")
        #expect(state.search.error == nil)
        #expect(state.listing == [2])
        press(&state, .control("u"))
        type(&state, "colour:red")
        #expect(state.search.error?.contains("unknown filter colour:") == true)
        #expect(state.search.resultCount == state.listing.count, "still the results of “colour”")
    }

    @Test(arguments: keys(.promptCancel))
    func escRestoresTheListAsItWas(key: Key) {
        var state = Fixtures.state()
        press(&state, .character("G"), .character("/"))
        type(&state, "beta")
        #expect(state.listing == [1, 0], "Beta, then Alpha, which lists it under Related")
        press(&state, key)
        #expect(!state.search.isEditing)
        #expect(state.listing == [0, 1, 2, 3])
        #expect(state.selectedArticle == 3)
        #expect(state.narrowing.isEmpty)
    }

    @Test func slashOnAKeptSearchEditsItAndEscKeepsIt() {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "beta")
        press(&state, .enter, .character("/"))
        #expect(state.search.query == "beta")
        type(&state, "x")
        #expect(state.listing.isEmpty)
        press(&state, .escape)
        #expect(state.narrowing == [.query("beta")])
        #expect(state.listing == [1, 0])
    }

    @Test func qAndBackspaceWidenAKeptSearch() {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "beta")
        press(&state, .enter)
        #expect(press(&state, .character("q")).isEmpty, "q widens instead of quitting")
        #expect(state.listing.count == 4)
        press(&state, .character("/"))
        type(&state, "beta")
        press(&state, .enter, .backspace)
        #expect(state.listing.count == 4)
        #expect(press(&state, .character("q")) == [.quit])
    }

    @Test(arguments: keys(.promptDeleteBackward))
    func deletingWidensTheSearchAndCancelsWhenEmpty(key: Key) {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "ax")
        #expect(state.listing.isEmpty)
        press(&state, key)
        #expect(state.search.query == "a")
        #expect(state.listing.count == 4)
        press(&state, key)
        #expect(state.search.query.isEmpty)
        #expect(state.search.isEditing)
        press(&state, key)
        #expect(!state.search.isEditing)
    }

    @Test func promptTakesCommandKeysAsText() {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "qQ?jnbtmu")
        #expect(state.search.query == "qQ?jnbtmu")
        #expect(state.topView == .list)
        #expect(state.marks == UserMarks())
    }

    @Test func searchIsCaseAndDiacriticInsensitive() {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "NÓTES ON")
        #expect(state.listing == [2])
    }

    @Test func narrowingByExtendingMatchesAFreshSearch() {
        var typed = Fixtures.state(fillers: 20)
        press(&typed, .character("/"))
        type(&typed, "filler 1")
        var fresh = Fixtures.state(fillers: 20)
        press(&fresh, .character("/"))
        press(&fresh, .control("u"))
        fresh.search.query = "filler 1"
        fresh.updateResults()
        #expect(typed.listing == fresh.listing)
    }

    @Test(arguments: keys(.searchNext))
    func nextMovesToTheFollowingResultAndWraps(key: Key) {
        var state = Fixtures.state(fillers: 3)
        press(&state, .character("/"))
        type(&state, "filler")
        press(&state, .enter)
        #expect(state.listing == [4, 5, 6])
        #expect(state.selection == 0)
        press(&state, key)
        #expect(state.selectedArticle == 5)
        press(&state, key, key)
        #expect(state.selectedArticle == 4)
        #expect(state.status?.text == "Search wrapped to the top")
    }

    @Test(arguments: keys(.searchPrevious))
    func previousMovesToTheEarlierResultAndWraps(key: Key) {
        var state = Fixtures.state(fillers: 3)
        press(&state, .character("/"))
        type(&state, "filler")
        press(&state, .enter)
        press(&state, key)
        #expect(state.selectedArticle == 6)
        #expect(state.status?.text == "Search wrapped to the bottom")
    }

    @Test func nextFromAnArticleOpensTheNextResult() {
        var state = Fixtures.state(fillers: 3)
        press(&state, .character("/"))
        type(&state, "filler")
        press(&state, .enter, .enter, .character("n"))
        #expect(state.stack.map(\.view) == [.list, .article(5)])
    }

    @Test func nextWithoutASearchExplains() {
        var state = Fixtures.state()
        press(&state, .character("n"))
        #expect(state.status?.text == "No search yet — press / to search")
    }
}

/// `/` in an article: every match highlighted, n and N jump among the lines.
@Suite struct ArticleSearchTests {
    @Test func searchInAnArticleFindsLinesAndJumps() {
        var state = Fixtures.state(rows: 10, cols: 40, longBody: true)
        press(&state, .enter, .character("/"))
        #expect(state.search.inArticle)
        type(&state, "paragraph 2")
        let search = try! #require(state.articleSearch)
        #expect(search.lines.count >= 9, "paragraph 2, 20–29")
        press(&state, .enter)
        #expect(state.topView == .article(0))
        let first = state.top.scroll
        press(&state, .character("n"))
        #expect(state.top.scroll > first || state.articleSearch?.current == 1)
        press(&state, .character("N"))
        #expect(state.articleSearch?.current == 0)
        press(&state, .character("N"))
        #expect(state.status?.text == "Search wrapped to the bottom")
    }

    @Test func escInAnArticleDropsTheSearchAndTheScroll() {
        var state = Fixtures.state(rows: 10, cols: 40, longBody: true)
        press(&state, .enter, .character("/"))
        type(&state, "\"paragraph 30\"")
        #expect(state.articleSearch?.lines.count == 1)
        #expect(state.top.scroll > 0)
        press(&state, .escape)
        #expect(state.top.scroll == 0)
        #expect(state.articleSearch == nil)
    }
}
