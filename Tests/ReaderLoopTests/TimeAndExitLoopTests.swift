import ReaderState
import Glibc
import ReaderLoop
import ReaderUI
import Testing

/// Ticks, the save debounce, and how the loop ends: all in fake time.
@Suite(.timeLimit(.minutes(3))) struct TimeAndExitLoopTests {
    @Test func aStatusMessageExpiresAfterItsLifetimeOfTicks() {
        let run = runLoop([
            (ms(0), .corpus(LoopFixtures.news)),
            (ms(50), .key(.character("z"))),
            (.seconds(8), .key(.character("Q"))),
        ])
        let message = "Unknown key z"
        #expect(run.terminal.frame(at: ms(50))?.statusLine.contains(message) == true)
        // Reads time out every 100 ms from the key on, so ticks fall a second apart from
        // 1.05 s; the message lasts six of them.
        let ticks = (1...7).map { ms(50) + .seconds($0) }
        #expect(run.frames.filter { $0.time > ms(50) }.map(\.time) == ticks, "a frame per tick, none while idle between")
        #expect(run.terminal.frame(at: ticks[4])?.statusLine.contains(message) == true)
        #expect(run.terminal.frame(at: ticks[5])?.statusLine.contains(message) == false)
    }

    @Test func changesAreSavedOnce300msAfterTheLastOneAndAgainAtQuit() {
        let run = runLoop([
            (ms(0), .corpus(LoopFixtures.news)),
            (ms(100), .key(.character("m"))),
            (ms(200), .key(.character("j"))),
            (ms(200), .key(.character("m"))),
            (.seconds(2), .key(.character("Q"))),
        ])
        #expect(run.status == 0)
        #expect(run.saves == [.init(time: ms(500), readCount: 2), .init(time: .seconds(2), readCount: 2)])
    }

    @Test func quittingSavesAndReturnsZero() {
        let run = runLoop([(ms(0), .corpus(LoopFixtures.news)), (ms(100), .key(.character("Q")))])
        #expect(run.status == 0)
        #expect(run.endedAt == ms(100))
        #expect(run.saves == [.init(time: ms(100), readCount: 0)])
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalSavesAtOnceAndReturns128PlusItsNumber(_ signal: Int32) {
        let run = runLoop([
            (ms(0), .corpus(LoopFixtures.news)),
            (ms(100), .key(.character("m"))),
            (ms(150), .signal(signal)),
        ])
        #expect(run.status == 128 + signal)
        #expect(run.endedAt == ms(150))
        #expect(run.saves == [.init(time: ms(150), readCount: 1)], "the debounced save is due at 400 ms; the signal must not wait for it")
    }

    @Test func aScriptThatNeverQuitsIsStoppedNotLeftHanging() {
        var run: LoopRun?
        withKnownIssue("the fake terminal reports a loop that outlives its script") {
            run = runLoop([(ms(0), .corpus(LoopFixtures.news))])
        }
        #expect(run?.status == 128 + SIGKILL)
        #expect(run?.terminal.reads == 1 + FakeTerminal.graceReads + 1)
    }
}
