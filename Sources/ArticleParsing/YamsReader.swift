import CYaml
import Yams

/// Reads front matter the scanner declined, with Yams, within limits that keep hostile
/// input (alias bombs, deep nesting) from hanging lede or eating memory.
enum YamsReader {
    struct Failure: Error {
        /// Line within the front matter, 1-based, when known.
        var line: Int?
        var message: String
    }

    static let maximumNodes = 200_000
    static let maximumDepth = 64
    /// Each nesting level indents at least one column more; this bounds block nesting.
    static let maximumIndent = maximumDepth * 8

    static func read(_ text: String) throws(Failure) -> YAMLValue {
        if let problem = nestingProblem(text) { throw problem }
        do {
            return try compose(text)
        } catch {
            throw Failure(line: error.line.map { lineFeedLine(ofYamsLine: $0, in: text) }, message: error.message)
        }
    }

    /// Yams counts CR, NEL, LS and PS as line breaks too, where lede counts only LF (CR LF once).
    static func lineFeedLine(ofYamsLine yamsLine: Int, in text: String) -> Int {
        var line = 1
        var feeds = 0
        var utf8 = text.utf8.makeIterator()
        var lookahead = utf8.next()
        while line < yamsLine, let byte = lookahead {
            lookahead = utf8.next()
            switch byte {
            case 0x0A:
                line += 1
                feeds += 1
            case 0x0D where lookahead != 0x0A:
                line += 1
            case 0xC2 where lookahead == 0x85:
                line += 1
            case 0xE2 where lookahead == 0x80:
                lookahead = utf8.next()
                if lookahead == 0xA8 || lookahead == 0xA9 { line += 1 }
            default:
                break
            }
        }
        return feeds + 1 + (yamsLine - line)
    }

    private static func compose(_ text: String) throws(Failure) -> YAMLValue {
        if text.utf8.contains(0x2A), let line = aliasInKey(text) {
            throw Failure(line: line, message: "front matter uses an alias inside a mapping key")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw describe(error)
        } catch {
            throw Failure(line: nil, message: "YAML error: \(error)")
        }
        guard let node else { return .scalar(YAMLScalar("", isPlain: true)) }
        var budget = maximumNodes
        return try convert(node, depth: 0, budget: &budget)
    }

    private static func convert(_ node: Node, depth: Int, budget: inout Int) throws(Failure) -> YAMLValue {
        budget -= 1
        guard budget >= 0 else {
            throw Failure(line: node.mark?.line, message: "front matter expands to more than \(maximumNodes) nodes (alias bomb?)")
        }
        guard depth <= maximumDepth else {
            throw Failure(line: node.mark?.line, message: "front matter nests deeper than \(maximumDepth) levels")
        }
        switch node {
        case .scalar(let scalar):
            return .scalar(YAMLScalar(scalar.string, isPlain: scalar.style == .plain || scalar.style == .any))
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try convert(item, depth: depth + 1, budget: &budget)) }
            return .sequence(items)
        case .mapping(let mapping):
            var pairs: [YAMLPair] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                let keyText = key.scalar?.string ?? "?"
                pairs.append(YAMLPair(keyText, try convert(value, depth: depth + 1, budget: &budget)))
            }
            return .mapping(pairs)
        case .alias:
            throw Failure(line: node.mark?.line, message: "unresolved alias")
        }
    }

    /// Yams looks for repeated keys by hashing each key whole, aliases expanded, so an alias
    /// bomb used as a key hangs it. libyaml's events, before Yams composes, find the line of an
    /// alias anywhere inside a key (nil when there is none, or on a syntax error Yams will report).
    static func aliasInKey(_ text: String) -> Int? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            // Each open collection: is it a mapping, is its next child a key, is it inside a key.
            var open: [(isMapping: Bool, nextIsKey: Bool, inKey: Bool)] = []
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT, YAML_ALIAS_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let inKey = open.last.map { $0.inKey || ($0.isMapping && $0.nextIsKey) } ?? false
                    if event.type == YAML_ALIAS_EVENT && inKey { return Int(event.start_mark.line) + 1 }
                    if event.type == YAML_SEQUENCE_START_EVENT || event.type == YAML_MAPPING_START_EVENT {
                        open.append((event.type == YAML_MAPPING_START_EVENT, true, inKey))
                        continue
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    open.removeLast()
                default:
                    continue
                }
                // A node is complete: in a mapping, keys and values take turns.
                if let last = open.indices.last, open[last].isMapping { open[last].nextIsKey.toggle() }
            }
            return nil
        }
    }

    /// Yams' composer recurses once per level, so refuse absurd nesting before it starts.
    private static func nestingProblem(_ text: String) -> Failure? {
        var flowDepth = 0
        var line = 1
        var indent = 0
        var atLineStart = true
        var quote: UInt8? = nil
        for byte in text.utf8 {
            if byte == 0x0A {
                line += 1
                indent = 0
                atLineStart = true
                quote = nil
                continue
            }
            if atLineStart {
                if byte == 0x20 || byte == 0x2D {
                    indent += 1
                    if indent > maximumIndent {
                        return Failure(line: line, message: "front matter nests deeper than \(maximumDepth) levels")
                    }
                    continue
                }
                atLineStart = false
            }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case 0x22, 0x27: quote = byte
            case 0x5B, 0x7B:
                flowDepth += 1
                if flowDepth > maximumDepth {
                    return Failure(line: line, message: "front matter nests deeper than \(maximumDepth) levels")
                }
            case 0x5D, 0x7D: flowDepth = max(0, flowDepth - 1)
            default: break
            }
        }
        return nil
    }

    private static func describe(_ error: YamlError) -> Failure {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text), " } ?? ""
            return Failure(line: mark.line, message: "YAML: \(prefix)\(problem)")
        case .reader(let problem, _, _, _):
            return Failure(line: nil, message: "YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Not "\(error)": that quotes the whole front matter.
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Failure(line: context.mark.line, message: "YAML: a mapping repeats the key(s) \(keys)")
        default:
            return Failure(line: nil, message: "YAML: \(error)")
        }
    }
}
