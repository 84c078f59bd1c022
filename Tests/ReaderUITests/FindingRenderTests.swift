import CorpusStore
import Testing
@testable import ReaderUI
import TestSupport

/// Search highlights, the facet view, the breadcrumb, backlinks and marks as drawn.
@Suite struct FindingRenderTests {
    @Test func everySearchWordIsHighlightedInTheRows() {
        var state = Fixtures.state(rows: 6, cols: 70)
        press(&state, .character("/"))
        for character in "storm river" { press(&state, .character(character)) }
        let grid = render(state)
        #expect(grid.lines[1] == "N 2024-03-05  Daily River  River levels rise after storm", "\(dump(grid))")
        let title = 2 + 10 + 2 + 11 + 2
        #expect((title..<(title + 5)).allSatisfy { grid[1, $0].role == .searchMatch }, "River")
        #expect(grid[1, title + 5].role == .listSelected)
        #expect(((title + 24)..<(title + 29)).allSatisfy { grid[1, $0].role == .searchMatch }, "storm")
        #expect(grid.lines[5].hasSuffix("1 result"))
    }

    @Test func aBadQueryIsShownAsAnErrorAndTheResultsStay() {
        var state = Fixtures.state(rows: 6, cols: 70)
        press(&state, .character("/"))
        for character in "lake \"rep" { press(&state, .character(character)) }
        let grid = render(state)
        #expect(grid.lines[5] == "/lake \"rep                                    a quote is never closed")
        #expect(grid[5, 60].role == .statusError)
        #expect(grid.lines[1].contains("Lake report"), "the results of “lake” stay")
    }

    @Test func keptSearchAndFacetsShowAsABreadcrumb() {
        var state = Fixtures.state(rows: 6, cols: 90)
        press(&state, .character("/"))
        for character in "r" { press(&state, .character(character)) }
        press(&state, .enter, .character("t"), .enter)
        let grid = render(state)
        #expect(grid.lines[0] == " lede · fixture › “r” › topic: Rivers              1 of 4 · 1 unread · by date · 1 linked",
                "\(dump(grid))")
    }

    @Test func facetViewShowsValuesWithCountsAndUnreadCounts() {
        var state = Fixtures.state(rows: 6, cols: 60)
        press(&state, .enter, .character("q"), .character("p"))
        let grid = render(state)
        #expect(grid.lines == [
            " lede · fixture  4 articles · 3 unread · by date · 1 linked",
            " Providers among all articles — Enter narrows the list, q g…",
            " Daily River                                   1 · 0 unread",
            " Emoji Wire                                    1 · 1 unread",
            " Lake Times                                    1 · 1 unread",
            " Enter narrow  q close                                   1/4",
        ], "\(dump(grid))")
        #expect(grid[2, 1].role == .listSelected)
        #expect(grid[3, 1].role == .listUnread)
    }

    @Test func articleListsBacklinksUnderLinkedFrom() {
        var state = Fixtures.state(rows: 12, cols: 60)
        press(&state, .down, .enter)
        let grid = render(state)
        #expect(Array(grid.lines[5...8]) == [
            "",
            " Linked from",
            " [1] River levels rise after storm",
            "     Daily River · 2024-03-05",
        ], "\(dump(grid))")
        #expect(grid[7, 1].role == .link)
        press(&state, .tab)
        #expect(render(state)[7, 1].role == .linkFocused)
        press(&state, .enter, .backspace, .backTab)
        #expect(render(state)[7, 1].role == .linkFocused)
        press(&state, .character("q"), .enter)
        #expect(render(state)[7, 1].role == .linkVisited, "River was opened: the backlink shows as visited")
    }

    @Test func bookmarksShowAStarAndSearchInAnArticleHighlights() {
        var state = Fixtures.state(rows: 12, cols: 60)
        press(&state, .character("b"))
        #expect(render(state).lines[1].hasPrefix("N*2024-03-05"))
        press(&state, .enter, .character("/"))
        for character in "bridge" { press(&state, .character(character)) }
        let grid = render(state)
        let row = grid.lines.firstIndex { $0.contains("near the bridge") }!
        let col = grid.lines[row].distance(from: grid.lines[row].startIndex, to: grid.lines[row].range(of: "bridge")!.lowerBound)
        #expect(grid[row, col].role == .searchMatch, "\(dump(grid))")
        #expect(grid.lines[11].hasSuffix("1 line"))
    }
}
