/// A fast reader for the subset of YAML that news cards use in practice: block mappings
/// and sequences of one-line plain, single- or double-quoted scalars. It answers nil for
/// anything outside that subset, and the caller then asks Yams, so what it does accept it
/// must read exactly as Yams does (tests hold it to that on every fixture).
struct CardScanner {
    private struct Line {
        var start: Int
        var end: Int
        var indent: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var lines: [Line] = []
    private var cursor = 0
    /// Collections open around the current line: Yams' reader refuses more than its limit.
    private var depth = 0

    /// Scans the given lines of `file`; nil means "not in the subset, use Yams".
    static func scan(_ file: SourceFile, lines range: Range<Int>) -> YAMLValue? {
        file.bytes.withUnsafeBufferPointer { buffer in
            var scanner = CardScanner(bytes: buffer)
            guard scanner.collectLines(file, range) else { return nil }
            if scanner.lines.isEmpty { return .scalar(YAMLScalar("", isPlain: true)) }
            guard let root = scanner.parseBlock(parentIndent: -1), scanner.cursor == scanner.lines.count else {
                return nil
            }
            return root
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Drops blank and comment lines; refuses tabs in indentation and directives.
    private mutating func collectLines(_ file: SourceFile, _ range: Range<Int>) -> Bool {
        lines.reserveCapacity(range.count)
        // Yams refuses control characters anywhere, even in comments, and reads CR, NEL, LS and
        // PS as line breaks and a BOM as nothing: leave front matter holding any to it. YamsReader
        // refuses deep flow nesting by counting brackets (quotes and comments aside): more
        // brackets than its limit in all may nest that deep.
        if let top = range.first, let bottom = range.last {
            guard let brackets = bracketsIfReadAlike(from: file.lines[top].start, to: file.lines[bottom].end),
                  brackets <= YamsReader.maximumDepth else { return false }
        }
        for index in range {
            let line = file.lines[index]
            var position = line.start
            while position < line.end, bytes[position] == 0x20 { position += 1 }
            // Absurd indentation means absurd nesting: let Yams' limits report it. YamsReader
            // counts dashes with the spaces, blank lines too.
            var margin = position
            while margin < line.end, bytes[margin] == 0x20 || bytes[margin] == 0x2D { margin += 1 }
            if margin - line.start > YamsReader.maximumIndent { return false }
            if position == line.end { continue }
            let first = bytes[position]
            if first == 0x09 { return false }
            if first == 0x23 { continue }
            if position == line.start && first == 0x25 { return false }
            // `--- ` and `... ` at the margin start and end YAML documents.
            if position == line.start, first == 0x2D || first == 0x2E, line.end - position >= 3,
               bytes[position + 1] == first, bytes[position + 2] == first,
               line.end - position == 3 || bytes[position + 3] == 0x20 || bytes[position + 3] == 0x09 {
                return false
            }
            var end = line.end
            while end > position, bytes[end - 1] == 0x20 { end -= 1 }
            if bytes[end - 1] == 0x09 { return false }
            lines.append(Line(start: position, end: end, indent: position - line.start))
        }
        return true
    }

    /// How many `[` and `{` the bytes hold, or nil when they hold a character Yams reads
    /// differently from the scanner: a C0 control but tab and line feed (and CR before one),
    /// DEL, a C1 control (NEL among them), LS, PS, BOM, U+FFFE or U+FFFF. Eight bytes at a
    /// time while they are printable ASCII, tabs and line feeds.
    private func bracketsIfReadAlike(from start: Int, to end: Int) -> Int? {
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

    private func isSequenceEntry(_ line: Line) -> Bool {
        bytes[line.start] == 0x2D && (line.end == line.start + 1 || bytes[line.start + 1] == 0x20)
    }

    /// A block nested under something at `parentIndent`.
    private mutating func parseBlock(parentIndent: Int) -> YAMLValue? {
        guard cursor < lines.count else { return nil }
        let line = lines[cursor]
        guard line.indent > parentIndent else { return nil }
        if isSequenceEntry(line) { return parseSequence(indent: line.indent) }
        return parseMapping(indent: line.indent, firstKeyAt: nil)
    }

    private mutating func parseSequence(indent: Int) -> YAMLValue? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= YamsReader.maximumDepth else { return nil }
        var items: [YAMLValue] = []
        while cursor < lines.count {
            let line = lines[cursor]
            // A shallower line, or a key beside an indentless sequence, ends it; the parent checks which.
            if line.indent < indent || !isSequenceEntry(line) { break }
            guard line.indent == indent else { return nil }
            var contentStart = line.start + 1
            while contentStart < line.end, bytes[contentStart] == 0x20 { contentStart += 1 }
            if contentStart == line.end {
                cursor += 1
                if cursor < lines.count, lines[cursor].indent > indent {
                    guard let nested = parseBlock(parentIndent: indent) else { return nil }
                    items.append(nested)
                } else {
                    items.append(.scalar(YAMLScalar("", isPlain: true)))
                }
                continue
            }
            let column = indent + (contentStart - line.start)
            if bytes[contentStart] == 0x2D, contentStart + 1 == line.end || bytes[contentStart + 1] == 0x20 {
                return nil
            }
            if findKeySeparator(from: contentStart, to: line.end) != nil {
                // `- key: value` opens a mapping whose keys line up with `key`.
                lines[cursor] = Line(start: contentStart, end: line.end, indent: column)
                guard let mapping = parseMapping(indent: column, firstKeyAt: cursor) else { return nil }
                items.append(mapping)
            } else {
                guard let scalar = parseInlineValue(from: contentStart, to: line.end) else { return nil }
                items.append(scalar)
                cursor += 1
                if cursor < lines.count, lines[cursor].indent > indent { return nil }
            }
        }
        return .sequence(items)
    }

    private mutating func parseMapping(indent: Int, firstKeyAt: Int?) -> YAMLValue? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= YamsReader.maximumDepth else { return nil }
        var pairs: [YAMLPair] = []
        var keys: Set<String> = []
        while cursor < lines.count {
            let line = lines[cursor]
            if line.indent < indent { break }
            guard line.indent == indent, !isSequenceEntry(line),
                  let separator = findKeySeparator(from: line.start, to: line.end),
                  let key = plainKey(from: line.start, to: separator) else { return nil }
            // Yams only finds the `:` of a key at most 1024 characters long.
            guard separator - line.start <= 1024 else { return nil }
            // Yams refuses a mapping that repeats a key. Cards have few keys: hash only many.
            // (As Strings: Yams' test is canonical equivalence, so U+212A KELVIN SIGN repeats K.)
            if pairs.count < 16 {
                if pairs.contains(where: { $0.key == key }) { return nil }
            } else {
                if keys.isEmpty { keys = Set(pairs.map(\.key)) }
                guard keys.insert(key).inserted else { return nil }
            }
            var valueStart = separator + 1
            while valueStart < line.end, bytes[valueStart] == 0x20 { valueStart += 1 }
            cursor += 1
            if valueStart < line.end {
                guard let value = parseInlineValue(from: valueStart, to: line.end) else { return nil }
                if cursor < lines.count, lines[cursor].indent > indent { return nil }
                pairs.append(YAMLPair(key, value))
                continue
            }
            if cursor < lines.count, lines[cursor].indent > indent {
                guard let nested = parseBlock(parentIndent: indent) else { return nil }
                pairs.append(YAMLPair(key, nested))
            } else if cursor < lines.count, lines[cursor].indent == indent, isSequenceEntry(lines[cursor]) {
                // An indentless sequence: `topics:` followed by `- AI` at the key's own indent.
                guard let nested = parseSequence(indent: indent) else { return nil }
                pairs.append(YAMLPair(key, nested))
            } else {
                pairs.append(YAMLPair(key, .scalar(YAMLScalar("", isPlain: true))))
            }
        }
        return .mapping(pairs)
    }

    /// Position of the `:` that ends a plain key (followed by a space or the line end).
    private func findKeySeparator(from start: Int, to end: Int) -> Int? {
        let first = bytes[start]
        if first == 0x22 || first == 0x27 || first == 0x3F || isFlowOrNodeIndicator(first) { return nil }
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x3A, index + 1 == end || bytes[index + 1] == 0x20 { return index }
            if byte == 0x23, index > start, bytes[index - 1] == 0x20 { return nil }
            index += 1
        }
        return nil
    }

    private func plainKey(from start: Int, to end: Int) -> String? {
        var keyEnd = end
        while keyEnd > start, bytes[keyEnd - 1] == 0x20 { keyEnd -= 1 }
        guard keyEnd > start else { return nil }
        for index in start..<keyEnd where bytes[index] == 0x09 { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<keyEnd]), as: UTF8.self)
    }

    private func isFlowOrNodeIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5B, 0x5D, 0x7B, 0x7D, 0x2C, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x25, 0x40, 0x60, 0x23: return true
        default: return false
        }
    }

    /// A scalar (or `[]` / `{}`) filling the rest of a line.
    private func parseInlineValue(from start: Int, to end: Int) -> YAMLValue? {
        let first = bytes[start]
        switch first {
        case 0x22: return parseDoubleQuoted(from: start, to: end)
        case 0x27: return parseSingleQuoted(from: start, to: end)
        case 0x5B, 0x7B:
            guard end - start == 2 else { return nil }
            if first == 0x5B && bytes[start + 1] == 0x5D { return .sequence([]) }
            if first == 0x7B && bytes[start + 1] == 0x7D { return .mapping([]) }
            return nil
        default:
            return parsePlain(from: start, to: end)
        }
    }

    private func parsePlain(from start: Int, to end: Int) -> YAMLValue? {
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
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return .scalar(YAMLScalar(text, isPlain: true))
    }

    private func parseSingleQuoted(from start: Int, to end: Int) -> YAMLValue? {
        var output: [UInt8] = []
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if byte == 0x27 {
                if index + 1 < end, bytes[index + 1] == 0x27 {
                    output.append(0x27)
                    index += 2
                    continue
                }
                guard index + 1 == end else { return nil }
                return .scalar(YAMLScalar(String(decoding: output, as: UTF8.self), isPlain: false))
            }
            output.append(byte)
            index += 1
        }
        return nil
    }

    private func parseDoubleQuoted(from start: Int, to end: Int) -> YAMLValue? {
        // Common case: no escapes, so the text is the bytes between the quotes.
        if end - start >= 2, bytes[end - 1] == 0x22,
           !bytes[(start + 1)..<(end - 1)].contains(where: { $0 == 0x22 || $0 == 0x5C }) {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)]), as: UTF8.self)
            return .scalar(YAMLScalar(text, isPlain: false))
        }
        var output: [UInt8] = []
        output.reserveCapacity(end - start)
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if byte == 0x22 {
                guard index + 1 == end else { return nil }
                return .scalar(YAMLScalar(String(decoding: output, as: UTF8.self), isPlain: false))
            }
            if byte == 0x5C {
                guard index + 1 < end else { return nil }
                let escaped = bytes[index + 1]
                switch escaped {
                case 0x22, 0x5C, 0x2F: output.append(escaped)
                case 0x6E: output.append(0x0A)
                case 0x74: output.append(0x09)
                case 0x72: output.append(0x0D)
                case 0x75:
                    guard index + 6 <= end, let scalar = hexScalar(from: index + 2, count: 4) else { return nil }
                    output.append(contentsOf: Array(String(Character(scalar)).utf8))
                    index += 6
                    continue
                default: return nil
                }
                index += 2
                continue
            }
            output.append(byte)
            index += 1
        }
        return nil
    }

    private func hexScalar(from start: Int, count: Int) -> Unicode.Scalar? {
        var value: UInt32 = 0
        for index in start..<(start + count) {
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
        // Surrogate halves need pairing; leave them to Yams.
        return Unicode.Scalar(value)
    }
}
