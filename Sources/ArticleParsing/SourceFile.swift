/// A file's bytes cut into lines, with CR, BOM and front-matter boundaries worked out once.
struct SourceFile {
    /// Byte range of one line, without its line break, and its 1-based number.
    struct Line {
        var start: Int
        var end: Int
        var number: Int
    }

    let bytes: [UInt8]
    let lines: [Line]

    init(bytes: [UInt8]) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        self.bytes = bytes
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 40 + 1)
        var lineStart = start
        var number = 1
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count {
                if buffer[index] == 0x0A {
                    var end = index
                    if end > lineStart, buffer[end - 1] == 0x0D { end -= 1 }
                    lines.append(Line(start: lineStart, end: end, number: number))
                    number += 1
                    lineStart = index + 1
                }
                index += 1
            }
        }
        if lineStart < bytes.count {
            var end = bytes.count
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(Line(start: lineStart, end: end, number: number))
        }
        self.lines = lines
    }

    func text(_ line: Line) -> String {
        String(decoding: bytes[line.start..<line.end], as: UTF8.self)
    }

    /// The text of a run of lines, line breaks included.
    func text(lines range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(decoding: bytes[lines[range.lowerBound].start..<lines[range.upperBound - 1].end], as: UTF8.self)
    }

    /// True when the line, less trailing blanks, is exactly `marker`.
    func line(_ line: Line, is marker: StaticString) -> Bool {
        var end = line.end
        while end > line.start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard end - line.start == marker.utf8CodeUnitCount else { return false }
        return marker.withUTF8Buffer { marker in
            marker.indices.allSatisfy { bytes[line.start + $0] == marker[$0] }
        }
    }

    func isBlank(_ line: Line) -> Bool {
        bytes[line.start..<line.end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// Where front matter sits, when the file opens with a `---` line.
    enum FrontMatter {
        case none
        /// Lines strictly between the markers, and the first body line index.
        case closed(content: Range<Int>, bodyStart: Int)
        case unclosed
    }

    var frontMatter: FrontMatter {
        guard let first = lines.first, line(first, is: "---") else { return .none }
        for index in 1..<max(lines.count, 1) where line(lines[index], is: "---") || line(lines[index], is: "...") {
            return .closed(content: 1..<index, bodyStart: index + 1)
        }
        return .unclosed
    }
}
