import CorpusStore
import Testing
@testable import ReaderState
import TestSupport

/// Backspace/←, →, q and Q: the browser-like history over the view stack.
@Suite struct HistoryTests {
    @Test(arguments: keys(.back))
    func backReturnsToThePreviousPageWithItsPlaceAndFocus(key: Key) {
        var state = Fixtures.state(rows: 10)
        press(&state, .enter, .tab, .tab)
        let scroll = state.top.scroll
        press(&state, .enter)
        #expect(state.topView == .article(2))
        press(&state, key)
        #expect(state.topView == .article(0))
        #expect(state.top.focus == 1)
        #expect(state.top.scroll == scroll)
        press(&state, key)
        #expect(state.topView == .list)
        press(&state, key)
        #expect(state.status?.text == "Nothing to go back to")
    }

    @Test(arguments: keys(.forward))
    func forwardRetracesBackSteps(key: Key) {
        var state = Fixtures.state()
        press(&state, .enter, .character("5"), .backspace, .backspace)
        #expect(state.topView == .list)
        press(&state, key)
        #expect(state.topView == .article(0))
        press(&state, key)
        #expect(state.topView == .relatedCard(article: 0, related: 4))
        press(&state, key)
        #expect(state.status?.text == "Nothing to go forward to")
    }

    @Test func followingALinkForgetsTheForwardPages() {
        var state = Fixtures.state()
        press(&state, .enter, .character("5"), .backspace, .character("6"))
        press(&state, .right)
        #expect(state.topView == .relatedCard(article: 0, related: 5))
        #expect(state.forward.isEmpty)
    }

    @Test(arguments: keys(.close))
    func closeLeavesTheReaderThenQuitsFromTheList(key: Key) {
        var state = Fixtures.state()
        press(&state, .enter, .character("1"), .character("1"))
        #expect(state.stack.count == 4)
        #expect(press(&state, key) == [])
        #expect(state.stack.map(\.view) == [.list])
        #expect(state.forward.isEmpty)
        #expect(press(&state, key) == [.quit])
    }

    @Test(arguments: keys(.quit))
    func quitLeavesAtOnceFromAnywhere(key: Key) {
        var state = Fixtures.state()
        press(&state, .enter, .character("3"), .character("?"))
        #expect(press(&state, key) == [.quit])
    }
}

/// Escape closes what is drawn over the list or an article, and nothing else.
@Suite struct DismissTests {
    @Test(arguments: keys(.dismiss))
    func escapeClosesHelpAndBrowsersButNotTheArticleOrTheList(key: Key) {
        var state = Fixtures.state()
        press(&state, .character("?"))
        #expect(state.topView == .help)
        press(&state, key)
        #expect(state.topView == .list, "help closed")
        press(&state, .character("t"))
        #expect(state.topView == .facet(.topic))
        press(&state, key)
        #expect(state.topView == .list, "the topic browser closed")
        press(&state, .enter, .character("?"), key)
        #expect(state.topView == .article(0), "help over an article closes to the article")
        let effects = press(&state, key)
        #expect(state.topView == .article(0) && effects.isEmpty, "the article stays open")
        press(&state, .character("q"))
        #expect(press(&state, key).isEmpty && state.topView == .list, "Escape never quits")
    }

    @Test func escapeInThePromptStillCancelsTheSearch() {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "lakes")
        press(&state, .escape)
        #expect(!state.search.isEditing && state.listing.count == state.corpus.articles.count)
    }
}
