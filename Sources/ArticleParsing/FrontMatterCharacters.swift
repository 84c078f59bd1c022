/// Finds a front-matter line and checks its characters in the same pass, eight bytes at a
/// time while they are printable ASCII without brackets, as nearly all of a card is.
enum FrontMatterCharacters {
    struct CheckedLine {
        var line: SourceFile.Line
        /// How many `[` and `{` the line holds: YamsReader refuses deep flow nesting by
        /// counting brackets (quotes and comments aside), so more than its limit in all
        /// may nest that deep.
        var brackets: Int
        /// Whether the line (its break aside) is ASCII alone.
        var isASCII: Bool
        /// Whether the line holds nothing `TextSanitizer` removes or changes (a tab, a bidi
        /// control, ALM; the rest would have made it nil) and is well-formed, so neither do
        /// its scalars.
        var isClean: Bool
        /// Whether the line is well-formed UTF-8.
        var isValidUTF8: Bool
    }

    /// The line at `position` (which must be before the end), or nil when it holds a character
    /// Yams reads differently from the scanner: a C0 control but tab (and CR before a line
    /// feed), DEL, a C1 control (NEL among them), LS, PS, BOM, U+FFFE or U+FFFF. Yams refuses
    /// control characters anywhere, even in comments, and reads CR, NEL, LS and PS as line
    /// breaks and a BOM as nothing.
    static func line(in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> CheckedLine? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var brackets = 0
        var isASCII = true
        var isClean = true
        var isValidUTF8 = true
        var index = position
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // `[` and `{` differ only in 0x20: both become `{` (and nothing else does).
                let braces = (word | (ones &* 0x20)) ^ (ones &* 0x7B)
                // Below 0x20 (a line feed among them), 0x7F and up, or a bracket. A borrow or
                // carry flags only bytes above a flagged one, so the lowest flag is true:
                // the bytes before it are plain, and skipped.
                let flags = (((word &- ones &* 0x20) & ~word) | word | (word &+ ones) | ((braces &- ones) & ~braces)) & highs
                if flags == 0 {
                    index += 8
                    continue
                }
                index += flags.trailingZeroBitCount >> 3
            }
            let byte = base[index]
            index += 1
            if byte >= 0x20 && byte < 0x7F {
                if byte == 0x5B || byte == 0x7B { brackets += 1 }
                continue
            }
            if byte == 0x0A {
                return CheckedLine(line: line(base, from: position, end: index - 1, next: index), brackets: brackets,
                                   isASCII: isASCII, isClean: isClean && isValidUTF8, isValidUTF8: isValidUTF8)
            }
            if byte == 0x0D && index < count && base[index] == 0x0A { continue }
            if byte == 0x09 {
                isClean = false
                continue
            }
            if byte < 0x20 || byte == 0x7F { return nil }
            isASCII = false
            if index < count {
                let next = base[index]
                if byte == 0xC2 && next >= 0x80 && next <= 0x9F { return nil }
                if byte == 0xD8 && next == 0x9C { isClean = false }
                if index + 1 < count {
                    let last = base[index + 1]
                    if byte == 0xE2 && next == 0x80 && (last == 0xA8 || last == 0xA9) { return nil }
                    if byte == 0xEF && ((next == 0xBB && last == 0xBF) || (next == 0xBF && last >= 0xBE)) { return nil }
                    // Bidi controls: E2 80 8E–8F, E2 80 AA–AE, E2 81 A6–A9.
                    if byte == 0xE2 && ((next == 0x80 && (last == 0x8E || last == 0x8F || (0xAA...0xAE).contains(last)))
                        || (next == 0x81 && (0xA6...0xA9).contains(last))) {
                        isClean = false
                    }
                }
            }
            // The continuation bytes of a well-formed sequence need no look of their own (none
            // starts a sequence tested above), and checking form here spares the file's
            // front matter a pass of its own.
            if let length = UTF8Validation.sequenceLength(base, at: index - 1, count: count) {
                index += length - 1
            } else {
                isValidUTF8 = false
            }
        }
        return CheckedLine(line: line(base, from: position, end: count, next: count), brackets: brackets,
                           isASCII: isASCII, isClean: isClean && isValidUTF8, isValidUTF8: isValidUTF8)
    }

    /// The line from `start` to its break at `end` (or the end of the file), as `SourceFile`
    /// cuts lines: a CR before the break dropped.
    private static func line(_ base: UnsafePointer<UInt8>, from start: Int, end: Int, next: Int) -> SourceFile.Line {
        var end = end
        if end > start, base[end - 1] == 0x0D { end -= 1 }
        return SourceFile.Line(start: start, end: end, next: next)
    }
}
