/// The characters test the fast scanner applies to a whole front matter before reading it.
enum FrontMatterCharacters {
    /// How many `[` and `{` the bytes hold, or nil when they hold a character Yams reads
    /// differently from the scanner: a C0 control but tab and line feed (and CR before one),
    /// DEL, a C1 control (NEL among them), LS, PS, BOM, U+FFFE or U+FFFF. Yams refuses control
    /// characters anywhere, even in comments, and reads CR, NEL, LS and PS as line breaks and
    /// a BOM as nothing. Eight bytes at a time while they are printable ASCII, tabs and line feeds.
    static func bracketsIfReadAlike(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let highs: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        /// 0x80 in each byte of `word` that is zero: exact, as no carry crosses bytes.
        func zeros(_ word: UInt64) -> UInt64 { ~(((word & lows) &+ lows) | word) & highs }
        var brackets = 0
        var index = start
        while index < end {
            if index + 8 <= end, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // `[` and `{` differ only in 0x20: both become `{` (and nothing else does).
                let braces = (word | (ones &* 0x20)) ^ (ones &* 0x7B)
                // Quick and rough (a borrow may flag a byte too many, never too few) ...
                let rough = ((word &- ones &* 0x20) & ~word) | word | (word &+ ones) | ((braces &- ones) & ~braces)
                if rough & highs == 0 {
                    index += 8
                    continue
                }
                // ... then exact, as a tab or a line feed flags most lines' last word.
                let controls = ~(((word & lows) &+ ones &* 0x60) | word) & highs
                let tabsAndFeeds = zeros(word ^ (ones &* 0x09)) | zeros(word ^ (ones &* 0x0A))
                if (controls & ~tabsAndFeeds) | (word & highs) | zeros(word ^ (ones &* 0x7F)) | zeros(braces) == 0 {
                    index += 8
                    continue
                }
            }
            let stop = min(index + 8, end)
            while index < stop {
                let byte = bytes[index]
                index += 1
                if byte >= 0x20 && byte < 0x7F {
                    if byte == 0x5B || byte == 0x7B { brackets += 1 }
                    continue
                }
                if byte == 0x09 || byte == 0x0A { continue }
                if byte == 0x0D && index < end && bytes[index] == 0x0A { continue }
                if byte < 0x20 || byte == 0x7F { return nil }
                guard index < end else { continue }
                let next = bytes[index]
                if byte == 0xC2 && next >= 0x80 && next <= 0x9F { return nil }
                guard index + 1 < end else { continue }
                let last = bytes[index + 1]
                if byte == 0xE2 && next == 0x80 && (last == 0xA8 || last == 0xA9) { return nil }
                if byte == 0xEF && ((next == 0xBB && last == 0xBF) || (next == 0xBF && last >= 0xBE)) { return nil }
            }
        }
        return brackets
    }
}
