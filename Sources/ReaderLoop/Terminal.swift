import ReaderState
import ReaderUI

/// The terminal the reader runs on, as the loop sees it: input with a timeout, a size, a
/// place to show frames and a palette. curses implements it in TerminalBackend; tests
/// script a fake, so everything the loop does can be checked without a terminal
/// (ratatui's `Backend`, bubbletea's input and output options).
public protocol Terminal: AnyObject {
    /// The size now, in character cells.
    var size: TerminalSize { get }
    /// How many colours the terminal has, so a theme change can say when it cannot show.
    var colorDepth: ColorDepth { get }
    /// The signal (SIGINT, SIGTERM, SIGHUP) that asked the reader to stop, if one did.
    var pendingSignal: Int32? { get }
    /// Waits up to `timeout` for the next key or resize; `.none` when nothing came.
    func nextInput(timeout: Duration) -> TerminalInput
    /// Shows `frame`; it may write only what changed since the last one.
    func present(_ frame: ScreenGrid)
    /// Forgets what is on screen, so the next frame is written in full (Ctrl-L, resize).
    func invalidate()
    /// Draws roles in `theme`'s look from the next frame on.
    func apply(_ theme: Theme)
    /// Asks the terminal to put `text` on the clipboard; false when it cannot be sent.
    func copyToClipboard(_ text: String) -> Bool
}

/// Rows and columns of a terminal.
public struct TerminalSize: Equatable, Sendable {
    public var rows: Int
    public var cols: Int

    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
    }
}

/// What one read from the terminal produced.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    /// A click, release or wheel turn (when mouse reporting is on).
    case mouse(MouseEvent)
    /// The terminal changed size; `Terminal.size` has the new one.
    case resized
    /// The timeout passed with no input.
    case none
}
