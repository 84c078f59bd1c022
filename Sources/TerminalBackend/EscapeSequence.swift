import ReaderLoop

/// One read from curses: a character, or a function key it recognised.
enum RawInput: Equatable {
    case character(UInt32)
    case functionKey(Int32)
}

/// Reads what follows an ESC: a mouse report, or nothing that belongs to it.
///
/// Mouse reports are parsed here rather than by ncurses' `mousemask`/`getmouse`, because
/// ncurses picks the report format from terminfo's `kmous`: inside tmux TERM is `screen`
/// or `tmux-256color`, whose `kmous` is X10's `\E[M`, so ncurses would ask for (and
/// parse) the X10 format, which cannot say a column past 223 and garbles bytes over 127
/// in a UTF-8 locale. lede asks for SGR reports (1006) itself and reads them the same way
/// under every TERM; the backend turns ncurses' own `kmous` off (`keyok`) so no
/// terminfo entry can swallow them. X10 reports from terminals without 1006 are read too.
///
/// Whatever a report holds, it becomes one event or nothing: a malformed or cut-off one
/// is dropped whole, never handed on as stray keys.
enum EscapeSequence {
    enum Outcome: Equatable {
        /// A lone Escape; `pushBack` is what was read after it, to be read again as keys.
        case escape(pushBack: [RawInput])
        case mouse(MouseEvent)
        /// A report lede does not use (motion, other buttons, a sideways wheel) or a
        /// malformed one, consumed whole.
        case dropped
    }

    /// The longest SGR report body taken: three five-digit numbers and their separators.
    static let longestReport = 20
    /// How far a broken report is read on looking for its end; only a flood reaches it.
    static let longestDrain = 4096

    /// Parses the input after an ESC. `next(insideSequence)` reads one more input or nil
    /// when none comes in time; inside a sequence it may wait a little longer, since the
    /// rest of a report can arrive in a later packet.
    static func parse(next: (_ insideSequence: Bool) -> RawInput?) -> Outcome {
        guard let first = next(false) else { return .escape(pushBack: []) }
        guard first == .character(0x5B) else { return .escape(pushBack: [first]) }  // [
        guard let second = next(false) else { return .escape(pushBack: [first]) }
        switch second {
        case .character(0x3C): return parseSGR(next: next)  // <
        case .character(0x4D): return parseX10(next: next)  // M
        default: return .escape(pushBack: [first, second])
        }
    }

    /// `Pb ; Px ; Py` then `M` (press) or `m` (release), numbers in decimal.
    private static func parseSGR(next: (Bool) -> RawInput?) -> Outcome {
        var fields: [Int] = [0]
        var digits = 0
        for _ in 0..<longestReport {
            guard case .character(let value)? = next(true) else { return .dropped }
            switch value {
            case 0x30...0x39:
                digits += 1
                guard digits <= 5 else { return drain(next) }
                fields[fields.count - 1] = fields[fields.count - 1] * 10 + Int(value - 0x30)
            case 0x3B:  // ;
                guard digits > 0, fields.count < 3 else { return drain(next) }
                fields.append(0)
                digits = 0
            case 0x4D, 0x6D:  // M, m
                guard digits > 0, fields.count == 3 else { return .dropped }
                return event(button: fields[0], col: fields[1], row: fields[2], released: value == 0x6D)
            default:
                return drain(next)
            }
        }
        return .dropped
    }

    /// Reads on to the end of a report gone wrong (its final `M` or `m`, or a pause), so
    /// its remaining digits never arrive as keys (a stray `9` would follow link 9).
    private static func drain(_ next: (Bool) -> RawInput?) -> Outcome {
        for _ in 0..<longestDrain {
            guard case .character(let value)? = next(true) else { return .dropped }
            if value == 0x4D || value == 0x6D { return .dropped }
        }
        return .dropped
    }

    /// Three characters, each a value plus 32; button 3 is a release of any button.
    private static func parseX10(next: (Bool) -> RawInput?) -> Outcome {
        var values: [Int] = []
        for _ in 0..<3 {
            guard case .character(let value)? = next(true), value >= 32 else { return .dropped }
            values.append(Int(value) - 32)
        }
        if values[0] & 0b11 == 3 && values[0] & 64 == 0 { return event(button: 0, col: values[1], row: values[2], released: true) }
        return event(button: values[0], col: values[1], row: values[2], released: false)
    }

    /// The event for a report's button code and 1-based position. Bits 4, 8 and 16 are
    /// Shift, Meta and Ctrl, which lede does not tell apart; 32 is motion, 64 the wheel,
    /// 128 the extra buttons.
    static func event(button code: Int, col: Int, row: Int, released: Bool) -> Outcome {
        guard col >= 1, row >= 1, code & (32 | 128) == 0 else { return .dropped }
        let position = (row: row - 1, col: col - 1)
        if code & 64 != 0 {
            switch code & 0b11 {
            case 0: return released ? .dropped : .mouse(MouseEvent(.wheelUp, row: position.row, col: position.col))
            case 1: return released ? .dropped : .mouse(MouseEvent(.wheelDown, row: position.row, col: position.col))
            default: return .dropped
            }
        }
        let button: MouseEvent.Button
        switch code & 0b11 {
        case 0: button = .left
        case 1: button = .middle
        case 2: button = .right
        default: return .dropped
        }
        return .mouse(MouseEvent(released ? .release(button) : .press(button), row: position.row, col: position.col))
    }
}
