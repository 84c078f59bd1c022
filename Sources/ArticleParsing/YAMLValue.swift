/// A YAML node as lede needs it: scalars keep their text and whether they were plain,
/// so both the fast scanner and the Yams fallback produce the very same tree.
public enum YAMLValue: Sendable, Hashable {
    case scalar(YAMLScalar)
    case sequence([YAMLValue])
    case mapping([YAMLPair])

    /// The value under `key` in a mapping; the last one wins, as in PyYAML.
    public subscript(key: String) -> YAMLValue? {
        guard case .mapping(let pairs) = self else { return nil }
        return pairs.last(where: { $0.key == key })?.value
    }

    /// Scalar text, with YAML nulls (`~`, `null`, empty plain) as nil.
    public var text: String? {
        guard case .scalar(let scalar) = self, !scalar.isNull else { return nil }
        return scalar.text
    }

    public var items: [YAMLValue]? {
        guard case .sequence(let items) = self else { return nil }
        return items
    }

    public var pairs: [YAMLPair]? {
        guard case .mapping(let pairs) = self else { return nil }
        return pairs
    }
}

public struct YAMLScalar: Sendable, Hashable {
    public var text: String
    /// Plain (unquoted) scalars are the only ones YAML resolves to null, numbers or booleans.
    public var isPlain: Bool

    public init(_ text: String, isPlain: Bool) {
        self.text = text
        self.isPlain = isPlain
    }

    public var isNull: Bool {
        isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }
}

public struct YAMLPair: Sendable, Hashable {
    public var key: String
    public var value: YAMLValue

    public init(_ key: String, _ value: YAMLValue) {
        self.key = key
        self.value = value
    }
}
