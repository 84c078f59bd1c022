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
