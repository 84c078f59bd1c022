import ReaderState
import CorpusStore
import Testing
@testable import ReaderUI
import TestSupport

/// Help, split and narrow layouts, tiny terminals, and wide characters lining up.
@Suite struct LayoutRenderTests {
    @Test func helpIsGeneratedFromTheCommandTable() {
        var state = Fixtures.state(rows: 10, cols: 60)
        press(&state, .character("?"))
        let grid = render(state)
        #expect(grid.lines == [
            " lede · fixture  4 articles · 4 unread · by date · 1 linked",
            " lede — keys",
            "",
            " Moving",
            "   j ↓               Next article; scroll down a line",
            "   k ↑               Previous article; scroll up a line",
            "   PgDn Space        Page down",
            "   PgUp b (article)  Page up",
            "   g Home            Go to the top",
            " q close                                                 Top",
        ], "\(dump(grid))")
        #expect(grid[4, 3].role == .helpKey)
        #expect(grid[4, 21].role == .helpText)
    }

    @Test func helpListsEveryCommandWhenScrolledThrough() {
        var state = Fixtures.state(rows: 200, cols: 100)
        press(&state, .character("?"))
        let text = render(state).lines.joined(separator: "\n")
        for info in CommandTable.all {
            let label = Keymap.standard.label(for: info.command)
            #expect(text.contains(label + String(repeating: " ", count: HelpDocument.keysColumnWidth - DisplayWidth.of(label)) + info.scopedHelp))
        }
    }

    @Test func wideTerminalsShowListAndArticleSideBySide() {
        var state = Fixtures.state(rows: 8, cols: 160)
        var grid = render(state)
        #expect(grid.lines == [
            " lede · fixture                                                                                                      4 articles · 4 unread · by date · 1 linked",
            "N 2024-03-05  Daily Riv…  River levels rise after storm         │ River levels rise after storm",
            "N 2024-03-04  Lake Times  Lake report                           │ 2024-03-05 · Daily River · river.txt",
            "N 2024-03-03  日本新聞    東京の天気予報                        │",
            "N 2024-03-02  Emoji Wire  Emoji 👍 news US today                │ Rivers rose fast overnight.",
            "                                                                │",
            "                                                                │ The river rose two metres in a night.",
            " Enter open  / search  ? help  q quit                                                                                                                        1/4",
        ], "\(dump(grid))")
        #expect(grid[1, 64].role == .border)
        press(&state, .down)
        grid = render(state)
        #expect(grid.lines[1].hasSuffix("│ Lake report"), "the preview follows the selection")
        press(&state, .enter, .character("v"))
        grid = render(state)
        #expect(grid.lines[1] == " Lake report", "toggled to one view at a time")
    }

    @Test func narrowTerminalShowsOneViewAndDropsColumns() {
        var state = Fixtures.state(rows: 5, cols: 20)
        #expect(render(state).lines == [
            " lede · fixture",
            "N River levels ris…",
            "N Lake report",
            "N 東京の天気予報",
            " Enter open  / … 1/4",
        ])
        press(&state, .enter)
        #expect(render(state).lines == [
            " lede · fixture",
            " River levels rise",
            " after storm",
            " 2024-03-05 · Daily",
            " 1–9 link  Back… Top",
        ])
    }

    @Test(arguments: [(1, 1), (0, 0), (1, 40), (2, 2), (3, 1), (2, 10), (5, 3), (40, 1)])
    func tinyTerminalsRenderEveryViewWithoutTrapping(rows: Int, cols: Int) {
        var state = Fixtures.state(rows: rows, cols: cols)
        var grids = [render(state)]
        press(&state, .enter)
        grids.append(render(state))
        press(&state, .character("2"))
        grids.append(render(state))
        press(&state, .character("?"))
        grids.append(render(state))
        press(&state, .character("q"), .character("q"), .character("/"), .character("日"))
        grids.append(render(state))
        for grid in grids {
            #expect(grid.rows == rows && grid.cols == cols)
            for line in grid.lines { #expect(DisplayWidth.of(line) <= cols) }
        }
    }

    @Test func oneRowShowsTheStatusLine() {
        let grid = render(Fixtures.state(rows: 1, cols: 40))
        #expect(grid.lines == [" Enter open  / search  ? help  q qu… 1/4"])
    }

    @Test func cjkAndEmojiKeepTheColumnsAligned() {
        let grid = render(Fixtures.state(rows: 8, cols: 70))
        let titleColumn = 2 + 10 + 2 + 11 + 2
        #expect(grid[1, titleColumn].text == "R")
        #expect(grid[2, titleColumn].text == "L")
        #expect(grid[3, titleColumn].text == "東")
        #expect(grid[4, titleColumn].text == "E")
        #expect(grid[3, 14].text == "日", "provider column")
        #expect(grid[4, titleColumn + 6].text == "👍")
        #expect(grid[4, titleColumn + 7].width == 0)
        #expect(grid[4, titleColumn + 9].text == "n", "after the 2-column emoji")
        #expect(grid[4, titleColumn + 14].text == "US", "a flag is drawn as its two letters, one 2-column glyph")
    }

    @Test(arguments: [9, 10, 11, 12, 13])
    func cjkTitlesAreCutOnGlyphBoundariesAtNarrowWidths(cols: Int) {
        var state = Fixtures.state(rows: 6, cols: cols)
        press(&state, .down, .down)
        let grid = render(state)
        let row = grid.lines[3]
        #expect(row.hasPrefix("N 東"))
        #expect(row.hasSuffix("…"))
        #expect(DisplayWidth.of(row) <= cols - 1)
        for col in 0..<cols where grid[3, col].width == 2 { #expect(col + 1 < cols) }
    }

    @Test func renderingIntoAReusedGridMatchesAFreshOne() {
        var state = Fixtures.state(rows: 8, cols: 70)
        var grid = ScreenGrid(rows: 3, cols: 3)
        render(state, into: &grid)
        #expect(grid == render(state))
        press(&state, .enter)
        render(state, into: &grid)
        #expect(grid == render(state))
    }
}
