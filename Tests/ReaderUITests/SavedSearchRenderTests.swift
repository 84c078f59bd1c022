import ArticleParsing
import CorpusStore
@testable import ReaderState
import ReaderUI
import Testing

/// The saved searches browser and the name prompt, as whole screens.
struct SavedSearchRenderTests {
    @Test func theBrowserShowsEachSearchWithItsCountsAndItsHints() {
        let saved = [SavedSearch(name: "Filler news", levels: [.query("filler")]),
                     SavedSearch(name: "About the river", levels: [.query("river")])]
        var state = State(corpus: Fixtures.corpus(fillers: 3), rows: 10, cols: 80, savedSearches: saved)
        press(&state, .character("F"))
        let lines = screenLines(render(state))
        #expect(lines[1].hasPrefix(" Saved searches, counted in all articles — Enter opens one"))
        #expect(lines[2].hasPrefix(" About the river") && lines[2].hasSuffix("1 · 1 unread"), "\(lines[2])")
        #expect(lines[3].hasPrefix(" Filler news") && lines[3].hasSuffix("3 · 3 unread"), "\(lines[3])")
        #expect(lines[9].contains("Enter open") && lines[9].contains("d delete") && lines[9].contains("q close"), "\(lines[9])")
        #expect(lines[9].hasSuffix("1/2"))
    }

    @Test func theNamePromptShowsTheNameWithTheCursorAfterIt() {
        var state = Fixtures.state(rows: 10, cols: 80)
        press(&state, .character("/"))
        for character in "alpha" { press(&state, .character(character)) }
        press(&state, .enter, .character("w"))
        let grid = render(state)
        let bottom = screenLines(grid)[9]
        #expect(bottom.hasPrefix("Save search as: alpha"), "\(bottom)")
        #expect(bottom.hasSuffix("Enter saves · Esc cancels"))
        #expect(grid.cursor == Position(row: 9, col: 21))
    }
}

/// The screen's rows as text, without `dump`'s row numbers and edges.
private func screenLines(_ grid: ScreenGrid) -> [String] {
    dump(grid).split(separator: "\n", omittingEmptySubsequences: false).map { line in
        guard let open = line.firstIndex(of: "|"), let close = line.lastIndex(of: "|"), open < close else { return "" }
        return String(line[line.index(after: open)..<close])
    }
}
