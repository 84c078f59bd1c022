import ArticleParsing
import CorpusStore
import Testing
@testable import ReaderState

/// `w` names the search and narrowing, `F` lists the saved searches with live counts,
/// Enter opens one, `d` deletes one; the selection the command line shares.
@Suite struct SavedSearchTests {
    private func type(_ state: inout State, _ text: String) {
        for character in text { press(&state, .character(character)) }
    }

    @Test(arguments: keys(.saveSearch))
    func savingWithNothingToSaveSaysWhy(key: Key) {
        var state = FacetAndSortTests.state()
        let effects = press(&state, key)
        #expect(effects.isEmpty)
        #expect(state.naming == nil)
        #expect(state.status?.isError == true)
    }

    @Test func wAsksForANameSuggestedFromTheSearchAndEnterSavesIt() {
        var state = FacetAndSortTests.state()
        press(&state, .character("t"), .enter)
        press(&state, .character("/"))
        type(&state, "delta")
        // `w` while typing goes into the search, as every character does.
        type(&state, "w")
        #expect(state.search.query == "deltaw")
        press(&state, .backspace, .enter, .character("w"))
        #expect(state.naming == "AI delta")
        press(&state, .control("u"))
        type(&state, "My AI")
        press(&state, .backspace)
        type(&state, "I")
        let effects = press(&state, .enter)
        let saved = SavedSearch(name: "My AI", levels: [.facet(.topic, "AI"), .query("delta")])
        #expect(effects == [.storeSavedSearch(saved)])
        #expect(state.savedSearches == [saved])
        #expect(state.naming == nil)
        #expect(state.status?.text.contains("Saved “My AI”") == true)
    }

    @Test func escapeCancelsNamingAndAnEmptyNameIsRefused() {
        var state = FacetAndSortTests.state()
        press(&state, .character("t"), .enter, .character("w"))
        press(&state, .escape)
        #expect(state.naming == nil && state.savedSearches.isEmpty)
        press(&state, .character("w"), .control("u"))
        #expect(press(&state, .enter).isEmpty)
        #expect(state.naming == "" && state.status?.isError == true)
        // Backspace on an empty name leaves the prompt, as in the search prompt.
        press(&state, .backspace)
        #expect(state.naming == nil)
    }

    @Test func savingUnderAnExistingNameReplacesIt() {
        var state = FacetAndSortTests.state()
        press(&state, .character("t"), .enter, .character("w"), .control("u"))
        type(&state, "mine")
        press(&state, .enter, .character("q"), .character("B"))
        press(&state, .character("/"))
        type(&state, "alpha")
        press(&state, .enter, .character("w"), .control("u"))
        type(&state, "mine")
        let effects = press(&state, .enter)
        #expect(effects == [.storeSavedSearch(SavedSearch(name: "mine", levels: [.query("alpha")]))])
        #expect(state.savedSearches.map(\.levels) == [[.query("alpha")]])
        #expect(state.status?.text.hasPrefix("Replaced") == true)
    }

    @Test(arguments: keys(.savedSearches))
    func savedSearchesListLiveCountsAndEnterOpensOne(key: Key) {
        let saved = [SavedSearch(name: "wire", levels: [.facet(.provider, "Wire")]),
                     SavedSearch(name: "AI about delta", levels: [.query("delta"), .facet(.topic, "AI")])]
        var state = State(corpus: FacetAndSortTests.state().corpus, rows: 24, cols: 80, savedSearches: saved)
        press(&state, .enter, .character("q"))
        press(&state, key)
        #expect(state.topView == .savedSearches)
        #expect(state.browserValues == [FacetValue(label: "AI about delta", count: 1, unread: 0),
                                        FacetValue(label: "wire", count: 3, unread: 2)])
        press(&state, .down, .enter)
        #expect(state.topView == .list)
        #expect(state.narrowing == [.saved(saved[0])])
        #expect(state.listing == [0, 2, 3])
        // q widens back to every article, as for any level.
        press(&state, .character("q"))
        #expect(state.narrowing.isEmpty && state.listing.count == 4)
    }

    @Test func aClickSelectsASavedSearchAndASecondOpensIt() {
        let saved = [SavedSearch(name: "a", levels: [.query("alpha")]), SavedSearch(name: "b", levels: [.bookmarks])]
        var state = State(corpus: FacetAndSortTests.state().corpus, rows: 24, cols: 80, savedSearches: saved)
        press(&state, .character("F"))
        _ = reduce(&state, .mouseClicked(.browserRow(1)))
        #expect(state.topView == .savedSearches && state.top.row == 1)
        _ = reduce(&state, .mouseClicked(.browserRow(1)))
        #expect(state.topView == .list && state.narrowing == [.saved(saved[1])])
    }

    @Test func savedLevelsKeepOneOrderSoTheConfigFileReadsThemBack() {
        let search = SavedSearch(name: "x", levels: [.query("a"), .bookmarks, .facet(.month, "March 2024"), .query("-b"),
                                                     .facet(.topic, "AI"), .story(id: "s1", title: "T")])
        #expect(search.levels == [.story(id: "s1", title: "T"), .facet(.topic, "AI"), .facet(.month, "March 2024"), .bookmarks,
                                  .query("a -b")])
        let nested = SavedSearch(name: "y", levels: [.saved(search), .query("c")])
        #expect(nested.levels == search.levels.dropLast() + [.query("a -b c")])
    }

    @Test func dDeletesTheSelectedSavedSearchAndOnlyThere() {
        let saved = [SavedSearch(name: "one", levels: [.query("alpha")]), SavedSearch(name: "two", levels: [.bookmarks])]
        var state = State(corpus: FacetAndSortTests.state().corpus, rows: 24, cols: 80, savedSearches: saved)
        #expect(press(&state, .character("d")).isEmpty)
        #expect(state.status?.isError == true)
        press(&state, .character("F"), .down)
        #expect(press(&state, .character("d")) == [.deleteSavedSearch("two")])
        #expect(state.savedSearches == [saved[0]] && state.topView == .savedSearches && state.top.row == 0)
        #expect(press(&state, .character("d")) == [.deleteSavedSearch("one")])
        #expect(state.savedSearches.isEmpty && state.topView == .list)
    }

    @Test func escapeAndQCloseTheSavedSearches() {
        let saved = [SavedSearch(name: "one", levels: [.query("alpha")])]
        var state = State(corpus: FacetAndSortTests.state().corpus, rows: 24, cols: 80, savedSearches: saved)
        for key in [Key.escape, .character("q")] {
            press(&state, .character("F"))
            #expect(state.topView == .savedSearches)
            press(&state, key)
            #expect(state.topView == .list && state.narrowing.isEmpty)
        }
    }

    @Test func theSelectionAgreesWithTheReadersList() {
        var state = FacetAndSortTests.state()
        press(&state, .character("t"), .enter, .character("/"))
        type(&state, "a")
        press(&state, .enter)
        let selection = ArticleSelection(state.loaded, marks: state.searchMarks)
        #expect(selection.articles(narrowedBy: state.narrowing) == state.listing)
        #expect(ArticleSelection.needsStories([.query("is:story")]))
        #expect(ArticleSelection.needsStories([.saved(SavedSearch(name: "s", levels: [.story(id: "x", title: "")]))]))
        #expect(!ArticleSelection.needsStories([.query("alpha"), .bookmarks]))
    }
}
