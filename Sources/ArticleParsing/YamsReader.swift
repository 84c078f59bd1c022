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
        default:
            return Failure(line: nil, message: "YAML: \(error)")
        }
    }
}
