import CNcursesw
import ReaderLoop
import ReaderState

/// Reads and decodes keys. `wget_wch` tells function keys (KEY_CODE_YES) from characters,
/// which is how Backspace as 127, 8 or KEY_BACKSPACE all become one `Key`.
enum KeyDecoder {
    /// Waits for input up to `timeout`.
    static func read(timeout: Duration) -> TerminalInput {
        let window = lede_stdscr()
        wtimeout(window, Int32(max(0, timeout / .milliseconds(1))))
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        switch result {
        case KEY_CODE_YES: return decodeFunctionKey(Int32(bitPattern: value))
        case OK: return decodeCharacter(UInt32(value))
        default: return .none
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
