/// `PlainTextRules.paragraphs` read straight from a file's bytes: lines trimmed of blanks
/// (space, tab, no-break space), split at empty ones, the lines of each paragraph joined with
/// spaces. Trimming works on bytes where that gives what trimming Characters gives, and on
/// a String otherwise (a blank beside a non-ASCII scalar might share its Character).
struct Paragraphs {
    private let file: SourceFile
    private var paragraphs: [String] = []
    /// The current paragraph's first line, copied only once a second line joins it.
    private var pending: Range<Int>?
    private var joined: [UInt8] = []

    /// The paragraphs of the lines from `position` on. With `firstOnly`, only the lines up to
    /// the first line of spaces and tabs after some text, as a listing reads them.
    static func read(_ file: SourceFile, from position: Int, isValidUTF8: Bool, firstOnly: Bool = false) -> [String] {
        guard isValidUTF8 else { return PlainTextRules.paragraphs(lineTexts(file, from: position, firstOnly: firstOnly)) }
        var reader = Paragraphs(file: file)
        var position = position
        var sawText = false
        while position < file.bytes.count {
            let line = file.line(at: position)
            position = line.next
            if firstOnly {
                if isSpacesAndTabs(file, line) {
                    if sawText { break } else { continue }
                }
                sawText = true
            }
            reader.add(line)
        }
        reader.endParagraph()
        return reader.paragraphs
    }

    private init(file: SourceFile) {
        self.file = file
    }

    private mutating func add(_ line: SourceFile.Line) {
        guard let trimmed = trimmedByBytes(line) else {
            let text = file.text(line.start..<line.end).trimmingBlanks()
            if text.isEmpty { return endParagraph() }
            startLine()
            joined.append(contentsOf: text.utf8)
            return
        }
        if trimmed.isEmpty { return endParagraph() }
        if pending == nil && joined.isEmpty {
            pending = trimmed
            return
        }
        startLine()
        joined.append(contentsOf: UnsafeBufferPointer(rebasing: file.bytes[trimmed]))
    }

    /// Makes the current paragraph a byte buffer, ready for another line after a space.
    private mutating func startLine() {
        if let first = pending {
            joined.append(contentsOf: UnsafeBufferPointer(rebasing: file.bytes[first]))
            pending = nil
        }
        if !joined.isEmpty { joined.append(0x20) }
    }

    private mutating func endParagraph() {
        if let first = pending {
            paragraphs.append(file.text(first))
            pending = nil
        } else if !joined.isEmpty {
            paragraphs.append(String(decoding: joined, as: UTF8.self))
            joined.removeAll(keepingCapacity: true)
        }
    }

    /// The line less leading and trailing blanks, or nil when a blank it drops sits beside a
    /// non-ASCII scalar: that pair may be one Character, which trimming keeps.
    private func trimmedByBytes(_ line: SourceFile.Line) -> Range<Int>? {
        let bytes = file.bytes
        var start = line.start
        var end = line.end
        while start < end {
            if bytes[start] == 0x20 || bytes[start] == 0x09 {
                start += 1
            } else if bytes[start] == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 {
                start += 2
            } else {
                break
            }
        }
        if start == end { return start..<end }
        if start > line.start && bytes[start] >= 0x80 { return nil }
        while end > start {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                end -= 1
            } else if bytes[end - 1] == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
        if end < line.end && bytes[end - 1] >= 0x80 { return nil }
        return start..<end
    }

    private static func isSpacesAndTabs(_ file: SourceFile, _ line: SourceFile.Line) -> Bool {
        UnsafeBufferPointer(rebasing: file.bytes[line.start..<line.end]).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// The lines as text, for a file that is not valid UTF-8: decoding repairs it line by line.
    private static func lineTexts(_ file: SourceFile, from position: Int, firstOnly: Bool) -> [String] {
        guard firstOnly else { return file.lineTexts(from: position) }
        var texts: [String] = []
        var position = position
        while position < file.bytes.count {
            let line = file.line(at: position)
            position = line.next
            if isSpacesAndTabs(file, line) {
                if texts.isEmpty { continue } else { break }
            }
            texts.append(file.text(line.start..<line.end))
        }
        return texts
    }
}
