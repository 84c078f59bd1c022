/// Terminal column widths, decided here and nowhere else.
///
/// ncurses places characters by glibc's `wcwidth`, code point by code point, so every
/// width lede computes must agree with it for the text that is actually drawn. That is
/// why widths are computed for the *normalised* `Glyph`, never for raw file text, and why
/// the scalar rules below mirror glibc 2.36 (Unicode 14/15) rather than Swift's own idea
/// of a grapheme cluster. It lives in ReaderState because wrapping, and with it scroll
/// clamping, is state logic; ReaderUI draws with the same functions.
public enum DisplayWidth {
    /// Columns `text` takes once drawn.
    public static func of(_ text: String) -> Int {
        var columns = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return text.reduce(0) { $0 + Glyph($1).width } }
            columns += 1
        }
        return columns
    }

    /// Columns one Unicode scalar takes on its own, as glibc's `wcwidth` would say,
    /// except that unassigned or control scalars count 0 instead of -1.
    public static func of(scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        // Soft hyphen and the prepended concatenation marks are format characters that
        // glibc, unlike the Unicode default, counts as one column.
        switch value {
        case 0x00AD, 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD: return 1
        case 0x1F1E6...0x1F1FF: return 1  // regional indicators, one column each for glibc
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .unassigned, .surrogate: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        if isWide(value) || (value >= 0x2000 && scalar.properties.isEmojiPresentation) { return 2 }
        return 1
    }

    /// `text` cut to at most `width` columns, ending in `…` when something was cut.
    /// A wide glyph that would straddle the edge is dropped whole.
    public static func truncate(_ text: String, to width: Int, ellipsis: Bool = true) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let budget = ellipsis ? width - 1 : width
        var used = 0
        var result = ""
        for character in text {
            let glyph = Glyph(character)
            if used + glyph.width > budget { break }
            used += glyph.width
            result += glyph.text
        }
        return ellipsis ? result + "…" : result
    }

    /// `text` padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        let missing = width - of(cut)
        return missing > 0 ? cut + String(repeating: " ", count: missing) : cut
    }

    /// East Asian Wide and Fullwidth ranges that are not emoji (emoji presentation is
    /// read from Unicode properties instead), as in glibc's `WIDTH` table.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x16FF0...0x16FF1, 0x17000...0x18CFF, 0x18D00...0x18D08, 0x1AFF0...0x1B2FF,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound { high = middle - 1 } else if value > range.upperBound { low = middle + 1 } else { return true }
        }
        return false
    }
}
