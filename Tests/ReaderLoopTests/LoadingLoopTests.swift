import ReaderState
import ReaderLoop
import ReaderUI
import Testing

/// Keys typed while the corpus loads, and corpora arriving between keys.
@Suite(.timeLimit(.minutes(3))) struct LoadingLoopTests {
    @Test func qQuitsAtOnceWhileLoading() {
        let run = runLoop([(ms(0), .key(.character("q")))])
        #expect(run.status == 0)
        #expect(run.endedAt == .zero, "quitting waited for input or for the load")
        #expect(run.terminal.reads == 1)
        #expect(run.frames.count == 1)
        #expect(run.frames[0].lines[0].contains("loading"))
        #expect(run.saves.isEmpty, "nothing is loaded, so nothing may overwrite the saved state")
    }

    @Test func aKeyBeforeTheCorpusIsHandledAndTheCorpusShowsWhenItArrives() {
        let run = runLoop([
            (ms(0), .key(.character("j"))),
            (ms(50), .progress(done: 2, total: 3)),
            (ms(100), .corpus(LoopFixtures.news)),
            (ms(200), .key(.character("j"))),
            (ms(300), .key(.character("Q"))),
        ])
        #expect(run.status == 0)
        let afterKey = run.terminal.frame(at: ms(0))
        #expect(afterKey?.lines[0].contains("loading") == true)
        #expect(afterKey?.statusLine.contains("Unknown key") == false)
        #expect(run.terminal.frame(at: ms(50))?.lines[0].contains("loading 2/3") == true)
        let loaded = run.terminal.frame(at: ms(100))
        #expect(loaded?.text.contains("Harbour reopens") == true, "\(loaded?.text ?? "no frame")")
        #expect(loaded?.statusLine.hasSuffix("1/3") == true)
        #expect(run.terminal.frame(at: ms(200))?.statusLine.hasSuffix("2/3") == true)
    }

    @Test func helpOpenedWhileLoadingStaysOpenWhenTheCorpusArrives() {
        let run = runLoop([
            (ms(0), .key(.character("?"))),
            (ms(400), .corpus(LoopFixtures.news)),
            (ms(500), .key(.character("Q"))),
        ])
        #expect(run.status == 0)
        #expect(run.terminal.frame(at: ms(0))?.text.contains("lede — keys") == true)
        let loaded = run.terminal.frame(at: ms(400))
        #expect(loaded?.lines[0].contains("3 articles") == true, "\(loaded?.text ?? "no frame")")
        #expect(loaded?.text.contains("lede — keys") == true)
    }

    @Test func aNewerCorpusReplacesTheOneShown() {
        let run = runLoop([
            (ms(0), .corpus(LoopFixtures.news)),
            (ms(100), .key(.character("j"))),
            (ms(200), .corpus(LoopFixtures.later)),
            (ms(300), .key(.character("Q"))),
        ])
        #expect(run.status == 0)
        #expect(run.terminal.frame(at: ms(100))?.statusLine.hasSuffix("2/3") == true)
        let replaced = run.terminal.frame(at: ms(200))
        #expect(replaced?.text.contains("Storm passes") == true, "\(replaced?.text ?? "no frame")")
        #expect(replaced?.text.contains("Harbour reopens") == false)
        #expect(replaced?.statusLine.hasSuffix("1/2") == true)
    }
}
