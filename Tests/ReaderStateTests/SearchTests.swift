import Testing
@testable import ReaderState

/// `/`, typing, Enter, Esc, Backspace, Ctrl-U, n and N.
@Suite struct SearchTests {
    @Test(arguments: keys(.search))
    func searchJumpsAsYouTypeAndEnterKeeps(key: Key) {
        var state = Fixtures.state()
        press(&state, key)
        #expect(state.search.isEditing)
        type(&state, "gam")
        #expect(state.selection == 2)
        #expect(state.search.matches == [2])
        for promptKey in keys(.promptAccept) { press(&state, promptKey) }
        #expect(!state.search.isEditing)
        #expect(state.search.query == "gam")
        #expect(state.selection == 2)
        press(&state, .enter)
        #expect(state.topView == .article(2), "after Enter, keys are commands again")
    }

    @Test func searchFromAnArticleReturnsToTheList() {
        var state = Fixtures.state()
        press(&state, .enter, .character("/"))
        #expect(state.topView == .list)
        #expect(state.search.isEditing)
    }

    @Test(arguments: keys(.promptCancel))
    func cancelRestoresTheSelectionAndTheEarlierSearch(key: Key) {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "beta")
        press(&state, .enter, .character("q"))
        press(&state, .character("G"), .character("/"))
        type(&state, "alpha")
        #expect(state.selection == 0)
        press(&state, key)
        #expect(!state.search.isEditing)
        #expect(state.selection == 3)
        #expect(state.search.query == "beta")
    }

    @Test(arguments: keys(.promptDeleteBackward))
    func deletingWidensTheSearchAndCancelsWhenEmpty(key: Key) {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "ax")
        #expect(state.search.matches.isEmpty)
        #expect(state.selection == 0, "no match keeps the origin")
        press(&state, key)
        #expect(state.search.query == "a")
        #expect(state.search.matches.count == 4)
        press(&state, key)
        #expect(state.search.query.isEmpty)
        #expect(state.search.isEditing)
        press(&state, key)
        #expect(!state.search.isEditing)
    }

    @Test(arguments: keys(.promptClear))
    func clearEmptiesTheQuery(key: Key) {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "delta")
        #expect(state.selection == 3)
        press(&state, key)
        #expect(state.search.query.isEmpty)
        #expect(state.selection == 0)
        #expect(state.search.isEditing)
    }

    @Test func promptTakesCommandKeysAsText() {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "qQ?jn")
        #expect(state.search.query == "qQ?jn")
        #expect(state.topView == .list)
    }

    @Test func searchIsCaseInsensitive() {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "NOTES ON")
        #expect(state.search.matches == [2])
    }

    @Test(arguments: keys(.searchNext))
    func nextMovesToTheFollowingMatchAndWraps(key: Key) {
        var state = Fixtures.state(fillers: 3)
        press(&state, .character("/"))
        type(&state, "filler")
        press(&state, .enter)
        #expect(state.selection == 4)
        press(&state, key)
        #expect(state.selection == 5)
        press(&state, key, key)
        #expect(state.selection == 4)
        #expect(state.status?.text == "Search wrapped to the top")
    }

    @Test(arguments: keys(.searchPrevious))
    func previousMovesToTheEarlierMatchAndWraps(key: Key) {
        var state = Fixtures.state(fillers: 3)
        press(&state, .character("/"))
        type(&state, "filler")
        press(&state, .enter)
        press(&state, key)
        #expect(state.selection == 6)
        #expect(state.status?.text == "Search wrapped to the bottom")
        press(&state, key)
        #expect(state.selection == 5)
    }

    @Test func nextFromAnArticleOpensTheNextMatch() {
        var state = Fixtures.state(fillers: 3)
        press(&state, .character("/"))
        type(&state, "filler")
        press(&state, .enter, .enter, .character("n"))
        #expect(state.stack.map(\.view) == [.list, .article(5)])
    }

    @Test func nextWithoutASearchExplains() {
        var state = Fixtures.state()
        press(&state, .character("n"))
        #expect(state.status?.text == "No search yet — press / to search titles")
    }
}
