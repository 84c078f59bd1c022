import ArticleParsing
import CorpusStore
import ReaderLoop
import ReaderState
import ReaderUI
import Testing

/// The loop as a corpus arrives in versions — the rows read so far, the whole corpus, its
/// indexes — and as files change under the open reader.
@Suite(.timeLimit(.minutes(3))) struct CorpusVersionLoopTests {
    private static let titles = ["Harbour reopens", "Bridge closes", "Market rallies", "Ferry strike ends", "Tunnel floods"]
    /// The first two articles read, before the rest: rows only, not complete.
    private static let firstRows = LoadedCorpus(corpus(Array(titles.prefix(2))), isComplete: false)
    private static let whole = LoadedCorpus.complete(corpus(titles))

    /// Articles named by their titles (their paths too, so a title is the same article in
    /// every version), newest first in the order given.
    private static func corpus(_ titles: [String], dayOffset: Int = 0) -> Corpus {
        let articles = titles.enumerated().map { index, title in
            Article(id: title + ".txt", path: "/news/" + title + ".txt", format: .card, title: title,
                    date: ArticleDate(text: "2024-03-\(String(format: "%02d", 20 - index + dayOffset))T10:00:00Z"),
                    provider: Provider(name: "Wire"), urls: ArticleURLs(web: "https://news.example/\(index)"))
        }
        return Corpus(name: "news", articles: articles)
    }

    private func type(_ text: String, from start: Int) -> [(at: Duration, event: FakeTerminal.Event)] {
        text.enumerated().map { (ms(start + $0.offset), .key(.character($0.element))) }
    }

    /// `/` and a title typed at once, then Enter, all before the article is even read:
    /// once it is, the list holds just it, selected.
    @Test func aSearchTypedBeforeTheArticleIsReadFindsItOnceItIs() {
        var script: [(at: Duration, event: FakeTerminal.Event)] = [(ms(0), .key(.character("/")))]
        script += type("tunnel", from: 1)
        script += [(ms(10), .key(.enter)), (ms(20), .corpus(Self.firstRows)), (ms(200), .corpus(Self.whole)),
                   (ms(300), .key(.enter)), (ms(400), .key(.character("Q")))]
        let run = runLoop(script, size: TerminalSize(rows: 12, cols: 80))
        #expect(run.status == 0)
        let typed = run.terminal.frame(at: ms(6))
        #expect(typed?.statusLine.contains("/tunnel") == true, "the prompt opened at once: \(typed?.text ?? "")")
        let partial = run.terminal.frame(at: ms(20))
        #expect(partial?.text.contains("Harbour reopens") == false, "the kept search narrows the first rows too")
        let loaded = run.terminal.frame(at: ms(200))
        #expect(loaded?.text.contains("Tunnel floods") == true, "\(loaded?.text ?? "")")
        #expect(loaded?.text.contains("Bridge closes") == false)
        let opened = run.terminal.frame(at: ms(300))
        #expect(opened?.lines.first { $0.contains("Tunnel floods") } != nil && opened?.text.contains("Loading") == false)
        #expect(opened?.lines[0].contains("“tunnel”") == true, "\(opened?.text ?? "")")
    }

    /// Moving before everything is in acts on the rows on screen, and the article
    /// selected stays selected as newer rows arrive above it.
    @Test func movesActOnTheRowsOnScreenAndTheSelectionHolds() {
        let run = runLoop([
            (ms(0), .corpus(Self.firstRows)), (ms(10), .key(.character("j"))),
            (ms(100), .corpus(Self.whole)), (ms(200), .key(.character("Q"))),
        ], size: TerminalSize(rows: 12, cols: 80))
        #expect(run.terminal.frame(at: ms(10))?.statusLine.hasSuffix("2/2") == true)
        let later = run.terminal.frame(at: ms(100))
        let selected = later?.lines.first { $0.contains("Bridge closes") }
        #expect(later?.statusLine.hasSuffix("2/5") == true, "\(later?.text ?? "")")
        #expect(selected != nil)
    }

    /// `t` before the facet index exists waits for it, and so do the keys after it.
    @Test func aFacetKeyPressedBeforeTheIndexRunsWhenItArrives() {
        let unindexed = LoadedCorpus(Self.whole.corpus)
        let run = runLoop([
            (ms(0), .corpus(unindexed)), (ms(10), .key(.character("p"))), (ms(11), .key(.enter)),
            (ms(100), .corpus(Self.whole)), (ms(200), .key(.character("Q"))),
        ], size: TerminalSize(rows: 12, cols: 80))
        #expect(run.terminal.frame(at: ms(11))?.lines[0].contains("provider") == false)
        let indexed = run.terminal.frame(at: ms(100))
        #expect(indexed?.lines[0].contains("provider: Wire") == true, "\(indexed?.text ?? "")")
    }

    /// A file added while an article is open: the article, its scroll and the history
    /// stay; the list has the new one; the status line says so.
    @Test func aNewArticleArrivesWhileOneIsOpen() {
        var changed = LoadedCorpus.complete(Self.corpus(["Fresh report"] + Self.titles, dayOffset: 1))
        changed.change = CorpusChange(added: 1)
        let run = runLoop([
            (ms(0), .corpus(Self.whole)), (ms(10), .key(.character("j"))), (ms(20), .key(.enter)),
            (ms(100), .corpus(changed)), (ms(200), .key(.character("q"))), (ms(300), .key(.character("Q"))),
        ], size: TerminalSize(rows: 12, cols: 80))
        let arrived = run.terminal.frame(at: ms(100))
        #expect(arrived?.text.contains("1 new article") == true, "\(arrived?.text ?? "")")
        #expect(arrived?.lines[1].contains("Bridge closes") == true, "the open article stays open: \(arrived?.text ?? "")")
        let back = run.terminal.frame(at: ms(200))
        #expect(back?.text.contains("Fresh report") == true)
        #expect(back?.statusLine.hasSuffix("3/6") == true, "the open article is still the selected one: \(back?.statusLine ?? "")")
    }
}
