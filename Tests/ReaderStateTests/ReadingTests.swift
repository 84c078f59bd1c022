import CorpusStore
import Testing
@testable import ReaderState
import TestSupport

/// Enter, 1–9, Tab/Shift-Tab, o: opening articles and following related links.
@Suite struct ReadingTests {
    @Test(arguments: keys(.open))
    func openShowsTheSelectedArticleAndMarksItRead(key: Key) {
        var state = Fixtures.state()
        press(&state, .down)
        press(&state, key)
        #expect(state.topView == .article(1))
        #expect(state.read[1])
        #expect(state.unreadCount == state.corpus.articles.count - 1)
        #expect(state.document?.lines.first?.text == "Beta study of lakes")
    }

    @Test(arguments: keys(.open))
    func openFollowsTheFocusedLinkOrExplains(key: Key) {
        var state = Fixtures.state()
        press(&state, .enter)
        press(&state, key)
        #expect(state.topView == .article(0))
        #expect(state.status?.isError == true)
        press(&state, .tab, .tab, .tab, key)
        #expect(state.topView == .relatedCard(article: 0, related: 2))
    }

    @Test(arguments: keys(.followNumbered))
    func digitsFollowTheirRelatedLink(key: Key) throws {
        var state = Fixtures.state()
        press(&state, .enter)
        press(&state, key)
        guard case .character(let digit) = key, let number = digit.wholeNumberValue else { throw TestFailure() }
        switch number {
        case 1: #expect(state.topView == .article(1), "matched by title")
        case 2: #expect(state.topView == .article(2), "matched by URL")
        default: #expect(state.topView == .relatedCard(article: 0, related: number - 1))
        }
        #expect(state.stack.count == 3)
        #expect(state.isVisited(article: 0, link: number - 1))
    }

    @Test func aLinkToACorpusArticleShowsThatArticlesOwnFileName() {
        var state = Fixtures.state()
        press(&state, .enter, .character("1"))
        let meta = state.document?.lines.first { $0.kind == .meta }?.text
        #expect(meta?.contains("beta.txt") == true)
        #expect(state.read[1])
    }

    @Test func digitsExplainWhenThereIsNoSuchLinkOrNothingOpen() {
        var state = Fixtures.state()
        press(&state, .character("1"))
        #expect(state.topView == .list)
        #expect(state.status?.text.contains("Open an article first") == true)
        press(&state, .down, .enter, .character("5"))
        #expect(state.topView == .article(1))
        #expect(state.status?.text == "No link 5: this article has 2 links", "1 related link and 1 backlink")
        press(&state, .character("q"), .up, .enter, .character("3"), .character("1"))
        #expect(state.topView == .relatedCard(article: 0, related: 2))
        #expect(state.status?.text.contains("no links of its own") == true)
    }

    @Test func digitsInTheSplitListFollowFromTheSelectedArticle() {
        var state = Fixtures.state(cols: 170)
        press(&state, .character("3"))
        #expect(state.stack.map(\.view) == [.list, .article(0), .relatedCard(article: 0, related: 2)])
        press(&state, .backspace)
        #expect(state.topView == .article(0))
    }

    @Test(arguments: keys(.focusNextLink))
    func tabCyclesThroughTheLinksAndScrollsThemIntoView(key: Key) {
        var state = Fixtures.state(rows: 8, cols: 60)
        press(&state, .enter)
        press(&state, key)
        #expect(state.top.focus == 0)
        let document = state.document!
        #expect(state.top.scroll + state.viewHeight >= document.linkLines[0] + document.lineCount(ofLink: 0))
        for _ in 0..<9 { press(&state, key) }
        #expect(state.top.focus == 9, "the 10th link is the backlink from Beta")
        #expect(state.top.scroll + state.viewHeight >= document.lines.count)
        press(&state, key)
        #expect(state.top.focus == 0, "wraps to the first")
        #expect(state.top.scroll <= document.linkLines[0])
    }

    @Test(arguments: keys(.focusPreviousLink))
    func shiftTabGoesBackwardsAndWraps(key: Key) {
        var state = Fixtures.state()
        press(&state, .enter)
        press(&state, key)
        #expect(state.top.focus == 9, "the backlink from Beta comes last")
        press(&state, key)
        #expect(state.top.focus == 8)
    }

    @Test func tabExplainsWhereThereAreNoLinks() {
        var state = Fixtures.state()
        press(&state, .tab)
        #expect(state.status?.isError == true)
        press(&state, .down, .down, .down, .enter, .tab)
        #expect(state.status?.text == "This article has no related links and no article links to it")
    }

    @Test(arguments: keys(.openURL))
    func openURLAsksTheLoopToOpenTheAddressOnScreen(key: Key) {
        var state = Fixtures.state()
        #expect(press(&state, key) == [.openURL(Fixtures.alphaURL)])
        press(&state, .enter)
        #expect(press(&state, key) == [.openURL(Fixtures.alphaURL)])
        press(&state, .character("4"))
        #expect(press(&state, key) == [.openURL("https://elsewhere.example/4")])
        press(&state, .character("q"), .character("G"))
        #expect(press(&state, key) == [])
        #expect(state.status == StatusMessage("This article has no web address", isError: true))
    }

    @Test func browserOutcomesReachTheStatusLine() {
        var state = Fixtures.state()
        _ = reduce(&state, .urlOpenFailed("No browser found: set $BROWSER or install xdg-open"))
        #expect(state.status?.isError == true)
        _ = reduce(&state, .urlOpened("https://example.org/\u{1B}[31mred"))
        #expect(state.status?.text == "Opened https://example.org/red", "status text is sanitised")
    }
}

struct TestFailure: Error {}

/// `y`: the address of what is on screen, to the clipboard.
@Suite struct CopyAddressTests {
    @Test(arguments: keys(.copyAddress))
    func copiesTheAddressOfWhatIsOnScreenOrSaysWhyNot(key: Key) {
        var state = Fixtures.state()
        #expect(press(&state, key) == [.copyToClipboard(Fixtures.alphaURL)], "the selected article")
        #expect(state.status?.text == "Copied \(Fixtures.alphaURL)")
        press(&state, .down, .enter)
        #expect(press(&state, key) == [.copyToClipboard(Fixtures.betaURL)], "the open article")
        press(&state, .character("q"), .end, .enter)
        #expect(press(&state, key).isEmpty, "delta has no address")
        #expect(state.status?.text == "This article has no web address" && state.status?.isError == true)
        press(&state, .character("?"))
        #expect(press(&state, key).isEmpty && state.status?.text == "Nothing to copy here")
        press(&state, .character("?"), .character("q"), .home, .enter, .character("3"))
        #expect(press(&state, key) == [.copyToClipboard("https://elsewhere.example/3")], "a related card")
    }
}
