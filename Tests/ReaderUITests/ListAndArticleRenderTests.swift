import ReaderState
import CorpusStore
import Testing
@testable import ReaderUI
import TestSupport

/// Whole screens as text, the way a person sees them.
@Suite struct ListAndArticleRenderTests {
    /// The fixture article's related links as the article view draws them.
    static let relatedSection = [
        " Related",
        " [1] Lake report",
        "     Lake Times · in the corpus",
        " [2] Storm outlook for the week",
        "     Weather Desk · 2024-03-01 · not in the corpus",
    ]

    @Test func listShowsNewestFirstWithDateProviderTitleHeaderAndHints() {
        let grid = render(Fixtures.state(rows: 8, cols: 70))
        #expect(grid.lines == [
            " lede · fixture            4 articles · 4 unread · by date · 1 linked",
            "N 2024-03-05  Daily River  River levels rise after storm",
            "N 2024-03-04  Lake Times   Lake report",
            "N 2024-03-03  日本新聞     東京の天気予報",
            "N 2024-03-02  Emoji Wire   Emoji 👍 news US today",
            "",
            "",
            " Enter open  / search  ? help  q quit                              1/4",
        ], "\(dump(grid))")
    }

    @Test func selectedRowIsHighlightedAcrossTheWidthAndReadRowsLoseTheirMark() {
        var state = Fixtures.state(rows: 8, cols: 70)
        press(&state, .down)
        var grid = render(state)
        #expect(grid.roles(row: 2).allSatisfy { $0 == .listSelected })
        #expect(grid[1, 0].role == .listUnread)
        #expect(grid[1, 14].role == .listProvider)
        press(&state, .enter, .character("q"))
        grid = render(state)
        #expect(grid.lines[2].hasPrefix("  2024-03-04"))
        #expect(grid.lines[0].contains("3 unread"))
    }

    @Test func articleShowsTitleMetaExcerptBodyTopicsURLAndNumberedRelatedLinks() {
        var state = Fixtures.state(rows: 22, cols: 70)
        press(&state, .enter)
        let grid = render(state)
        #expect(grid.lines == [
            " lede · fixture            4 articles · 3 unread · by date · 1 linked",
            " River levels rise after storm",
            " 2024-03-05 · Daily River · river.txt",
            "",
            " Rivers rose fast overnight.",
            "",
            " The river rose two metres in a night.",
            "",
            " Roads were closed near the bridge.",
            "",
            " Topics: Weather · Rivers",
            "",
            " https://river.example/levels",
            "",
        ] + Self.relatedSection + [
            "",
            "",
            " 1–9 link  Backspace back  o browser  ? help  q close              All",
        ], "\(dump(grid))")
        #expect(grid[1, 1].role == .articleTitle)
        #expect(grid[2, 1].role == .articleMeta)
        #expect(grid[4, 1].role == .articleExcerpt)
        #expect(grid[6, 1].role == .articleBody)
        #expect(grid[10, 1].role == .topic)
        #expect(grid[12, 1].role == .link)
        #expect(grid[15, 1].role == .link)
        #expect(grid[17, 1].role == .linkMissing)
    }

    @Test func articleScrollsAndTheStatusSaysWhere() {
        var state = Fixtures.state(rows: 8, cols: 70)
        press(&state, .enter)
        #expect(render(state).lines[7].hasSuffix("Top"))
        press(&state, .down)
        #expect(render(state).lines[7].hasSuffix("%"))
        press(&state, .character("G"))
        let grid = render(state)
        #expect(grid.lines == [
            " lede · fixture            4 articles · 3 unread · by date · 1 linked",
            "",
        ] + Self.relatedSection + [
            " 1–9 link  Backspace back  o browser  ? help  q close              Bot",
        ], "\(dump(grid))")
    }

    @Test func focusedAndVisitedLinksHaveTheirOwnRoles() {
        var state = Fixtures.state(rows: 22, cols: 70)
        press(&state, .enter, .tab)
        var grid = render(state)
        #expect(grid[15, 1].role == .linkFocused)
        #expect(grid[17, 1].role == .linkMissing)
        press(&state, .tab, .enter, .backspace)
        grid = render(state)
        #expect(grid[17, 1].role == .linkFocused)
        press(&state, .tab)
        grid = render(state)
        #expect(grid[17, 1].role == .linkVisited, "card 2 was visited")
        #expect(grid[15, 1].role == .linkFocused)
    }

    @Test func relatedCardIsMarkedAsNotInTheCorpus() {
        var state = Fixtures.state(rows: 10, cols: 70)
        press(&state, .enter, .character("2"))
        let grid = render(state)
        #expect(grid.lines == [
            " lede · fixture            4 articles · 3 unread · by date · 1 linked",
            " Storm outlook for the week",
            " Related card · not in the corpus",
            " 2024-03-01 · Weather Desk",
            " Linked from: River levels rise after storm",
            "",
            " More rain is expected.",
            "",
            " https://weather.example/outlook",
            " Backspace back  o browser  ? help  q close                        All",
        ], "\(dump(grid))")
        #expect(grid[2, 1].role == .linkMissing)
    }

    @Test func followingALinkToACorpusArticleShowsThatArticle() {
        var state = Fixtures.state(rows: 10, cols: 70)
        press(&state, .enter, .character("1"))
        let grid = render(state)
        #expect(grid.lines[1] == " Lake report")
        #expect(grid.lines[2] == " 2024-03-04 · Lake Times · lake.txt")
    }

    @Test func searchPromptShowsTheQueryCursorCountAndHighlightsMatches() {
        var state = Fixtures.state(rows: 6, cols: 60)
        press(&state, .character("/"))
        let empty = render(state)
        #expect(empty.lines[5] == "/                type to search · Enter keeps · Esc cancels")
        for character in "LEVELS" { press(&state, .character(character)) }
        let grid = render(state)
        #expect(grid.lines[5] == "/LEVELS                                            1 result")
        #expect(grid.cursor == Position(row: 5, col: 7))
        let titleColumn = 2 + 10 + 2 + 10 + 2
        #expect(grid[1, titleColumn + 6].role == .searchMatch, "“levels” in the first title")
        #expect(grid[1, titleColumn + 11].role == .searchMatch)
        #expect(grid[1, titleColumn + 12].role == .listSelected)
        press(&state, .character("x"))
        #expect(render(state)[5, 56].role == .statusError, "no match is shown as an error")
        press(&state, .escape)
        #expect(render(state).cursor == nil)
    }

    @Test func statusMessagesReplaceTheHints() {
        var state = Fixtures.state(rows: 5, cols: 60)
        press(&state, .character("n"))
        let grid = render(state)
        #expect(grid.lines[4].hasPrefix(" No search yet — press / to search"))
        #expect(grid[4, 1].role == .statusError)
    }

    @Test func loadingScreenAppearsBeforeTheCorpus() {
        var state = State(rows: 5, cols: 40, loading: true)
        _ = reduce(&state, .loadProgressed(done: 3, total: 10))
        #expect(render(state).lines == [
            " lede                      loading 3/10",
            "",
            "       Loading articles… 3 of 10",
            "",
            " Enter open  / search  ? help  q quit",
        ])
    }
}
