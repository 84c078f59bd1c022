import ReaderState
import CNcursesw
import Glibc
import ReaderUI

/// Presents `ScreenGrid`s through ncursesw, writing only the cells that changed since the
/// last frame, then one `wnoutrefresh` + `doupdate` (two refreshes cost three times as
/// much and defeat ncurses' scroll optimisation).
///
/// It is also a `Screen`: views may draw into it directly and `flush` shows the result.
struct CursesScreen: Screen {
    private var pending: ScreenGrid
    private var shown: ScreenGrid?
    private var cursorVisible: Bool?
    /// Whether web addresses are written again as OSC 8 hyperlinks after each frame.
    let hyperlinks: Bool
    /// How roles look; replaced when the theme changes.
    var palette: Palette {
        didSet { invalidate() }
    }

    init(rows: Int, cols: Int, palette: Palette, hyperlinks: Bool) {
        pending = ScreenGrid(rows: rows, cols: cols)
        self.palette = palette
        self.hyperlinks = hyperlinks
    }

    var rows: Int { pending.rows }
    var cols: Int { pending.cols }

    mutating func clear() { pending.clear() }

    @discardableResult
    mutating func draw(_ text: String, row: Int, col: Int, maxWidth: Int?, role: Role, ellipsis: Bool) -> Int {
        pending.draw(text, row: row, col: col, maxWidth: maxWidth, role: role, ellipsis: ellipsis)
    }

    mutating func flush() { present(pending) }

    /// Forgets what is on screen, so the next frame rewrites every cell (Ctrl-L, resize).
    mutating func invalidate() {
        shown = nil
        clearok(lede_stdscr(), true)
    }

    /// Shows `grid`, writing only what differs from the last frame.
    mutating func present(_ grid: ScreenGrid) {
        let window = lede_stdscr()
        let previous = shown.flatMap { $0.rows == grid.rows && $0.cols == grid.cols ? $0 : nil }
        if previous == nil { werase(window) }
        for row in 0..<grid.rows {
            var col = 0
            while col < grid.cols {
                let cell = grid[row, col]
                let width = max(1, Int(cell.width))
                if cell.width > 0, changed(grid, previous, row: row, col: col, width: width) {
                    write(cell, row: row, col: col, window: window)
                }
                col += width
            }
        }
        let wantCursor = grid.cursor != nil
        if wantCursor != cursorVisible {
            curs_set(wantCursor ? 1 : 0)
            cursorVisible = wantCursor
        }
        if let cursor = grid.cursor { wmove(window, Int32(cursor.row), Int32(cursor.col)) }
        wnoutrefresh(window)
        doupdate()
        // Only when something changed: an unchanged frame still carries its hyperlinks.
        if hyperlinks, previous != grid {
            TerminalOutput.send(HyperlinkOutput.rewrite(grid, look: palette.sgr(for:), text: Self.shownText(of:)))
        }
        shown = grid
        pending = grid
    }

    private func changed(_ grid: ScreenGrid, _ previous: ScreenGrid?, row: Int, col: Int, width: Int) -> Bool {
        guard let previous else { return true }
        for offset in 0..<width where col + offset < grid.cols {
            if grid[row, col + offset] != previous[row, col + offset] { return true }
        }
        return false
    }

    /// Writes one cell's glyph. A glyph is one spacing code point plus zero-width marks,
    /// or a few spacing ones in a row; each spacing code point becomes one `cchar_t`.
    /// When glibc disagrees with lede about a code point's width (emoji newer than the
    /// C library, or a non-UTF-8 locale), `?` fills the glyph's columns instead, so the
    /// rest of the row stays where lede put it.
    private func write(_ cell: Cell, row: Int, col: Int, window: UnsafeMutablePointer<WINDOW>?) {
        let (attributes, pair) = palette.look(for: cell.role)
        wmove(window, Int32(row), Int32(col))
        for group in Self.shownGlyphs(of: cell) {
            var text = group.map { wchar_t(bitPattern: $0) }
            text.append(0)
            var character = cchar_t()
            lede_setcchar(&character, text, attributes, pair)
            wadd_wch(window, &character)
        }
    }

    /// What `write` puts on screen for `cell`: the code points of each `cchar_t`. ASCII
    /// stand-ins in a locale that is not UTF-8; `?` in each column of a glyph glibc
    /// measures differently.
    static func shownGlyphs(of cell: Cell) -> [[UInt32]] {
        if ASCIIFallback.isNeeded {
            return ASCIIFallback.text(for: cell.text, width: Int(cell.width)).utf8.map { [UInt32($0)] }
        }
        var groups: [[UInt32]] = []
        var agrees = true
        for scalar in cell.text.unicodeScalars {
            let expected = DisplayWidth.of(scalar: scalar)
            let actual = Int(lede_wcwidth(wchar_t(bitPattern: scalar.value)))
            if actual != expected { agrees = false }
            if expected > 0 || groups.isEmpty {
                groups.append([scalar.value])
            } else if groups[groups.count - 1].count < 5 {
                groups[groups.count - 1].append(scalar.value)
            }
        }
        if !agrees || groups.isEmpty {
            groups = Array(repeating: [UInt32(UInt8(ascii: "?"))], count: max(1, Int(cell.width)))
        }
        return groups
    }

    /// The same as text, for writing a cell again past curses.
    static func shownText(of cell: Cell) -> String {
        var text = ""
        for scalar in shownGlyphs(of: cell).joined() { text.unicodeScalars.append(Unicode.Scalar(scalar) ?? "?") }
        return text
    }
}
