import ReaderState

/// A rectangle of the screen and what it shows, for hit-testing.
public struct TargetRegion: Equatable, Sendable {
    public var rect: ScreenLayout.Rect
    public var target: ScreenTarget

    public func contains(_ position: Position) -> Bool {
        position.row >= rect.row && position.row < rect.row + rect.rows
            && position.col >= rect.col && position.col < rect.col + rect.cols
    }
}

/// Cells of one row that show (part of) a web address: the backend writes them again
/// wrapped in OSC 8, so the terminal can open or copy the whole address even when it is
/// wrapped over several lines.
public struct HyperlinkSpan: Equatable, Sendable {
    public var row: Int
    public var col: Int
    public var width: Int
    /// The address, already safe to put in an escape sequence (`HyperlinkAddress`).
    public var url: String
}

/// The marks views leave on a grid beside the text: targets and hyperlinks.
extension ScreenGrid {
    /// Marks `rect` (clipped to the grid) as showing `target`.
    public mutating func mark(_ target: ScreenTarget, in rect: ScreenLayout.Rect) {
        let top = max(0, rect.row)
        let left = max(0, rect.col)
        let rows = min(self.rows, rect.row + rect.rows) - top
        let cols = min(self.cols, rect.col + rect.cols) - left
        guard rows > 0, cols > 0 else { return }
        targets.append(TargetRegion(rect: ScreenLayout.Rect(row: top, col: left, rows: rows, cols: cols), target: target))
    }

    /// Marks `width` cells of `row` from `col` as showing `target`.
    public mutating func mark(_ target: ScreenTarget, row: Int, col: Int, width: Int) {
        mark(target, in: ScreenLayout.Rect(row: row, col: col, rows: 1, cols: width))
    }

    /// What is drawn at `position`: the innermost mark there (a row rather than its pane).
    public func target(at position: Position) -> ScreenTarget? {
        targets.last { $0.contains(position) }?.target
    }

    /// Marks `width` cells of `row` from `col` as showing part of the address `url`. An
    /// address that cannot be made safe is left as plain text.
    public mutating func markHyperlink(_ url: String, row: Int, col: Int, width: Int) {
        guard let safe = HyperlinkAddress.sanitized(url), row >= 0, row < rows, col >= 0 else { return }
        let width = min(width, cols - col)
        guard width > 0 else { return }
        hyperlinks.append(HyperlinkSpan(row: row, col: col, width: width, url: safe))
    }
}

/// Makes an address from a file safe to send inside OSC 8.
public enum HyperlinkAddress {
    /// Terminals drop longer addresses (VTE and kitty stop near 2,000 bytes).
    public static let longest = 2048

    /// `url` with every byte outside printable ASCII percent-encoded, as URIs expect, so
    /// no control byte (ESC, BEL, C1) from a file can end the sequence early. Nil when
    /// empty or too long.
    public static func sanitized(_ url: String) -> String? {
        var safe = ""
        for byte in url.utf8 {
            if byte > 0x20 && byte < 0x7F {
                safe.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF")
                safe += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        guard !safe.isEmpty, safe.utf8.count <= longest else { return nil }
        return safe
    }
}
