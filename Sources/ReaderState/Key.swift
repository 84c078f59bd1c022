/// A key press as the backend decoded it. Printable characters are kept apart from named
/// keys so one table can bind either, and so the search prompt can take any character.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    /// Ctrl with a letter: `.control("l")` is Ctrl-L.
    case control(Character)
    case function(Int)

    /// How help and the README name the key.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .control(let character): return "Ctrl-\(character.uppercased())"
        case .function(let number): return "F\(number)"
        }
    }

    /// A printable character the search prompt should take as text.
    var typedText: Character? {
        guard case .character(let character) = self else { return nil }
        return character
    }
}
