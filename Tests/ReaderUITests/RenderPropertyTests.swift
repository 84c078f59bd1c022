import ArticleParsing
import ReaderState
import ReaderUI
import Testing

/// For random strings of every awkward kind, drawn at random widths and places: a row never
/// holds more columns than the grid has, a wide glyph is never split, and no control
/// character reaches a cell.
struct RenderPropertyTests {
    static let pieces: [String] = [
        "plain ascii", "東京で会議", "한국어", "résumé", "e\u{301}", "a\u{308}\u{323}", "👍🏽", "👨‍👩‍👧‍👦", "🇺🇸", "🏳️‍🌈", "1️⃣",
        "\t", "\r", "\n", "\u{1B}[31m", "\u{1B}]0;title\u{07}", "\u{07}", "\u{0}", "\u{7F}", "\u{9B}2J", "\u{202E}", "\u{2066}",
        "\u{200D}", "\u{FE0F}", "\u{FEFF}", "ｆｕｌｌ", "…", "—", "\u{0301}", "x", " ", "🎉🎉", "Ω", "\u{E000}", "\u{10FFFF}",
    ]

    static func randomString(_ random: inout SplitMix) -> String {
        (0..<random.next(12)).map { _ in pieces[random.next(pieces.count)] }.joined()
    }

    @Test func rowsNeverOverflowSplitWideGlyphsOrHoldControls() {
        var random = SplitMix(seed: 2026)
        for _ in 0..<3000 {
            let cols = random.next(40) + 1
            let rows = random.next(3) + 1
            var grid = ScreenGrid(rows: rows, cols: cols)
            for _ in 0..<random.next(4) + 1 {
                let text = Self.randomString(&random)
                let col = random.next(cols + 2) - 1
                let maxWidth = random.next(3) == 0 ? nil : random.next(cols + 3) - 1
                grid.draw(text, row: random.next(rows), col: col, maxWidth: maxWidth, role: .articleBody,
                          ellipsis: random.next(2) == 0)
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

/// SplitMix64, so a failure reproduces from its seed.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        mixed ^= mixed >> 31
        return Int(mixed % UInt64(max(1, bound)))
    }
}
