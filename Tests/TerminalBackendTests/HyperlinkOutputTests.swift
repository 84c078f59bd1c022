import ArticleParsing
import CorpusStore
import ReaderState
import ReaderUI
import Testing
@testable import TerminalBackend

/// The bytes that make a frame's addresses OSC 8 hyperlinks: each span's own cells written
/// again in place, in their look, between the opening and closing sequences, the whole
/// between DECSC and DECRC so curses' cursor and attributes stay as it left them.
@Suite struct HyperlinkOutputTests {
    @Test func eachSpanIsRewrittenInPlaceBetweenOpenAndClose() {
        var grid = ScreenGrid(rows: 4, cols: 20)
        grid.draw("https://a.example/", row: 1, col: 1, role: .link)
        grid.draw("long", row: 2, col: 1, role: .link)
        grid.restyle(row: 2, col: 1, width: 2, role: .searchMatch)
        grid.markHyperlink("https://a.example/long", row: 1, col: 1, width: 18)
        grid.markHyperlink("https://a.example/long", row: 2, col: 1, width: 4)
        let looks: [Role: String] = [.link: "<link>", .searchMatch: "<match>"]
        let bytes = HyperlinkOutput.rewrite(grid, look: { looks[$0] ?? "<?>" }, text: { $0.text })
        let open = "\u{1B}]8;;https://a.example/long\u{1B}\\"
        let close = "\u{1B}]8;;\u{1B}\\"
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}7"
            + "\u{1B}[2;2H" + open + "<link>https://a.example/" + close
            + "\u{1B}[3;2H" + open + "<match>lo<link>ng" + close
            + "\u{1B}8")
    }

    @Test func wideGlyphsAreWrittenOnceAndNothingIsWrittenWithoutSpans() {
        var grid = ScreenGrid(rows: 2, cols: 10)
        #expect(HyperlinkOutput.rewrite(grid, look: { _ in "" }, text: { $0.text }).isEmpty)
        grid.draw("東京x", row: 0, col: 0, role: .link)
        grid.markHyperlink("https://東京.example", row: 0, col: 0, width: 5)
        let text = String(decoding: HyperlinkOutput.rewrite(grid, look: { _ in "" }, text: { $0.text }), as: UTF8.self)
        #expect(text.contains("\u{1B}]8;;https://%E6%9D%B1%E4%BA%AC.example\u{1B}\\東京x\u{1B}]8;;\u{1B}\\"))
    }

    @Test func anArticlesAddressReachesTheTerminalAsOneHyperlink() {
        let url = "https://news.example/a/very/long/path/that/wraps/over/two/lines/of/the/pane"
        let article = Article(id: "a.txt", path: "/c/a.txt", format: .card, title: "Wrapped", urls: ArticleURLs(web: url),
                              body: ["Text."])
        var state = State(corpus: Corpus(name: "c", articles: [article]), rows: 12, cols: 50)
        _ = reduce(&state, .keyPressed(.enter))
        let grid = render(state)
        let text = String(decoding: HyperlinkOutput.rewrite(grid, look: { _ in "" }, text: { $0.text }), as: UTF8.self)
        let pieces = text.components(separatedBy: "\u{1B}]8;;\(url)\u{1B}\\").dropFirst()
            .map { $0.components(separatedBy: "\u{1B}]8;;\u{1B}\\")[0] }
        #expect(pieces.count == 2, "\(text.debugDescription)")
        #expect(pieces.joined() == url)
    }
}
