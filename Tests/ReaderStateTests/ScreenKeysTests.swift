import ArticleParsing
import CorpusStore
import Testing
@testable import ReaderState
import TestSupport

/// ?, v, Ctrl-L, and what happens without keys: loading, ticks, unknown keys.
@Suite struct ScreenKeysTests {
    @Test(arguments: keys(.help))
    func helpOpensOverAnythingAndCloses(key: Key) {
        var state = Fixtures.state(rows: 8)
        press(&state, .enter)
        press(&state, key)
        #expect(state.topView == .help)
        press(&state, .character("G"))
        #expect(state.top.scroll == HelpDocument.lines.count - state.viewHeight)
        press(&state, key)
        #expect(state.topView == .article(0))
        press(&state, key, .character("q"))
        #expect(state.topView == .article(0), "q closes help only")
        press(&state, key, .backspace)
        #expect(state.topView == .article(0))
        #expect(state.forward.isEmpty, "help never enters the history")
    }

    @Test(arguments: keys(.toggleLayout))
    func toggleSwitchesBetweenSplitAndSingle(key: Key) {
        var state = Fixtures.state(cols: 100)
        #expect(state.layoutMode == .single)
        press(&state, key)
        #expect(state.layoutMode == .split)
        #expect(state.layout.isSplit)
        press(&state, key)
        #expect(state.layoutMode == .single)

        var narrow = Fixtures.state(cols: 40)
        press(&narrow, key)
        #expect(narrow.layoutMode == .single)
        #expect(narrow.status?.isError == true)
    }

    @Test func splitIsAutomaticFrom160Columns() {
        var state = Fixtures.state(cols: 159)
        #expect(state.layoutMode == .single)
        _ = reduce(&state, .terminalResized(rows: 24, cols: 160))
        #expect(state.layoutMode == .split)
        press(&state, .enter)
        #expect(state.document?.width == state.layout.readerTextWidth)
        #expect(state.document!.width < 100)
    }

    @Test(arguments: keys(.redraw))
    func redrawAsksTheLoopToRepaint(key: Key) {
        var state = Fixtures.state()
        #expect(press(&state, key) == [.redraw])
    }

    @Test func keysWorkWhileLoadingAndTheCorpusArrivesLater() {
        var state = State(rows: 24, cols: 80, loading: true)
        press(&state, .character("?"))
        _ = reduce(&state, .loadProgressed(done: 10, total: 100))
        #expect(state.loading == LoadProgress(done: 10, total: 100))
        press(&state, .enter)
        _ = reduce(&state, .corpusLoaded(Fixtures.corpus()))
        #expect(state.loading == nil)
        #expect(state.topView == .help, "help survives the load")
        press(&state, .character("q"), .enter)
        #expect(state.topView == .article(0))
        _ = reduce(&state, .loadProgressed(done: 100, total: 100))
        #expect(state.loading == nil, "late progress is ignored")
    }

    @Test func loadingReportsUnreadableFiles() {
        var state = State(loading: true)
        let corpus = Corpus(name: "broken", articles: Fixtures.corpus().allArticles,
                            diagnostics: [Diagnostic(path: "/x/bad.txt", message: "not UTF-8")])
        _ = reduce(&state, .corpusLoaded(corpus))
        #expect(state.status?.text == "1 file could not be read — run `lede check` for details")
        #expect(state.errorCount == 1)

        var empty = State(loading: true)
        _ = reduce(&empty, .corpusLoaded(Corpus(name: "nothing", articles: [])))
        #expect(empty.status?.text == "No articles found in nothing")
    }

    @Test func statusMessagesExpireAfterSomeTicksAndOnTheNextKey() {
        var state = Fixtures.state()
        press(&state, .function(9))
        #expect(state.status?.text == "Unknown key F9 — press ? for help")
        for _ in 0..<5 { _ = reduce(&state, .tick) }
        #expect(state.status != nil)
        _ = reduce(&state, .tick)
        #expect(state.status == nil)
        press(&state, .function(9), .down)
        #expect(state.status == nil)
    }
}
