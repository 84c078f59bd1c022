import ReaderState

/// A row and column on the screen.
public struct Position: Equatable, Sendable {
    public var row: Int
    public var col: Int

    public init(row: Int, col: Int) {
        self.row = row
        self.col = col
    }
}

/// An in-memory screen: views draw here, tests read it as text, and the backend copies
/// only the cells that changed since the last frame to the terminal (ratatui's Buffer).
public struct ScreenGrid: Equatable, Sendable {
    public let rows: Int
    public let cols: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (the search prompt), else hidden.
    public var cursor: Position?
    /// What the views drew where, in drawing order (panes before what lies in them), so a
    /// click is read off the frame on screen (see `target(at:)`).
    public internal(set) var targets: [TargetRegion] = []
    /// Web addresses as drawn, for the backend to make into terminal hyperlinks (OSC 8).
    public internal(set) var hyperlinks: [HyperlinkSpan] = []

    public init(rows: Int, cols: Int) {
        self.rows = max(0, rows)
        self.cols = max(0, cols)
        cells = Array(repeating: .blank, count: self.rows * self.cols)
    }

    public subscript(row: Int, col: Int) -> Cell { cells[row * cols + col] }

    /// Blanks every cell.
    public mutating func clear() {
        cells.withUnsafeMutableBufferPointer { $0.update(repeating: .blank) }
        cursor = nil
        targets.removeAll(keepingCapacity: true)
        hyperlinks.removeAll(keepingCapacity: true)
    }

    /// Draws `text` at `row`, `col` in at most `maxWidth` columns (to the right edge when
    /// nil), ending with `…` when it does not fit. Returns the columns used.
    @discardableResult
    public mutating func draw(_ text: String, row: Int, col: Int, maxWidth: Int? = nil, role: Role,
                              ellipsis: Bool = true) -> Int {
        guard row >= 0, row < rows, col >= 0, col < cols else { return 0 }
        let limit = min(maxWidth ?? cols - col, cols - col)
        guard limit > 0 else { return 0 }
        // Most text is ASCII: one pass over contiguous bytes, one cell per byte.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for byte in bytes where byte >= 0x80 { return nil }
            return drawASCII(bytes, row: row, col: col, limit: limit, role: role, ellipsis: ellipsis)
        }
        if let ascii, let used = ascii { return used }
        let reserve = ellipsis ? 1 : 0
        var used = 0
        var cut: Int?
        var rest: [Glyph] = []
        var restWidth = 0
        var overflow = false
        for character in text {
            let glyph = Glyph(character)
            if glyph.width == 0 { continue }
            if cut == nil {
                if used + glyph.width <= limit - reserve {
                    put(glyph.text, width: glyph.width, role: role, row: row, col: col + used)
                    used += glyph.width
                    continue
                }
                cut = used
            }
            rest.append(glyph)
            restWidth += glyph.width
            if used + restWidth > limit {
                overflow = true
                break
            }
        }
        guard cut != nil else { return used }
        if !overflow {
            for glyph in rest {
                put(glyph.text, width: glyph.width, role: role, row: row, col: col + used)
                used += glyph.width
            }
        } else if ellipsis {
            put("…", width: 1, role: role, row: row, col: col + used)
            used += 1
        }
        return used
    }

    /// Fills `width` columns from `col` with spaces in `role` (a selected row's bar).
    public mutating func fill(row: Int, col: Int, width: Int, role: Role) {
        guard row >= 0, row < rows else { return }
        let start = max(0, col)
        let end = min(cols, col + width)
        guard start < end else { return }
        releaseWideGlyphs(row: row, from: start, to: end)
        let space = Cell(code: 0x20, role: role, width: 1)
        let base = row * cols
        cells.withUnsafeMutableBufferPointer { buffer in
            for index in (base + start)..<(base + end) { buffer[index] = space }
        }
    }

    /// Gives the cells `col..<col+width` of `row` the role `role`, keeping their text
    /// (search matches inside a title).
    public mutating func restyle(row: Int, col: Int, width: Int, role: Role) {
        guard row >= 0, row < rows else { return }
        for column in max(0, col)..<max(max(0, col), min(cols, col + width)) { cells[row * cols + column].role = role }
    }

    /// The text of `row`, wide glyphs once, trailing spaces kept.
    public func text(row: Int) -> String {
        var line = ""
        for column in 0..<cols where cells[row * cols + column].width > 0 { line += cells[row * cols + column].text }
        return line
    }

    /// Every row as text with trailing spaces removed: what tests compare.
    public var lines: [String] {
        (0..<rows).map { row in
            var line = text(row: row)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The role of each column of `row`.
    public func roles(row: Int) -> [Role] { (0..<cols).map { cells[row * cols + $0].role } }

    private mutating func drawASCII(_ bytes: UnsafeBufferPointer<UInt8>, row: Int, col: Int, limit: Int, role: Role,
                                    ellipsis: Bool) -> Int {
        let count = bytes.count
        let shown = count <= limit ? count : (ellipsis ? limit - 1 : limit)
        let end = col + shown + (count > limit && ellipsis ? 1 : 0)
        guard end > col else { return 0 }
        releaseWideGlyphs(row: row, from: col, to: end)
        let base = row * cols + col
        cells.withUnsafeMutableBufferPointer { buffer in
            for offset in 0..<shown {
                let byte = bytes[offset]
                let printable = byte >= 0x20 && byte != 0x7F
                buffer[base + offset] = Cell(code: printable ? UInt32(byte) : 0x20, role: role, width: 1)
            }
            if count > limit && ellipsis { buffer[base + shown] = Cell(code: 0x2026, role: role, width: 1) }
        }
        return end - col
    }

    /// Writes one glyph, first blanking any wide glyph it would cut in half.
    private mutating func put(_ text: String, width: Int, role: Role, row: Int, col: Int) {
        let width = max(1, width)
        releaseWideGlyphs(row: row, from: col, to: col + width)
        let index = row * cols + col
        cells[index] = Cell(code: Cell.code(for: text), role: role, width: UInt8(width))
        for covered in 1..<width { cells[index + covered] = .covered(role: role) }
    }

    /// Before cells `from..<to` of `row` are overwritten: blanks the parts outside that
    /// range of any wide glyph crossing its edges, so no half glyph is left behind.
    private mutating func releaseWideGlyphs(row: Int, from: Int, to: Int) {
        let rowStart = row * cols
        let first = rowStart + from
        if cells[first].width == 0 {
            var owner = first - 1
            while owner > rowStart && cells[owner].width == 0 { owner -= 1 }
            for index in owner..<first { cells[index] = Cell(code: 0x20, role: cells[index].role, width: 1) }
        }
        var next = rowStart + min(to, cols)
        while next < rowStart + cols && cells[next].width == 0 {
            cells[next] = Cell(code: 0x20, role: cells[next].role, width: 1)
            next += 1
        }
    }
}

/// Somewhere views can draw: size, styled text at a place, clear, flush. The grid is the
/// implementation views use; a terminal backend presents a grid on `flush`.
public protocol Screen {
    var rows: Int { get }
    var cols: Int { get }
    mutating func clear()
    @discardableResult
    mutating func draw(_ text: String, row: Int, col: Int, maxWidth: Int?, role: Role, ellipsis: Bool) -> Int
    mutating func flush()
}

extension ScreenGrid: Screen {
    /// Nothing to do: the grid is the screen.
    public mutating func flush() {}
}
