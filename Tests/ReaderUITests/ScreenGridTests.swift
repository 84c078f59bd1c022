import CorpusStore
import Testing
@testable import ReaderUI

@Suite struct ScreenGridTests {
    @Test func aWideGlyphOwnsTheNextCell() {
        var grid = ScreenGrid(rows: 1, cols: 6)
        grid.draw("a日b", row: 0, col: 0, role: .articleBody)
        #expect(grid[0, 1].text == "日")
        #expect(grid[0, 1].width == 2)
        #expect(grid[0, 2].width == 0)
        #expect(grid[0, 3].text == "b")
        #expect(grid.lines == ["a日b"])
    }

    @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var grid = ScreenGrid(rows: 1, cols: 6)
        grid.draw("日本", row: 0, col: 0, role: .plain)
        grid.draw("x", row: 0, col: 1, role: .plain)
        #expect(grid.lines == [" x本"])
        grid.draw("y", row: 0, col: 2, role: .plain)
        #expect(grid.lines == [" xy"])
        #expect(grid[0, 3].width == 1, "the covered cell of 本 became a space")
    }

    @Test func aWideGlyphThatWouldCrossTheEdgeIsNotDrawn() {
        var grid = ScreenGrid(rows: 1, cols: 4)
        let used = grid.draw("abc日", row: 0, col: 0, role: .plain, ellipsis: false)
        #expect(used == 3)
        #expect(grid.lines == ["abc"])
        #expect(grid[0, 3] == .blank)
        var clipped = ScreenGrid(rows: 1, cols: 4)
        clipped.draw("日本語", row: 0, col: 0, role: .plain)
        #expect(clipped.lines == ["日…"])
        #expect(clipped[0, 3].width == 1)
    }

    @Test func drawingRespectsMaxWidthAndEllipsis() {
        var grid = ScreenGrid(rows: 2, cols: 10)
        #expect(grid.draw("abcdefgh", row: 0, col: 2, maxWidth: 4, role: .plain) == 4)
        #expect(grid.lines[0] == "  abc…")
        #expect(grid.draw("abcd", row: 1, col: 8, role: .plain) == 2)
        #expect(grid.lines[1] == "        a…")
    }

    @Test func outOfRangeDrawsAreIgnored() {
        var grid = ScreenGrid(rows: 1, cols: 1)
        #expect(grid.draw("x", row: 1, col: 0, role: .plain) == 0)
        #expect(grid.draw("x", row: 0, col: 1, role: .plain) == 0)
        #expect(grid.draw("x", row: -1, col: 0, role: .plain) == 0)
        grid.fill(row: 0, col: -3, width: 10, role: .header)
        #expect(grid[0, 0].role == .header)
        var empty = ScreenGrid(rows: 0, cols: 0)
        #expect(empty.draw("x", row: 0, col: 0, role: .plain) == 0)
        #expect(empty.lines == [])
    }

    @Test func emojiAreNormalisedWhenDrawn() {
        var grid = ScreenGrid(rows: 1, cols: 12)
        grid.draw("👍🏽|🇺🇸|👨‍👩‍👧|", row: 0, col: 0, role: .plain)
        #expect(grid.lines == ["👍|US|👨|"])
        #expect(grid[0, 2].text == "|")
    }

    @Test func restyleKeepsText() {
        var grid = ScreenGrid(rows: 1, cols: 5)
        grid.draw("hello", row: 0, col: 0, role: .listRow)
        grid.restyle(row: 0, col: 1, width: 2, role: .searchMatch)
        #expect(grid.roles(row: 0) == [.listRow, .searchMatch, .searchMatch, .listRow, .listRow])
        #expect(grid.lines == ["hello"])
    }
}
