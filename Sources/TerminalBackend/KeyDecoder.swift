import CNcursesw
import ReaderLoop
import ReaderState

/// Reads and decodes keys. `wget_wch` tells function keys (KEY_CODE_YES) from characters,
/// which is how Backspace as 127, 8 or KEY_BACKSPACE all become one `Key`.
enum KeyDecoder {
    /// How long the rest of a mouse report may take to arrive once it has begun (over ssh
    /// it can come in a later packet).
    static let sequenceWait: Int32 = 50

    /// Waits for input up to `timeout`.
    static func read(timeout: Duration) -> TerminalInput {
        switch readRaw(milliseconds: Int32(min(Double(Int32.max), max(0, timeout / .milliseconds(1))))) {
        case .functionKey(let code)?: return decodeFunctionKey(code)
        case .character(27)?: return decodeEscape()
        case .character(let value)?: return decodeCharacter(value)
        case nil: return .none
        }
    }

    /// ESC: a mouse report, or Escape with what followed it put back to be read as keys.
    /// curses has already waited its ESCDELAY for a known key sequence, so the bytes of a
    /// report are in its queue by now.
    private static func decodeEscape() -> TerminalInput {
        switch EscapeSequence.parse(next: { readRaw(milliseconds: $0 ? sequenceWait : 0) }) {
        case .mouse(let event): return .mouse(event)
        case .dropped: return .none
        case .escape(let pushBack):
            // curses' queue is last in, first out.
            for input in pushBack.reversed() {
                switch input {
                case .character(let value): unget_wch(wchar_t(bitPattern: value))
                case .functionKey(let code): ungetch(code)
                }
            }
            return .key(.escape)
        }
    }

    private static func readRaw(milliseconds: Int32) -> RawInput? {
        let window = lede_stdscr()
        wtimeout(window, milliseconds)
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case KEY_CODE_YES: return .functionKey(Int32(bitPattern: value))
        case OK: return .character(UInt32(value))
        default: return nil
        }
    }

    static func decodeFunctionKey(_ code: Int32) -> TerminalInput {
        switch code {
        case KEY_RESIZE: return .resized
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_A3: return .key(.pageUp)
        case KEY_C3: return .key(.pageDown)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        default:
            for number in 1...12 where code == lede_key_f(Int32(number)) { return .key(.function(number)) }
            return .none
        }
    }

    static func decodeCharacter(_ value: UInt32) -> TerminalInput {
        switch value {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(value) + 0x60))))
        case 0, 28...31: return .none
        default:
            guard let scalar = Unicode.Scalar(value) else { return .none }
            return .key(.character(Character(scalar)))
        }
    }
}
