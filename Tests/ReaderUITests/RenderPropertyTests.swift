import ArticleParsing
import CorpusStore
import CorpusGenerator
import ReaderState
import ReaderUI
import Testing

/// For random strings of every awkward kind, drawn at random widths and places: a row never
/// holds more columns than the grid has, a wide glyph is never split, and no control
/// character reaches a cell.
@Suite(.timeLimit(.minutes(3)))
struct RenderPropertyTests {
    static let pieces: [String] = [
        "plain ascii", "東京で会議", "한국어", "résumé", "e\u{301}", "a\u{308}\u{323}", "👍🏽", "👨‍👩‍👧‍👦", "🇺🇸", "🏳️‍🌈", "1️⃣",
        "\t", "\r", "\n", "\u{1B}[31m", "\u{1B}]0;title\u{07}", "\u{07}", "\u{0}", "\u{7F}", "\u{9B}2J", "\u{202E}", "\u{2066}",
        "\u{200D}", "\u{FE0F}", "\u{FEFF}", "ｆｕｌｌ", "…", "—", "\u{0301}", "x", " ", "🎉🎉", "Ω", "\u{E000}", "\u{10FFFF}",
    ]

    static func randomString(_ random: inout SplitMix64) -> String {
        (0..<random.int(below: 12)).map { _ in pieces[random.int(below: pieces.count)] }.joined()
    }

    @Test func rowsNeverOverflowSplitWideGlyphsOrHoldControls() {
        var random = SplitMix64(seed: 2026)
        for _ in 0..<3000 {
            let cols = random.int(below: 40) + 1
            let rows = random.int(below: 3) + 1
            var grid = ScreenGrid(rows: rows, cols: cols)
            for _ in 0..<random.int(below: 4) + 1 {
                let text = Self.randomString(&random)
                let col = random.int(below: cols + 2) - 1
                let maxWidth = random.int(below: 3) == 0 ? nil : random.int(below: cols + 3) - 1
                grid.draw(text, row: random.int(below: rows), col: col, maxWidth: maxWidth, role: .articleBody,
                          ellipsis: random.int(below: 2) == 0)
            }
            check(grid)
        }
    }

    @Test func statusTextFromFilesIsCleaned() {
        let status = StatusMessage("bad \u{1B}[2J file \u{9B}1m name\u{202E}")
        #expect(!TextSanitizer.needsCleaning(status.text))
    }

    func check(_ grid: ScreenGrid) {
        for row in 0..<grid.rows {
            var columns = 0
            var col = 0
            while col < grid.cols {
                let cell = grid[row, col]
                #expect(cell.width <= 2)
                if cell.width == 0 {
                    Issue.record("row \(row) col \(col): a covered cell without its glyph before it")
                    col += 1
                    continue
                }
                if cell.width == 2 {
                    #expect(col + 1 < grid.cols, "wide glyph split at the right edge, row \(row)")
                    if col + 1 < grid.cols { #expect(grid[row, col + 1].width == 0) }
                }
                for scalar in cell.text.unicodeScalars {
                    let value = scalar.value
                    let isControl = value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                        || (0x2066...0x2069).contains(value)
                    #expect(!isControl, "control U+\(String(value, radix: 16)) in row \(row)")
                }
                columns += Int(cell.width)
                col += Int(cell.width)
            }
            #expect(columns <= grid.cols)
            #expect(DisplayWidth.of(grid.text(row: row)) <= grid.cols, "row \(row) is wider than the grid")
        }
    }
}
