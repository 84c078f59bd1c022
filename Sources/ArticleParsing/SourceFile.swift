import Foundation

/// A file's bytes, read line by line where they lie: a leading BOM skipped, lines broken at
/// LF with one CR before it dropped, and the front-matter markers found. No line table is
/// built, as most lines are read once. Use it only while `bytes` stays valid.
struct SourceFile {
    /// One line: `start..<end` without its line break, and where the next line starts.
    struct Line {
        var start: Int
        var end: Int
        var next: Int
    }

    /// Where front matter sits, when the file opens with a `---` line.
    enum FrontMatter {
        case none
        /// `content` runs from the first line after the opening marker to the start of the
        /// closing one; the body starts at `bodyStart`.
        case closed(content: Range<Int>, bodyStart: Int)
        case unclosed
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the first line starts: past a BOM, if any.
    let start: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The line starting at `position`, which must be before `bytes.count`.
    func line(at position: Int) -> Line {
        guard let base = bytes.baseAddress else { return Line(start: position, end: position, next: position) }
        var end = bytes.count
        var next = end
        if let feed = memchr(base + position, 0x0A, bytes.count - position) {
            end = base.distance(to: feed.assumingMemoryBound(to: UInt8.self))
            next = end + 1
        }
        if end > position, base[end - 1] == 0x0D { end -= 1 }
        return Line(start: position, end: end, next: next)
    }

    /// Where the front-matter lines start, when the file opens with a `---` line.
    var frontMatterStart: Int? {
        guard start < bytes.count else { return nil }
        let opening = line(at: start)
        return isMarker(opening, 0x2D) ? opening.next : nil
    }

    var frontMatter: FrontMatter {
        guard var position = frontMatterStart else { return .none }
        let contentStart = position
        while position < bytes.count {
            let candidate = line(at: position)
            if isClosingMarker(candidate) { return .closed(content: contentStart..<candidate.start, bodyStart: candidate.next) }
            position = candidate.next
        }
        return .unclosed
    }

    /// True for the line that ends front matter: `---` or `...`, less trailing blanks.
    func isClosingMarker(_ line: Line) -> Bool {
        guard line.end - line.start >= 3 else { return false }
        let first = bytes[line.start]
        return (first == 0x2D || first == 0x2E) && isMarker(line, first)
    }

    /// True when the line, less trailing blanks, is three `byte`s: `---` or `...`.
    private func isMarker(_ line: Line, _ byte: UInt8) -> Bool {
        var end = line.end
        while end > line.start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return end - line.start == 3 && bytes[line.start] == byte && bytes[line.start + 1] == byte && bytes[line.start + 2] == byte
    }

    /// The bytes of the front-matter lines, from the first one's start to the last one's end
    /// (its line break left out), as Yams reads them.
    func contentBytes(_ content: Range<Int>) -> Range<Int> {
        guard !content.isEmpty else { return content }
        var end = content.upperBound - 1
        if end > content.lowerBound, bytes[end - 1] == 0x0D { end -= 1 }
        return content.lowerBound..<end
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Every line from `position` to the end of the file, as text.
    func lineTexts(from position: Int) -> [String] {
        var texts: [String] = []
        var position = position
        while position < bytes.count {
            let line = line(at: position)
            texts.append(text(line.start..<line.end))
            position = line.next
        }
        return texts
    }
}

/// UTF-8 checks on raw bytes, so a file is validated once, in place, without building a String.
enum UTF8Validation {
    /// True when the bytes are well-formed UTF-8 (no overlong forms, surrogates or values past
    /// U+10FFFF), exactly as `String(validating:as:)` decides. Eight ASCII bytes at a time.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let byte = base[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(base, at: index, count: count) else { return false }
            index += length
        }
        return true
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var index = 0
            while index < buffer.count {
                if base[index] < 0x80 {
                    index += 1
                    continue
                }
                guard let length = sequenceLength(base, at: index, count: buffer.count) else { return index }
                index += length
            }
            return nil
        }
    }

    /// Length of the well-formed multi-byte sequence at `index`, or nil. The second byte's
    /// range depends on the first (Unicode's table 3-7); later bytes are plain continuations.
    static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int? {
        let lead = base[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard index + length <= count else { return nil }
        let second = base[index + 1]
        guard second >= low && second <= high else { return nil }
        for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}
