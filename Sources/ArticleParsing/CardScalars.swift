/// The one-line scalars the card scanner accepts, checked where they lie in the file: plain,
/// `'single'` (with `''`) and `"double"` (with JSON-like escapes). Anything else is not in the
/// scanner's subset.
enum CardScalars {
    struct Scalar {
        var kind: ScannedTree.Kind
        /// The text's bytes: inside the quotes of a quoted scalar.
        var text: Range<Int>
        var isEscaped: Bool
    }

    /// The scalar filling `start..<end`, or nil when it is not one the scanner reads as Yams does.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Scalar? {
        switch bytes[start] {
        case 0x22: return doubleQuoted(bytes, from: start, to: end)
        case 0x27: return singleQuoted(bytes, from: start, to: end)
        default: return plain(bytes, from: start, to: end)
        }
    }

    static func isFlowOrNodeIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5B, 0x5D, 0x7B, 0x7D, 0x2C, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x25, 0x40, 0x60, 0x23: return true
        default: return false
        }
    }

    private static func plain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Scalar? {
        let first = bytes[start]
        if isFlowOrNodeIndicator(first) { return nil }
        if first == 0x2D || first == 0x3F || first == 0x3A {
            guard start + 1 < end, bytes[start + 1] != 0x20 else { return nil }
        }
        for index in start..<end {
            let byte = bytes[index]
            if byte == 0x09 { return nil }
            if byte == 0x3A, index + 1 == end || bytes[index + 1] == 0x20 { return nil }
            if byte == 0x23, bytes[index - 1] == 0x20 { return nil }
        }
        return Scalar(kind: .plain, text: start..<end, isEscaped: false)
    }

    private static func singleQuoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Scalar? {
        var doubled = false
        var index = start + 1
        while index < end {
            if bytes[index] == 0x27 {
                if index + 1 < end, bytes[index + 1] == 0x27 {
                    doubled = true
                    index += 2
                    continue
                }
                guard index + 1 == end else { return nil }
                return Scalar(kind: .singleQuoted, text: (start + 1)..<index, isEscaped: doubled)
            }
            index += 1
        }
        return nil
    }

    private static func doubleQuoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Scalar? {
        // Common case: no escapes, so the text is the bytes between the quotes.
        if end - start >= 2, bytes[end - 1] == 0x22, !holdsQuoteOrBackslash(bytes, from: start + 1, to: end - 1) {
            return Scalar(kind: .doubleQuoted, text: (start + 1)..<(end - 1), isEscaped: false)
        }
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if byte == 0x22 {
                guard index + 1 == end else { return nil }
                return Scalar(kind: .doubleQuoted, text: (start + 1)..<index, isEscaped: true)
            }
            if byte == 0x5C {
                guard index + 1 < end else { return nil }
                switch bytes[index + 1] {
                case 0x22, 0x5C, 0x2F, 0x6E, 0x74, 0x72:
                    index += 2
                case 0x75:
                    guard index + 6 <= end, hexScalar(bytes, from: index + 2) != nil else { return nil }
                    index += 6
                default:
                    return nil
                }
                continue
            }
            index += 1
        }
        return nil
    }

    /// The scalar named by four hex digits at `start`; nil for a surrogate half, which needs
    /// pairing: Yams reads those.
    static func hexScalar(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Unicode.Scalar? {
        var value: UInt32 = 0
        for index in start..<(start + 4) {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: return nil
            }
            value = value * 16 + digit
        }
        return Unicode.Scalar(value)
    }

    /// Whether `start..<end` holds a `"` or `\`; eight bytes at a time, as quoted excerpts
    /// and URLs are most of a card.
    private static func holdsQuoteOrBackslash(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let quotes = word ^ (ones &* 0x22)
                let backslashes = word ^ (ones &* 0x5C)
                // A zero byte in either means a match (a borrow flags only bytes above one).
                if ((quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes) & highs != 0 { return true }
                index += 8
            }
        }
        while index < end {
            if bytes[index] == 0x22 || bytes[index] == 0x5C { return true }
            index += 1
        }
        return false
    }
}
