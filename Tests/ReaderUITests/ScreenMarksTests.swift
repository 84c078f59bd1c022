import ArticleParsing
import CorpusStore
import ReaderState
import Testing
@testable import ReaderUI

/// What the renderer marks beside the text: the targets clicks are read from, and the
/// hyperlink spans the backend wraps in OSC 8. Each is checked against the drawn text.
@Suite struct ScreenMarksTests {
    /// The cells the spans cover, as (row, column) pairs, and their text joined.
    private func covered(_ grid: ScreenGrid) -> (cells: Set<[Int]>, text: String) {
        var cells: Set<[Int]> = []
        var text = ""
        for span in grid.hyperlinks {
            for col in span.col..<(span.col + span.width) {
                cells.insert([span.row, col])
                text += grid[span.row, col].text
            }
        }
        return (cells, text)
    }

    /// Every cell showing a character of the `.url` lines' text, found by reading the screen.
    private func urlCells(_ grid: ScreenGrid, _ state: State) -> Set<[Int]> {
        var cells: Set<[Int]> = []
        guard let document = state.document else { return cells }
        let rect = state.layout.reader
        for (index, line) in document.lines.enumerated() where line.kind == .url {
            let row = rect.row + index - state.top.scroll
            guard row >= rect.row, row < rect.row + rect.rows else { continue }
            let text = grid.text(row: row)
            guard let range = text.range(of: line.text) else { continue }
            let start = text.distance(from: text.startIndex, to: range.lowerBound)
            for offset in 0..<line.text.count { cells.insert([row, start + offset]) }
        }
        return cells
    }

    @Test func theAddressLineIsOneHyperlinkOverExactlyItsCells() {
        var state = Fixtures.state(rows: 24, cols: 70)
        press(&state, .enter)
        let grid = render(state)
        #expect(grid.hyperlinks.map(\.url) == ["https://river.example/levels"], "\(dump(grid))")
        let (cells, text) = covered(grid)
        #expect(text == "https://river.example/levels")
        #expect(cells == urlCells(grid, state))
        #expect(cells.count == text.count)
    }

    @Test func aRelatedCardsAddressIsAHyperlinkToo() {
        var state = Fixtures.state(rows: 24, cols: 70)
        press(&state, .enter, .character("2"))
        #expect(state.top.view == .relatedCard(article: 0, related: 1))
        let grid = render(state)
        #expect(grid.hyperlinks.map(\.url) == ["https://weather.example/outlook"], "\(dump(grid))")
        #expect(covered(grid).cells == urlCells(grid, state))
    }

    @Test func aWrappedAddressIsMarkedOnEveryLineWithTheWholeAddress() {
        let url = "https://news.example/" + (1...12).map { "section-\($0)" }.joined(separator: "/") + "?ref=wrap"
        let article = Article(id: "long.txt", path: "/c/long.txt", format: .card, title: "Long address",
                              urls: ArticleURLs(web: url), body: ["Text."])
        var state = State(corpus: Corpus(name: "c", articles: [article]), rows: 24, cols: 40)
        press(&state, .enter)
        let grid = render(state)
        #expect(grid.hyperlinks.count > 3, "\(dump(grid))")
        #expect(Set(grid.hyperlinks.map(\.url)) == [url])
        #expect(Set(grid.hyperlinks.map(\.row)).count == grid.hyperlinks.count, "one span per line")
        let (cells, text) = covered(grid)
        #expect(text == url, "the spans' cells spell the address, in order")
        #expect(cells == urlCells(grid, state))
    }

    @Test func anAddressScrolledPartlyOutOfViewIsMarkedOnlyWhereShown() {
        let url = "https://news.example/" + String(repeating: "abcdefghij", count: 10)
        let article = Article(id: "long.txt", path: "/c/long.txt", format: .card, title: "Long address",
                              urls: ArticleURLs(web: url), body: ["Text."])
        var state = State(corpus: Corpus(name: "c", articles: [article]), rows: 8, cols: 40)
        press(&state, .enter, .end)
        let grid = render(state)
        #expect(!grid.hyperlinks.isEmpty)
        #expect(covered(grid).cells == urlCells(grid, state))
        #expect(grid.hyperlinks.allSatisfy { $0.row >= state.layout.reader.row && $0.url == url })
    }

    @Test func controlsInAnAddressNeverReachTheSequence() throws {
        let hostile = "https://x.example/a\u{1B}]8;;evil\u{1B}\\b\u{07}c d\u{9B}é"
        let safe = try #require(HyperlinkAddress.sanitized(hostile))
        #expect(safe.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F })
        #expect(safe == "https://x.example/a%1B]8;;evil%1B\\b%07c%20d%C2%9B%C3%A9")
        #expect(HyperlinkAddress.sanitized("") == nil)
        #expect(HyperlinkAddress.sanitized("https://x.example/" + String(repeating: "a", count: 3000)) == nil)
    }

    @Test func listRowsLinksAndPanesAreMarkedWhereTheyAreDrawn() {
        var state = Fixtures.state(rows: 30, cols: 180, fillers: 40)
        press(&state, .end)
        let grid = render(state)
        let layout = state.layout
        let scroll = state.stack[0].scroll
        #expect(scroll > 0)
        for row in layout.list.row..<(layout.list.row + layout.list.rows) {
            #expect(grid.target(at: Position(row: row, col: 5)) == .listRow(scroll + row - layout.list.row))
        }
        #expect(grid.target(at: Position(row: layout.list.row, col: layout.reader.col + 1)) == .readerPane)
        #expect(grid.target(at: Position(row: 0, col: 3)) == nil, "the header does nothing")
        state = Fixtures.state(rows: 30, cols: 180)
        let preview = render(state)
        let linkRow = try! #require(preview.lines.firstIndex { $0.contains("[2] Storm outlook") })
        let linkCol = layout.reader.col + 1
        #expect(preview.target(at: Position(row: linkRow, col: linkCol)) == .link(1))
        #expect(preview.target(at: Position(row: linkRow + 1, col: linkCol + 6)) == .link(1), "its meta line too")
        #expect(preview.target(at: Position(row: linkRow + 1, col: layout.cols - 1)) == .readerPane, "past its text")
    }

    @Test func eachHintIsMarkedOverItsOwnText() {
        let grid = render(Fixtures.state(rows: 8, cols: 70))
        let line = grid.lines[7]
        for (text, command) in [("Enter open", Command.open), ("/ search", .search), ("? help", .help), ("q quit", .close)] {
            let start = line.distance(from: line.startIndex, to: line.range(of: text)!.lowerBound)
            for col in start..<(start + text.count) {
                #expect(grid.target(at: Position(row: 7, col: col)) == .hint(command), "\(text) at \(col)")
            }
            #expect(grid.target(at: Position(row: 7, col: start + text.count)) != .hint(command))
        }
        #expect(grid.target(at: Position(row: 7, col: 68)) == nil, "the position on the right is no hint")
    }

    @Test func helpAndFacetBrowsersCoverTheListTheyHide() {
        var state = Fixtures.state(rows: 12, cols: 70)
        press(&state, .character("?"))
        var grid = render(state)
        #expect(grid.target(at: Position(row: 2, col: 5)) == .overlayPane)
        press(&state, .character("?"), .character("p"))
        grid = render(state)
        #expect(grid.target(at: Position(row: 2, col: 5)) == .browserRow(0))
        #expect(grid.target(at: Position(row: 3, col: 5)) == .browserRow(1))
        #expect(!grid.targets.contains { if case .listRow = $0.target { return true } else { return false } })
    }
}
