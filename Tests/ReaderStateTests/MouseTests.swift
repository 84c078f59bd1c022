import CorpusStore
import Testing
@testable import ReaderState

/// Clicks and the wheel, reduced on the targets the renderer marks: a click selects, a
/// click on the selection opens, a link clicked is its number pressed, a hint clicked is
/// its key pressed, the wheel scrolls what is under it.
@Suite struct MouseTests {
    @discardableResult
    private func click(_ state: inout State, _ target: ScreenTarget) -> [Effect] {
        reduce(&state, .mouseClicked(target))
    }

    @Test func aClickSelectsARowAndASecondClickOpensIt() {
        var state = Fixtures.state()
        #expect(click(&state, .listRow(2)).isEmpty)
        #expect(state.topView == .list && state.selection == 2)
        #expect(!state.read[2])
        #expect(click(&state, .listRow(2)) == [.save], "opening marks the article read, which is saved")
        #expect(state.topView == .article(2) && state.read[2])
    }

    @Test func aClickPastTheRowsOrOnAPaneDoesNothing() {
        var state = Fixtures.state()
        click(&state, .listRow(99))
        click(&state, .listPane)
        #expect(state.topView == .list && state.selection == 0 && state.status == nil)
    }

    @Test func aClickedLinkIsItsNumberPressedWithHistory() {
        var clicked = Fixtures.state()
        var pressed = Fixtures.state()
        press(&clicked, .enter)
        press(&pressed, .enter)
        click(&clicked, .link(4))
        press(&pressed, .character("5"))
        #expect(clicked.topView == .relatedCard(article: 0, related: 4))
        #expect(clicked.stack == pressed.stack && clicked.marks == pressed.marks)
        click(&clicked, .link(0))
        #expect(clicked.topView == .relatedCard(article: 0, related: 4), "a card has no links")
        press(&clicked, .backspace)
        click(&clicked, .link(0))
        #expect(clicked.topView == .article(1))
        press(&clicked, .backspace)
        #expect(clicked.topView == .article(0))
        press(&clicked, .right)
        #expect(clicked.topView == .article(1), "forward retraces the click")
        click(&clicked, .link(40))
        #expect(clicked.status?.text.hasPrefix("No link 41") == true)
    }

    @Test func aLinkInTheSplitPreviewOpensTheArticleAndFollowsIt() {
        var state = Fixtures.state(rows: 30, cols: 180)
        #expect(state.layout.isSplit)
        click(&state, .link(1))
        #expect(state.stack.map(\.view) == [.list, .article(0), .article(2)])
    }

    @Test func besideAnOpenArticleAClickOnAnotherRowPreviewsItAndASecondOpensIt() {
        var state = Fixtures.state(rows: 30, cols: 180)
        click(&state, .listRow(0))
        #expect(state.topView == .article(0))
        click(&state, .listRow(0))
        #expect(state.stack.map(\.view) == [.list, .article(0)], "the open article stays open")
        click(&state, .listRow(1))
        #expect(state.topView == .list && state.selection == 1)
        click(&state, .listRow(1))
        #expect(state.topView == .article(1))
    }

    @Test func aClickWhileSearchingKeepsTheSearchAndSelectsTheClickedArticle() {
        var state = Fixtures.state()
        press(&state, .character("/"))
        type(&state, "a")
        let article = state.listing[1]
        click(&state, .listRow(1))
        #expect(!state.search.isEditing)
        #expect(state.selectedArticle == article && state.topView == .list)
    }

    @Test func aHintRunsItsCommandAsItsKeyWould() {
        var state = Fixtures.state()
        click(&state, .hint(.help))
        #expect(state.topView == .help)
        click(&state, .hint(.close))
        #expect(state.topView == .list)
        click(&state, .hint(.open))
        #expect(state.topView == .article(0))
        click(&state, .hint(.back))
        #expect(state.topView == .list)
        click(&state, .hint(.search))
        #expect(state.search.isEditing)
        var article = Fixtures.state()
        press(&article, .enter)
        click(&article, .hint(.followNumbered))
        #expect(article.topView == .article(0) && article.status?.text == "Click a numbered link, or press its number")
        #expect(click(&article, .hint(.openURL)) == [.openURL(Fixtures.alphaURL)])
        var list = Fixtures.state()
        #expect(click(&list, .hint(.close)) == [.quit])
    }

    @Test func aHintFollowsReboundKeys() {
        let (keymap, _) = Keymap.build([.help: [.function(2)]])
        var state = State(corpus: Fixtures.corpus(), keymap: keymap)
        click(&state, .hint(.help))
        #expect(state.topView == .help)
    }

    @Test func theWheelMovesTheListSelectionByThreeRows() {
        var state = Fixtures.state(rows: 10, fillers: 20)
        _ = reduce(&state, .wheelTurned(.listPane, lines: State.wheelLines))
        #expect(state.selection == 3)
        _ = reduce(&state, .wheelTurned(.listRow(5), lines: 2 * State.wheelLines))
        #expect(state.selection == 9 && state.stack[0].scroll > 0, "the view follows the selection")
        _ = reduce(&state, .wheelTurned(.listPane, lines: -100))
        #expect(state.selection == 0 && state.stack[0].scroll == 0)
        _ = reduce(&state, .wheelTurned(.readerPane, lines: 3))
        #expect(state.selection == 0, "no article pane is shown: nothing scrolls")
    }

    @Test func theWheelScrollsTheArticleAndHelp() {
        var state = Fixtures.state(rows: 10, longBody: true)
        press(&state, .enter)
        _ = reduce(&state, .wheelTurned(.readerPane, lines: 3))
        #expect(state.top.scroll == 3)
        _ = reduce(&state, .wheelTurned(.link(2), lines: -1))
        #expect(state.top.scroll == 2)
        _ = reduce(&state, .wheelTurned(.readerPane, lines: 100_000))
        #expect(state.top.scroll == state.maxScroll)
        press(&state, .character("?"))
        _ = reduce(&state, .wheelTurned(.overlayPane, lines: 3))
        #expect(state.topView == .help && state.top.scroll == 3)
        _ = reduce(&state, .wheelTurned(.listPane, lines: 3))
        #expect(state.top.scroll == 3 && state.selection == 0, "the list is hidden under help")
    }

    @Test func facetRowsSelectOnAClickAndNarrowOnASecond() {
        var state = Fixtures.state()
        press(&state, .character("p"))
        guard case .facet = state.topView, state.browserValues.count > 2 else {
            Issue.record("no provider browser")
            return
        }
        let second = state.browserValues[1].label
        click(&state, .browserRow(1))
        #expect(state.top.row == 1 && state.topView.isBrowser)
        _ = reduce(&state, .wheelTurned(.overlayPane, lines: 1))
        #expect(state.top.row == 2)
        click(&state, .browserRow(1))
        click(&state, .browserRow(1))
        #expect(state.topView == .list)
        #expect(state.narrowing.last == .facet(.provider, second))
    }
}
