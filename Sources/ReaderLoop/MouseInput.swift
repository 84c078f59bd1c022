import ReaderState
import ReaderUI

/// A mouse report from the terminal, in screen cells counted from 0.
public struct MouseEvent: Equatable, Sendable {
    public enum Button: Equatable, Sendable {
        case left, middle, right
    }

    public enum Kind: Equatable, Sendable {
        case press(Button)
        case release(Button)
        /// One notch of the wheel, away from the user (the text moves down).
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var row: Int
    public var col: Int

    public init(_ kind: Kind, row: Int, col: Int) {
        self.kind = kind
        self.row = row
        self.col = col
    }
}

/// Turns a mouse report into an action by what the frame on screen shows under it, so a
/// click means what the user saw there: the marks come from the same render that drew it.
public enum MouseInput {
    /// The action for `event` over `frame`, or nil when it asks for nothing (a release,
    /// another button, a place nothing is drawn).
    public static func action(for event: MouseEvent, on frame: ScreenGrid) -> Action? {
        guard let target = frame.target(at: Position(row: event.row, col: event.col)) else { return nil }
        switch event.kind {
        case .press(.left): return .mouseClicked(target)
        case .wheelUp: return .wheelTurned(target, lines: -State.wheelLines)
        case .wheelDown: return .wheelTurned(target, lines: State.wheelLines)
        case .press, .release: return nil
        }
    }
}
