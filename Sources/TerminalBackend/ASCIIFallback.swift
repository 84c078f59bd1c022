import Glibc
import CorpusStore
import ReaderState

/// What to draw when the locale is not UTF-8 (LANG=C, Latin-1): the nearest ASCII for
/// each glyph — base letters without accents, straight quotes, `-` for dashes — and `?`
/// for the rest, always filling exactly the glyph's columns, so the screen stays aligned
/// and never shows bytes the terminal would misread.
enum ASCIIFallback {
    /// Decided once, after `setlocale`: whether the terminal's encoding is UTF-8.
    nonisolated(unsafe) static var isNeeded = false

    static func detect() {
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        isNeeded = codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8"
    }

    private static let punctuation: [UInt32: String] = [
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'", 0x201C: "\"", 0x201D: "\"", 0x201E: "\"",
        0x00AB: "\"", 0x00BB: "\"", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-", 0x2026: ".", 0x00B7: "-",
        0x2022: "*", 0x00A0: " ", 0x2009: " ", 0x202F: " ", 0x00D7: "x", 0x20AC: "E", 0x00A3: "L", 0x00A9: "c",
        0x2192: ">", 0x2190: "<", 0x2191: "^", 0x2193: "v", 0x00B0: "o",
    ]

    /// ASCII text exactly `width` columns wide standing for `glyph`.
    static func text(for glyph: String, width: Int) -> String {
        guard let first = glyph.unicodeScalars.first else { return String(repeating: " ", count: width) }
        if first.isASCII, first.value >= 0x20 { return String(Character(first)) + String(repeating: " ", count: max(0, width - 1)) }
        if width == 1 {
            if let mark = punctuation[first.value] { return mark }
            let folded = TextFolding.fold(String(first))
            if folded.count == 1, let byte = folded.first, byte < 0x80 {
                // Keep the case the text had: É → E, é → e.
                let letter = Character(Unicode.Scalar(byte))
                return first.properties.isUppercase ? letter.uppercased() : String(letter)
            }
        }
        return String(repeating: "?", count: max(1, width))
    }
}
