import ArticleParsing
import Testing

/// Escape sequences in untrusted text go whole, as ECMA-48 delimits them: a terminal acts
/// on the entire sequence, so what is left must be only the text around it. Removing just
/// the control bytes is not enough: an OSC's payload (`0;pwned`) would then show as junk,
/// or worse, the text after an unfinished sequence would be read as part of it.
struct EscapeSequenceSanitizerTests {
    static let esc = "\u{1B}"

    /// A sequence, and what the text `before<sequence>after` must clean to.
    static let sequences: [(name: String, sequence: String)] = [
        ("OSC ended by BEL", "\(esc)]0;pwned\u{07}"),
        ("OSC ended by ESC \\", "\(esc)]0;pwned\(esc)\\"),
        ("OSC ended by C1 ST", "\(esc)]0;pwned\u{9C}"),
        ("OSC 8 hyperlink", "\(esc)]8;;https://evil.example/\u{07}"),
        ("OSC 52 clipboard write", "\(esc)]52;c;cm0gLXJmIH4=\u{07}"),
        ("C1 OSC", "\u{9D}2;pwned\u{07}"),
        ("DCS", "\(esc)P1$tpwned\(esc)\\"),
        ("APC", "\(esc)_pwned\(esc)\\"),
        ("PM", "\(esc)^pwned\(esc)\\"),
        ("SOS", "\(esc)Xpwned\(esc)\\"),
        ("CSI with parameters", "\(esc)[38;5;196m"),
        ("CSI clear screen", "\(esc)[2J"),
        ("C1 CSI", "\u{9B}31m"),
        ("reset", "\(esc)c"),
        ("charset designation", "\(esc)(B"),
    ]

    @Test(arguments: sequences.indices)
    func aSequenceGoesWholeAndTheTextAroundItStays(index: Int) {
        let (name, sequence) = Self.sequences[index]
        #expect(TextSanitizer.clean("before\(sequence)after") == "beforeafter", "\(name)")
        #expect(TextSanitizer.cleanLine("a \(sequence)b\nc") == "a b c", "\(name) on one line")
        #expect(TextSanitizer.clean(sequence + sequence) == "", "\(name) twice")
    }

    /// A string sequence never ended runs to the end of the text, as a terminal would
    /// take it: nothing after its introducer may show.
    @Test func anUnendedOSCSwallowsTheRest() {
        #expect(TextSanitizer.clean("title\(Self.esc)]0;pwned and more") == "title")
        #expect(TextSanitizer.clean("title\(Self.esc)]") == "title")
        #expect(TextSanitizer.clean("title\(Self.esc)") == "title")
    }

    /// A card whose title carries an OSC through YAML's `\e` and `\a` escapes.
    @Test func anOSCInACardTitleLeavesOnlyTheTitle() throws {
        let card = "---\ntitle: \"Safe \\e]0;pwned\\aTitle\"\nexcerpt: \"x\\e]52;c;ZXZpbA==\\e\\\\y\"\n---\nBody \u{1B}]8;;http://x\u{7}link\u{1B}]8;;\u{7} text.\n"
        let article = try #require(ArticleReader.read(bytes: Array(card.utf8), id: "c", path: "/c.md").article)
        #expect(article.title == "Safe Title")
        #expect(article.excerpt == "xy")
        #expect(article.body == ["Body link text."])
    }
}
