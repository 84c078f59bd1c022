import ReaderState
import CorpusStore
import Testing
@testable import ReaderUI

@Suite struct TextWrapTests {
    private func texts(_ text: String, _ width: Int) -> [String] { TextWrap.wrap(text, width: width).map(\.text) }

    @Test func wrapsAtSpaces() {
        #expect(texts("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
        #expect(texts("short", 10) == ["short"])
        #expect(texts("", 10) == [""])
    }

    @Test func breaksWordsLongerThanTheLine() {
        #expect(texts("https://example.org/a/long/path", 10) == ["https://ex", "ample.org/", "a/long/pat", "h"])
        #expect(texts("see https://example.org/x", 12) == ["see", "https://exam", "ple.org/x"])
    }

    @Test func wrapsCJKByDisplayWidthWithoutSplittingAGlyph() {
        #expect(texts("日本語のテキスト", 5) == ["日本", "語の", "テキ", "スト"])
        for line in TextWrap.wrap("漢字かな交じり文です", width: 7) { #expect(DisplayWidth.of(line.text) <= 7) }
    }

    @Test func offsetsPointAtTheStartOfEachLine() {
        let text = "alpha beta gamma delta"
        for line in TextWrap.wrap(text, width: 11) {
            let start = text.index(text.startIndex, offsetBy: line.offset)
            #expect(text[start...].hasPrefix(line.text))
        }
    }

    @Test func keepsExplicitLineBreaksAndStopsAtTheLimit() {
        #expect(texts("one\ntwo", 10) == ["one", "two"])
        #expect(TextWrap.wrap("a b c d e f", width: 1, limit: 3).count == 3)
        #expect(texts("x", 0) == ["x"], "width is at least 1")
    }
}
