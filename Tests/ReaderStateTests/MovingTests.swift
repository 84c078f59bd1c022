import CorpusStore
import Testing
@testable import ReaderState
import TestSupport

/// j/k/↑/↓, PgUp/PgDn/Space/b, g/G/Home/End, in the list and in an article.
@Suite struct MovingTests {
    @Test(arguments: keys(.lineDown))
    func lineDownMovesTheSelectionAndStopsAtTheEnd(key: Key) {
        var state = Fixtures.state()
        press(&state, key)
        #expect(state.selection == 1)
        press(&state, key, key, key, key)
        #expect(state.selection == 3)
    }

    @Test(arguments: keys(.lineUp))
    func lineUpMovesTheSelectionAndStopsAtTheTop(key: Key) {
        var state = Fixtures.state()
        press(&state, .down, .down)
        press(&state, key)
        #expect(state.selection == 1)
        press(&state, key, key)
        #expect(state.selection == 0)
    }

    @Test(arguments: keys(.pageDown))
    func pageDownMovesByAPageAndKeepsTheSelectionVisible(key: Key) {
        var state = Fixtures.state(rows: 12, fillers: 40)
        let height = state.layout.list.rows
        press(&state, key)
        #expect(state.selection == height)
        #expect(state.stack[0].scroll <= state.selection && state.selection < state.stack[0].scroll + height)
        press(&state, key, key, key, key, key, key)
        #expect(state.selection == state.corpus.articles.count - 1)
        #expect(state.stack[0].scroll == state.corpus.articles.count - height)
    }

    @Test(arguments: listKeys(.pageUp))
    func pageUpMovesByAPage(key: Key) {
        var state = Fixtures.state(rows: 12, fillers: 40)
        press(&state, .end)
        let before = state.selection
        press(&state, key)
        #expect(state.selection == before - state.layout.list.rows)
        press(&state, key, key, key, key, key, key)
        #expect(state.selection == 0)
        #expect(state.stack[0].scroll == 0)
    }

    @Test(arguments: keys(.top))
    func topGoesToTheFirstRow(key: Key) {
        var state = Fixtures.state(rows: 10, fillers: 30)
        press(&state, .end)
        press(&state, key)
        #expect(state.selection == 0)
        #expect(state.stack[0].scroll == 0)
    }

    @Test(arguments: keys(.bottom))
    func bottomGoesToTheLastRow(key: Key) {
        var state = Fixtures.state(rows: 10, fillers: 30)
        press(&state, key)
        #expect(state.selection == 33)
        #expect(state.stack[0].scroll == 34 - state.layout.list.rows)
    }

    @Test(arguments: keys(.lineDown) + keys(.lineUp) + keys(.pageDown) + keys(.pageUp) + keys(.top) + keys(.bottom))
    func movingKeysScrollAnOpenArticleWithinItsLines(key: Key) {
        var state = Fixtures.state(rows: 10, cols: 40, longBody: true)
        press(&state, .enter)
        let maxScroll = state.document!.lines.count - state.viewHeight
        press(&state, .character("G"))
        #expect(state.top.scroll == maxScroll)
        press(&state, .character("g"))
        for _ in 0..<3 { press(&state, .down) }
        let middle = state.top.scroll
        press(&state, key)
        switch CommandTable.command(for: key, in: .article) {
        case .lineDown: #expect(state.top.scroll == middle + 1)
        case .lineUp: #expect(state.top.scroll == middle - 1)
        case .pageDown: #expect(state.top.scroll == middle + state.viewHeight - 1)
        case .pageUp: #expect(state.top.scroll == 0)
        case .top: #expect(state.top.scroll == 0)
        case .bottom: #expect(state.top.scroll == maxScroll)
        default: Issue.record("unexpected key")
        }
        for _ in 0..<100 { press(&state, key) }
        #expect(state.top.scroll >= 0 && state.top.scroll <= maxScroll)
        #expect(state.selection == 0, "the list selection does not move under an article")
    }

    @Test func movingOnAnEmptyCorpusDoesNothing() {
        var state = State(rows: 24, cols: 80, loading: true)
        for info in CommandTable.all where info.group == .moving {
            for key in info.keys { press(&state, key) }
        }
        #expect(state.selection == 0)
        #expect(state.stack.count == 1)
    }

    @Test func resizeKeepsThePlaceInTheText() {
        var state = Fixtures.state(rows: 12, cols: 100, longBody: true)
        press(&state, .enter)
        for _ in 0..<20 { press(&state, .down) }
        let line = state.document!.lines[state.top.scroll].text
        let anchor = state.document!.lines[state.top.scroll].anchor
        _ = reduce(&state, .terminalResized(rows: 12, cols: 40))
        #expect(state.document!.width == 38)
        let narrow = state.document!.lines[state.top.scroll].anchor
        #expect(narrow.block == anchor.block, "same paragraph")
        #expect(narrow.offset <= anchor.offset && anchor.offset - narrow.offset < 38, "the line holding the old first word")
        _ = reduce(&state, .terminalResized(rows: 12, cols: 100))
        #expect(state.document!.lines[state.top.scroll].text == line, "going back to the old width restores the line")
    }

    @Test func resizeKeepsTheListSelectionVisible() {
        var state = Fixtures.state(rows: 40, fillers: 30)
        press(&state, .end)
        _ = reduce(&state, .terminalResized(rows: 6, cols: 80))
        let top = state.stack[0].scroll
        #expect(top <= state.selection && state.selection < top + state.layout.list.rows)
    }

    @Test func tinyAndZeroSizesDoNotTrap() {
        var state = Fixtures.state(rows: 1, cols: 1, longBody: true)
        for key in CommandTable.all.flatMap(\.keys) where key != .character("Q") && key != .character("q") {
            press(&state, key)
        }
        _ = reduce(&state, .terminalResized(rows: 0, cols: 0))
        press(&state, .down, .enter, .pageDown, .character("G"), .tab)
        #expect(state.rows == 0)
    }
}
