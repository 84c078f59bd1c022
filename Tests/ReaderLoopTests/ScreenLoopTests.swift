import ReaderState
import ReaderLoop
import ReaderUI
import Testing

/// What reaches the terminal: frames at its size, full redraws, themes.
@Suite(.timeLimit(.minutes(3))) struct ScreenLoopTests {
    @Test func theFirstFrameComesBeforeAnyInputInTheStartingTheme() {
        let run = runLoop([(ms(0), .key(.character("Q")))])
        #expect(run.frames.first?.time == .zero)
        #expect(run.terminal.appliedThemes == ["builtin"])
    }

    @Test func aResizeRedrawsEverythingAtTheNewSize() {
        let run = runLoop([
            (ms(0), .corpus(LoopFixtures.news)),
            (ms(100), .resize(rows: 20, cols: 170)),
            (ms(200), .key(.character("Q"))),
        ], size: TerminalSize(rows: 10, cols: 60))
        #expect(run.terminal.invalidations == [ms(100)])
        let before = run.terminal.frame(at: ms(0))
        #expect(before?.rows == 10 && before?.cols == 60)
        let after = run.terminal.frame(at: ms(100))
        #expect(after?.time == ms(100))
        #expect(after?.rows == 20 && after?.cols == 170)
        #expect(after?.lines.count == 20)
        // 170 columns is wide enough for the list and the article side by side.
        #expect(after?.lines[1].contains("│") == true, "\(after?.text ?? "no frame")")
        #expect(after?.statusLine.hasSuffix("1/3") == true)
    }

    @Test func ctrlLForgetsTheScreenAndDrawsTheSameFrameAgain() {
        let run = runLoop([
            (ms(0), .corpus(LoopFixtures.news)),
            (ms(100), .key(.control("l"))),
            (ms(200), .key(.character("Q"))),
        ])
        #expect(run.terminal.invalidations == [ms(100)])
        let redrawn = run.frames.filter { $0.time == ms(100) }
        #expect(redrawn.count == 1)
        #expect(redrawn.first?.lines == run.terminal.frame(at: ms(99))?.lines)
    }

    @Test func switchingThemeReachesTheTerminalAndSaysSo() {
        let run = runLoop([
            (ms(0), .corpus(LoopFixtures.news)),
            (ms(100), .key(.character("T"))),
            (ms(200), .key(.character("Q"))),
        ], colorDepth: .monochrome)
        #expect(run.terminal.appliedThemes == ["builtin", "builtin"])
        #expect(run.terminal.frame(at: ms(100))?.statusLine.contains("Theme: builtin (no colour on this terminal)") == true)
    }
}
