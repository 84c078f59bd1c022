/// A front matter as the fast scanner read it: its nodes in document order, each scalar and
/// key a range of the file's bytes, so text is decoded only for what an article keeps. It
/// points into the file's bytes and the scanner's node array (no reference counting on the
/// way): use it only while both stay valid.
struct ScannedTree {
    enum Kind: UInt8 {
        case plain, singleQuoted, doubleQuoted, sequence, mapping
    }

    struct Entry {
        var kind: Kind
        /// Quoted text holding `''` or a backslash escape: decode it rather than copy it.
        var isEscaped = false
        /// A scalar's text holds nothing `TextSanitizer` changes.
        var isClean = false
        var keyIsASCII = true
        /// The key as a `CardKey` raw value, or `unknownKey`: keys are told apart once.
        var keyCode = ScannedTree.unknownKey
        /// The key naming this node in its mapping (an empty range elsewhere).
        var keyStart: Int32 = 0
        var keyEnd: Int32 = 0
        /// A scalar's text (inside its quotes).
        var start: Int32 = 0
        var end: Int32 = 0
        /// Index just past this node's subtree, which is its next sibling.
        var next: Int32 = 0

        /// Records the key naming this node, in one write to the node list.
        mutating func name(_ key: Range<Int>, isASCII: Bool, as cardKey: CardKey?) {
            keyStart = Int32(key.lowerBound)
            keyEnd = Int32(key.upperBound)
            keyIsASCII = isASCII
            keyCode = cardKey?.rawValue ?? ScannedTree.unknownKey
        }
    }

    static let unknownKey: UInt8 = 0xFF

    let bytes: UnsafeBufferPointer<UInt8>
    let nodes: UnsafeBufferPointer<Entry>

    /// The children of a collection, in order.
    struct Children: Sequence, IteratorProtocol {
        let nodes: UnsafeBufferPointer<Entry>
        var index: Int
        let end: Int

        mutating func next() -> Int? {
            guard index < end else { return nil }
            defer { index = Int(nodes[index].next) }
            return index
        }

        /// Exact: counting siblings is a short walk, and lets the builder size its arrays once.
        var underestimatedCount: Int {
            var count = 0
            var index = index
            while index < end {
                count += 1
                index = Int(nodes[index].next)
            }
            return count
        }
    }

    func children(of index: Int) -> Children {
        let node = nodes[index]
        guard node.kind == .sequence || node.kind == .mapping else { return Children(nodes: nodes, index: 0, end: 0) }
        return Children(nodes: nodes, index: index + 1, end: Int(node.next))
    }

    func keyBytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(nodes[index].keyStart)..<Int(nodes[index].keyEnd)])
    }

    func cardKey(_ index: Int) -> CardKey? {
        CardKey(rawValue: nodes[index].keyCode)
    }

    func key(_ index: Int) -> String {
        String(decoding: keyBytes(index), as: UTF8.self)
    }

    /// YAML's nulls: `~`, `null`, `Null`, `NULL` or nothing, unquoted.
    func isNull(_ index: Int) -> Bool {
        let node = nodes[index]
        guard node.kind == .plain else { return false }
        let start = Int(node.start)
        switch node.end - node.start {
        case 0: return true
        case 1: return bytes[start] == 0x7E
        case 4:
            let word = (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[start + $1]) }
            return word == 0x6E75_6C6C || word == 0x4E75_6C6C || word == 0x4E55_4C4C
        default: return false
        }
    }

    /// A scalar's text as YAML reads it: quotes removed, escapes decoded.
    func scalarText(_ index: Int) -> String {
        let node = nodes[index]
        let range = Int(node.start)..<Int(node.end)
        guard node.isEscaped else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            if node.kind == .singleQuoted, byte == 0x27 {
                // The scanner let a quote in only as half of `''`.
                output.append(0x27)
                position += 2
                continue
            } else if node.kind == .doubleQuoted, byte == 0x5C {
                let escaped = bytes[position + 1]
                position += 2
                switch escaped {
                case 0x6E: output.append(0x0A)
                case 0x74: output.append(0x09)
                case 0x72: output.append(0x0D)
                case 0x75:
                    // Checked by the scanner: four hex digits naming a scalar.
                    let scalar = CardScalars.hexScalar(bytes, from: position)!
                    output.append(contentsOf: scalar.utf8)
                    position += 4
                default: output.append(escaped)
                }
                continue
            }
            output.append(byte)
            position += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The subtree as a `YAMLValue`, as Yams would give it.
    func value(_ index: Int) -> YAMLValue {
        let node = nodes[index]
        switch node.kind {
        case .plain: return .scalar(YAMLScalar(scalarText(index), isPlain: true))
        case .singleQuoted, .doubleQuoted: return .scalar(YAMLScalar(scalarText(index), isPlain: false))
        case .sequence: return .sequence(children(of: index).map(value))
        case .mapping: return .mapping(children(of: index).map { YAMLPair(key($0), value($0)) })
        }
    }
}
