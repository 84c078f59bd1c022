import Glibc
import ReaderLoop
import ReaderUI

/// The real terminal, through ncursesw: `TerminalSession` owns it (and gives it back
/// however the process ends), `KeyDecoder` reads it and `CursesScreen` draws on it.
public final class CursesTerminal: Terminal {
    private let session: TerminalSession
    private var screen: CursesScreen
    public let colorDepth: ColorDepth

    /// Takes over the terminal: curses mode, signal handlers, captured stderr. Colour is
    /// left off when `monochrome` is set or the terminal has none; `mouse` asks for mouse
    /// reports; `hyperlinks` makes web addresses on screen OSC 8 hyperlinks.
    public init(monochrome: Bool, mouse: Bool, hyperlinks: Bool) throws {
        session = try TerminalSession(mouse: mouse)
        colorDepth = session.startColors(monochrome: monochrome)
        let size = session.size
        // A stand-in until the loop applies its theme, before the first frame.
        screen = CursesScreen(rows: size.rows, cols: size.cols, palette: Palette(theme: .builtIn, depth: colorDepth),
                              hyperlinks: hyperlinks)
    }

    public var size: TerminalSize {
        let size = session.size
        return TerminalSize(rows: size.rows, cols: size.cols)
    }

    public var pendingSignal: Int32? { session.pendingSignal }

    public func nextInput(timeout: Duration) -> TerminalInput { KeyDecoder.read(timeout: timeout) }

    public func present(_ frame: ScreenGrid) { screen.present(frame) }

    public func invalidate() { screen.invalidate() }

    public func apply(_ theme: Theme) { screen.palette = Palette(theme: theme, depth: colorDepth) }

    /// Writes OSC 52 straight to the terminal, between frames: curses has flushed its own
    /// output by then, and the sequence moves no cursor and draws nothing.
    public func copyToClipboard(_ text: String) -> Bool {
        guard let sequence = ClipboardSequence.osc52(text) else { return false }
        return TerminalOutput.send(sequence)
    }

    /// Gives the terminal back in cooked mode and replays what was written to stderr
    /// meanwhile. Safe to call more than once.
    public func end() { session.end() }
}
