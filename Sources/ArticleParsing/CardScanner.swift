/// A fast reader for the subset of YAML that news cards use in practice: block mappings
/// and sequences of one-line plain, single- or double-quoted scalars. It answers nil for
/// anything outside that subset, and the caller then asks Yams, so what it does accept it
/// must read exactly as Yams does (tests hold it to that on every fixture). It reads the
/// lines where they lie and records byte ranges; text is decoded later, and only if needed.
struct CardScanner {
    /// A line that holds a node, with its indentation skipped and trailing spaces dropped.
    private struct Line {
        var start: Int
        var end: Int
        var indent: Int
        /// Holds ASCII alone, so its key needs no check for it.
        var isASCII: Bool
        /// Holds nothing `TextSanitizer` changes, nor then do its scalars.
        var isClean: Bool
    }

    /// What the scanner read: the tree's nodes, the front-matter lines they came from, and
    /// where the body starts.
    struct Result {
        let bytes: UnsafeBufferPointer<UInt8>
        let nodes: [ScannedTree.Entry]
        let content: Range<Int>
        let bodyStart: Int
        /// Whether the front-matter lines are well-formed UTF-8, checked on the way.
        let isValidUTF8: Bool

        func withTree<Value>(_ body: (ScannedTree) -> Value) -> Value {
            nodes.withUnsafeBufferPointer { body(ScannedTree(bytes: bytes, nodes: $0)) }
        }
    }

    private let file: SourceFile
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    /// The next line holding a node; nil at the end, or when a line is out of the subset.
    private var current: Line?
    /// The line that closes the front matter, once reached.
    private var closing: SourceFile.Line?
    private var failed = false
    /// `[` and `{` in the lines so far, comments and quotes included.
    private var brackets = 0
    private var isValidUTF8 = true
    /// Collections open around the current line: Yams' reader refuses more than its limit.
    private var depth = 0
    private var nodes: [ScannedTree.Entry] = []

    /// Scans the front matter whose lines start at `contentStart`, up to the closing marker
    /// (found on the way, so the lines are walked once); nil means "not in the subset, use
    /// Yams", or no closing marker.
    static func scan(_ file: SourceFile, from contentStart: Int) -> Result? {
        var scanner = CardScanner(file, contentStart)
        scanner.advance()
        if scanner.current == nil && !scanner.failed {
            scanner.nodes.append(ScannedTree.Entry(kind: .plain, next: 1))
        } else {
            guard scanner.parseBlock(parentIndent: -1), scanner.current == nil else { return nil }
        }
        guard !scanner.failed, let closing = scanner.closing else { return nil }
        return Result(bytes: file.bytes, nodes: scanner.nodes, content: contentStart..<closing.start, bodyStart: closing.next,
                      isValidUTF8: scanner.isValidUTF8)
    }

    private init(_ file: SourceFile, _ contentStart: Int) {
        self.file = file
        bytes = file.bytes
        position = contentStart
        nodes.reserveCapacity(min((file.bytes.count - contentStart) / 24 + 4, 512))
    }

    /// Moves to the next line holding a node, skipping blank and comment lines; refuses tabs
    /// in indentation and directives.
    private mutating func advance() {
        current = nil
        guard closing == nil else { return }
        while position < bytes.count {
            guard let checked = FrontMatterCharacters.line(in: bytes, at: position) else { return fail() }
            let line = checked.line
            if file.isClosingMarker(line) {
                closing = line
                position = bytes.count
                return
            }
            brackets += checked.brackets
            isValidUTF8 = isValidUTF8 && checked.isValidUTF8
            if brackets > YamsReader.maximumDepth { return fail() }
            position = line.next
            var start = line.start
            while start < line.end, bytes[start] == 0x20 { start += 1 }
            // Absurd indentation means absurd nesting: let Yams' limits report it. YamsReader
            // counts dashes with the spaces, blank lines too.
            var margin = start
            while margin < line.end, bytes[margin] == 0x20 || bytes[margin] == 0x2D { margin += 1 }
            if margin - line.start > YamsReader.maximumIndent { return fail() }
            if start == line.end { continue }
            let first = bytes[start]
            if first == 0x09 { return fail() }
            if first == 0x23 { continue }
            if start == line.start && first == 0x25 { return fail() }
            // `--- ` and `... ` at the margin start and end YAML documents.
            if start == line.start, first == 0x2D || first == 0x2E, line.end - start >= 3,
               bytes[start + 1] == first, bytes[start + 2] == first,
               line.end - start == 3 || bytes[start + 3] == 0x20 || bytes[start + 3] == 0x09 {
                return fail()
            }
            var end = line.end
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            if bytes[end - 1] == 0x09 { return fail() }
            current = Line(start: start, end: end, indent: start - line.start, isASCII: checked.isASCII, isClean: checked.isClean)
            return
        }
        // The file ended before the front matter did.
        fail()
    }

    private mutating func fail() {
        failed = true
        current = nil
    }

    // The helpers below are static on the bytes: as methods, each call from a mutating one
    // would copy the whole scanner.
    private static func isSequenceEntry(_ line: Line, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[line.start] == 0x2D && (line.end == line.start + 1 || bytes[line.start + 1] == 0x20)
    }

    /// A block nested under something at `parentIndent`.
    private mutating func parseBlock(parentIndent: Int) -> Bool {
        guard let line = current, line.indent > parentIndent else { return false }
        if Self.isSequenceEntry(line, bytes) { return parseSequence(indent: line.indent) }
        return parseMapping(indent: line.indent)
    }

    private mutating func parseSequence(indent: Int) -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth <= YamsReader.maximumDepth else { return false }
        let sequence = open(.sequence)
        while let line = current {
            // A shallower line, or a key beside an indentless sequence, ends it; the parent checks which.
            if line.indent < indent || !Self.isSequenceEntry(line, bytes) { break }
            guard line.indent == indent else { return false }
            var contentStart = line.start + 1
            while contentStart < line.end, bytes[contentStart] == 0x20 { contentStart += 1 }
            if contentStart == line.end {
                advance()
                if let next = current, next.indent > indent {
                    guard parseBlock(parentIndent: indent) else { return false }
                } else {
                    appendScalar(.plain, contentStart..<contentStart)
                }
                continue
            }
            let column = indent + (contentStart - line.start)
            if bytes[contentStart] == 0x2D, contentStart + 1 == line.end || bytes[contentStart + 1] == 0x20 {
                return false
            }
            if Self.findKeySeparator(bytes, from: contentStart, to: line.end) != nil {
                // `- key: value` opens a mapping whose keys line up with `key`.
                current = Line(start: contentStart, end: line.end, indent: column, isASCII: line.isASCII, isClean: line.isClean)
                guard parseMapping(indent: column) else { return false }
            } else {
                guard parseInlineValue(from: contentStart, on: line) else { return false }
                advance()
                if let next = current, next.indent > indent { return false }
            }
        }
        close(sequence)
        return true
    }

    private mutating func parseMapping(indent: Int) -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth <= YamsReader.maximumDepth else { return false }
        let mapping = open(.mapping)
        var keys = MappingKeys(mapping: mapping)
        while let line = current {
            if line.indent < indent { break }
            guard line.indent == indent, !Self.isSequenceEntry(line, bytes),
                  let separator = Self.findKeySeparator(bytes, from: line.start, to: line.end),
                  let keyEnd = Self.plainKeyEnd(bytes, from: line.start, to: separator, mayHoldTabs: !line.isClean) else {
                return false
            }
            // Yams only finds the `:` of a key at most 1024 characters long.
            guard separator - line.start <= 1024 else { return false }
            // Yams refuses a mapping that repeats a key.
            let key = line.start..<keyEnd
            let isNew = nodes.withUnsafeBufferPointer { keys.insert(key, isASCII: line.isASCII, in: ScannedTree(bytes: bytes, nodes: $0)) }
            guard isNew else { return false }
            var valueStart = separator + 1
            while valueStart < line.end, bytes[valueStart] == 0x20 { valueStart += 1 }
            advance()
            let value = nodes.count
            if valueStart < line.end {
                guard parseInlineValue(from: valueStart, on: line) else { return false }
                if let next = current, next.indent > indent { return false }
            } else if let next = current, next.indent > indent {
                guard parseBlock(parentIndent: indent) else { return false }
            } else if let next = current, next.indent == indent, Self.isSequenceEntry(next, bytes) {
                // An indentless sequence: `topics:` followed by `- AI` at the key's own indent.
                guard parseSequence(indent: indent) else { return false }
            } else {
                appendScalar(.plain, valueStart..<valueStart)
            }
            nodes[value].name(key, isASCII: keys.lastWasASCII, as: keys.lastKey)
        }
        close(mapping)
        return true
    }

    private mutating func open(_ kind: ScannedTree.Kind) -> Int {
        nodes.append(ScannedTree.Entry(kind: kind))
        return nodes.count - 1
    }

    private mutating func close(_ index: Int) {
        nodes[index].next = Int32(nodes.count)
    }

    private mutating func appendScalar(_ kind: ScannedTree.Kind, _ range: Range<Int>, escaped: Bool = false, clean: Bool = false) {
        nodes.append(ScannedTree.Entry(kind: kind, isEscaped: escaped, isClean: clean, start: Int32(range.lowerBound),
                                       end: Int32(range.upperBound), next: Int32(nodes.count + 1)))
    }

    /// Position of the `:` that ends a plain key (followed by a space or the line end).
    private static func findKeySeparator(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        let first = bytes[start]
        if first == 0x22 || first == 0x27 || first == 0x3F || CardScalars.isFlowOrNodeIndicator(first) { return nil }
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x3A, index + 1 == end || bytes[index + 1] == 0x20 { return index }
            if byte == 0x23, index > start, bytes[index - 1] == 0x20 { return nil }
            index += 1
        }
        return nil
    }

    /// Where a plain key before `separator` ends, trailing spaces dropped; nil for an empty
    /// key or one holding a tab.
    private static func plainKeyEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to separator: Int, mayHoldTabs: Bool) -> Int? {
        var keyEnd = separator
        while keyEnd > start, bytes[keyEnd - 1] == 0x20 { keyEnd -= 1 }
        guard keyEnd > start else { return nil }
        if mayHoldTabs {
            for index in start..<keyEnd where bytes[index] == 0x09 { return nil }
        }
        return keyEnd
    }

    /// A scalar (or `[]` / `{}`) filling the rest of a line.
    private mutating func parseInlineValue(from start: Int, on line: Line) -> Bool {
        let end = line.end
        let first = bytes[start]
        if first == 0x5B || first == 0x7B {
            guard end - start == 2, bytes[start + 1] == first + 2 else { return false }
            close(open(first == 0x5B ? .sequence : .mapping))
            return true
        }
        guard let scalar = CardScalars.read(bytes, from: start, to: end) else { return false }
        appendScalar(scalar.kind, scalar.text, escaped: scalar.isEscaped, clean: line.isClean && !scalar.isEscaped)
        return true
    }
}
