import ReaderUI

/// Makes the web addresses on screen into terminal hyperlinks (OSC 8), which curses cannot
/// put in a cell: after curses has drawn a frame, the cells of each `HyperlinkSpan` are
/// written again, in the same place, look and text, between OSC 8's opening and closing
/// sequences. The screen then holds what curses believes it holds, and the terminal knows
/// which address those cells stand for, however the address is wrapped.
///
/// The whole rewrite sits between DECSC and DECRC (`ESC 7` … `ESC 8`), which put back the
/// cursor and the attributes curses left, so curses' idea of both stays true too.
enum HyperlinkOutput {
    static func open(_ url: String) -> String { "\u{1B}]8;;" + url + "\u{1B}\\" }
    static let close = "\u{1B}]8;;\u{1B}\\"

    /// The bytes that rewrite `grid`'s hyperlink spans; empty when it has none. `look`
    /// gives a role's SGR sequence and `text` what curses wrote for a cell.
    static func rewrite(_ grid: ScreenGrid, look: (Role) -> String, text: (Cell) -> String) -> [UInt8] {
        guard !grid.hyperlinks.isEmpty else { return [] }
        var output = "\u{1B}7"
        for span in grid.hyperlinks where span.row < grid.rows && span.col + span.width <= grid.cols {
            output += "\u{1B}[\(span.row + 1);\(span.col + 1)H" + open(span.url)
            var role: Role?
            for col in span.col..<(span.col + span.width) {
                let cell = grid[span.row, col]
                guard cell.width > 0 else { continue }
                if cell.role != role {
                    output += look(cell.role)
                    role = cell.role
                }
                output += text(cell)
            }
            output += close
        }
        return Array((output + "\u{1B}8").utf8)
    }
}
