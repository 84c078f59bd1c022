import ReaderState
import Glibc
import CorpusStore
import Testing
@testable import ReaderUI

/// Display width and glyph normalisation: the one place widths are decided.
@Suite struct WidthTests {
    @Test func asciiCJKEmojiAndCombiningMarks() {
        #expect(DisplayWidth.of("hello") == 5)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ｆｕｌｌ") == 8, "fullwidth forms")
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1, "combining acute")
        #expect(DisplayWidth.of("\u{200B}") == 0, "zero-width space")
        #expect(DisplayWidth.of("“quoted” — dash…") == 16)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func emojiSequencesAreNormalisedToWhatNcursesAndTerminalsAgreeOn() {
        #expect(Glyph("👍🏽") == Glyph("👍"), "skin tone dropped")
        #expect(Glyph("👨‍👩‍👧").text == "👨", "ZWJ family keeps its first emoji")
        #expect(Glyph("👨‍👩‍👧").width == 2)
        #expect(Glyph("🇺🇸").text == "US", "flags become their letters")
        #expect(Glyph("🇺🇸").width == 2)
        #expect(Glyph("1️⃣").text == "1", "keycap")
        #expect(Glyph("❤️").text == "❤", "text presentation, one column as glibc says")
        #expect(Glyph("❤️").width == 1)
        #expect(Glyph("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}").text == "🏴")
        #expect(Glyph("\u{1B}").text == " ", "controls never reach the terminal")
        #expect(Glyph("é").text == "é")
        #expect(Glyph("\u{301}").width == 0)
    }

    @Test func normalisedWidthsAddUp() {
        let text = "a👍🏽b🇫🇷c👩‍💻d"
        #expect(DisplayWidth.of(text) == 1 + 2 + 1 + 2 + 1 + 2 + 1)
    }

    @Test func truncationByDisplayWidthNeverSplitsAWideGlyph() {
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(DisplayWidth.truncate("abc", to: 4) == "abc")
        #expect(DisplayWidth.truncate("日本語", to: 4) == "日…")
        #expect(DisplayWidth.truncate("日本語", to: 5) == "日本…")
        #expect(DisplayWidth.truncate("日本語", to: 6) == "日本語")
        #expect(DisplayWidth.truncate("日本語", to: 3, ellipsis: false) == "日")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        #expect(DisplayWidth.truncate("abc", to: 1) == "…")
        #expect(DisplayWidth.pad("日本", to: 5) == "日本 ")
    }

    /// glibc's `wcwidth` decides where ncurses puts each code point; lede must agree for
    /// every code point both know (glibc 2.36 says -1 for emoji newer than Unicode 14,
    /// which the backend draws as `?`).
    @Test func agreesWithGlibcWcwidthForEveryCodePointBothKnow() throws {
        guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else {
            throw SkipInfo("C.UTF-8 locale missing")
        }
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        // wcwidth is hidden from Swift's Glibc module (it needs _XOPEN_SOURCE), and tests
        // do not link curses, so look it up at run time.
        guard let symbol = dlsym(nil, "wcwidth") else { throw SkipInfo("wcwidth not found") }
        let wcwidth = unsafeBitCast(symbol, to: (@convention(c) (wchar_t) -> Int32).self)
        var disagreements: [String] = []
        for value in UInt32(0x20)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let glibc = Int(wcwidth(wchar_t(bitPattern: value)))
            guard glibc >= 0 else { continue }
            let lede = DisplayWidth.of(scalar: scalar)
            if lede != glibc && scalar.properties.generalCategory != .unassigned {
                disagreements.append(String(value, radix: 16) + ":\(lede)/\(glibc)")
            }
        }
        // U+1171E changed category between glibc's Unicode and Swift's.
        let knownDrift: Set = ["1171e:1/0"]
        #expect(disagreements.filter { !knownDrift.contains($0) } == [])
    }
}

struct SkipInfo: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
