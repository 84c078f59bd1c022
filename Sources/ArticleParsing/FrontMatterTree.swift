/// What `CardBuilder` reads from a front matter, whichever reader made it: the fast
/// scanner's byte ranges (`ScannedTree`) or Yams' values (`YAMLTree`). Every answer means
/// what the same question asked of the `YAMLValue` tree means.
protocol FrontMatterTree {
    associatedtype Node
    associatedtype Items: Sequence where Items.Element == Node

    var root: Node { get }
    func shape(of node: Node) -> FrontMatterShape
    /// A scalar's text, nulls included; "" for a collection.
    func scalarText(of node: Node) -> String
    /// True only when a scalar's text is known to hold nothing `TextSanitizer` changes.
    func isKnownClean(_ node: Node) -> Bool
    /// A scalar read as a whole number, as `Int(text)` or a finite `Double(text)` that is one.
    func integer(of node: Node?) -> Int?
    /// A sequence's items; none for anything else.
    func items(of node: Node) -> Items
    /// A mapping's fields lede reads (the last of a repeated key wins); none for anything else.
    func fields(of node: Node) -> CardFields<Node>
    /// A mapping's pairs whose keys lede does not interpret, as `YAMLValue`s.
    func uninterpretedPairs(of node: Node) -> [YAMLPair]
}

enum FrontMatterShape: Equatable {
    case scalar(isNull: Bool)
    case sequence
    case mapping
}

extension FrontMatterTree {
    /// `YAMLValue.text`: a scalar's text unless it is null.
    func text(of node: Node?) -> String? {
        guard hasText(node), let node else { return nil }
        return scalarText(of: node)
    }

    /// Whether `text(of:)` is not nil, without making the text.
    func hasText(_ node: Node?) -> Bool {
        guard let node else { return false }
        return shape(of: node) == .scalar(isNull: false)
    }

    func integer(of node: Node?) -> Int? {
        integer(text(of: node))
    }

    func integer(_ text: String?) -> Int? {
        guard let text else { return nil }
        return Int(text) ?? Double(text).flatMap { $0.isFinite ? Int(exactly: $0.rounded()) : nil }
    }
}

/// The fields of one mapping that lede reads, by key.
struct CardFields<Node> {
    var title, excerpt, publishedDateTime, date, webUrl, ampWebUrl, cdnAmpWebUrl, originalUrl: Node?
    var category, type, quality, heat, provider, topics, images, related, secured: Node?
    var name, domain, url, width, height: Node?
    /// Whether a key lede does not interpret is there too: only then is `extra` worth making.
    var hasUninterpreted = false

    mutating func record(_ key: CardKey?, _ node: Node) {
        guard let key else {
            hasUninterpreted = true
            return
        }
        if !key.isInterpreted { hasUninterpreted = true }
        switch key {
        case .title: title = node
        case .excerpt: excerpt = node
        case .publishedDateTime: publishedDateTime = node
        case .date: date = node
        case .webUrl: webUrl = node
        case .ampWebUrl: ampWebUrl = node
        case .cdnAmpWebUrl: cdnAmpWebUrl = node
        case .originalUrl: originalUrl = node
        case .category: category = node
        case .type: type = node
        case .quality: quality = node
        case .heat: heat = node
        case .provider: provider = node
        case .topics: topics = node
        case .images: images = node
        case .related: related = node
        case .secured: secured = node
        case .name: name = node
        case .domain: domain = node
        case .url: url = node
        case .width: width = node
        case .height: height = node
        }
    }
}

/// A Yams-read front matter, for the builder.
struct YAMLTree: FrontMatterTree {
    let root: YAMLValue

    func shape(of node: YAMLValue) -> FrontMatterShape {
        switch node {
        case .scalar(let scalar): return .scalar(isNull: scalar.isNull)
        case .sequence: return .sequence
        case .mapping: return .mapping
        }
    }

    func scalarText(of node: YAMLValue) -> String {
        guard case .scalar(let scalar) = node else { return "" }
        return scalar.text
    }

    func isKnownClean(_ node: YAMLValue) -> Bool { false }

    func items(of node: YAMLValue) -> [YAMLValue] { node.items ?? [] }

    func fields(of node: YAMLValue) -> CardFields<YAMLValue> {
        var fields = CardFields<YAMLValue>()
        for pair in node.pairs ?? [] { fields.record(CardKey(pair.key), pair.value) }
        return fields
    }

    func uninterpretedPairs(of node: YAMLValue) -> [YAMLPair] {
        (node.pairs ?? []).filter { CardKey($0.key)?.isInterpreted != true }
    }
}

extension ScannedTree: FrontMatterTree {
    var root: Int { 0 }

    func shape(of node: Int) -> FrontMatterShape {
        switch nodes[node].kind {
        case .plain, .singleQuoted, .doubleQuoted: return .scalar(isNull: isNull(node))
        case .sequence: return .sequence
        case .mapping: return .mapping
        }
    }

    func scalarText(of node: Int) -> String {
        switch nodes[node].kind {
        case .plain, .singleQuoted, .doubleQuoted: return scalarText(node)
        case .sequence, .mapping: return ""
        }
    }

    func isKnownClean(_ node: Int) -> Bool {
        nodes[node].isClean
    }

    /// Digits with at most a sign, as widths and qualities are, read from the bytes; anything
    /// else as `Int(text)` and `Double(text)` read it.
    func integer(of node: Int?) -> Int? {
        guard let node else { return nil }
        let entry = nodes[node]
        if entry.kind != .sequence, entry.kind != .mapping, !entry.isEscaped, entry.end > entry.start, entry.end - entry.start <= 18 {
            var position = Int(entry.start)
            let negative = bytes[position] == 0x2D
            if negative || bytes[position] == 0x2B { position += 1 }
            var value = 0
            var digits = 0
            while position < Int(entry.end), bytes[position] >= 0x30 && bytes[position] <= 0x39 {
                value = value * 10 + Int(bytes[position] - 0x30)
                digits += 1
                position += 1
            }
            if digits > 0 && position == Int(entry.end) { return negative ? -value : value }
        }
        return integer(text(of: node))
    }

    func items(of node: Int) -> Children {
        nodes[node].kind == .sequence ? children(of: node) : Children(nodes: nodes, index: 0, end: 0)
    }

    func fields(of node: Int) -> CardFields<Int> {
        var fields = CardFields<Int>()
        guard nodes[node].kind == .mapping else { return fields }
        for child in children(of: node) {
            fields.record(cardKey(child), child)
        }
        return fields
    }

    func uninterpretedPairs(of node: Int) -> [YAMLPair] {
        guard nodes[node].kind == .mapping else { return [] }
        return children(of: node).compactMap { child in
            cardKey(child)?.isInterpreted == true ? nil : YAMLPair(key(child), value(child))
        }
    }
}
