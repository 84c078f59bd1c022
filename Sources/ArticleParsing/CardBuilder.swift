/// Turns a front-matter tree into an `Article`, reporting (never dropping) what does not fit.
/// One builder serves both readers' trees, so a card reads the same whichever read it.
struct CardBuilder<Tree: FrontMatterTree> {
    typealias Node = Tree.Node

    let tree: Tree
    let detail: ArticleReader.Detail
    private(set) var warnings: [String] = []

    init(_ tree: Tree, detail: ArticleReader.Detail) {
        self.tree = tree
        self.detail = detail
    }

    /// The article; `body` is its paragraphs, which a listing reads (the first, at most) only
    /// for a title to fall back on and does not keep.
    mutating func build(id: String, path: String, body: [String]) -> Article {
        let root = tree.fields(of: tree.root)
        // A title of blanks or controls alone would print as nothing: fall back as if absent.
        let title = titleText(root.title).map { TextSanitizer.cleanLine($0).trimmingBlanks() }.flatMap { $0.isEmpty ? nil : $0 }
            ?? firstSentence(of: tree.text(of: root.excerpt) ?? body.first ?? "")
            ?? lastPathComponent(path)
        if !tree.hasText(root.title) { warnings.append("no usable title; using \(root.excerpt != nil ? "the excerpt" : "the body")") }
        // Fields in the order they always were read, so warnings keep their order; the article
        // is made in one go, as filling in a `var` costs a copy of it.
        let full = detail == .full
        let excerpt = detail.readsText ? clean(root.excerpt) : nil
        let published = date(root.publishedDateTime ?? root.date)
        let links = urls(root)
        let publisher = provider(root.provider)
        let topics = strings(root.topics, field: "topics")
        let pictures = full ? images(root.images) : []
        let category = clean(root.category)
        let type = clean(root.type)
        let quality = integer(root.quality)
        let heat = integer(root.heat)
        let relatedItems = related(root.related)
        return Article(id: id, path: path, format: .card, title: TextSanitizer.cleanLine(title).trimmingBlanks(),
                       excerpt: excerpt, date: published, provider: publisher, topics: topics, urls: links, images: pictures,
                       category: category, type: type, quality: quality, heat: heat, related: relatedItems,
                       body: detail.readsText ? body : [],
                       extra: full && root.hasUninterpreted ? tree.uninterpretedPairs(of: tree.root) : [],
                       secured: full ? tree.text(of: root.secured) : nil)
    }

    private func clean(_ node: Node?) -> String? {
        guard let node, let text = tree.text(of: node) else { return nil }
        // Known-clean text needs only its blanks trimmed.
        let cleaned = (tree.isKnownClean(node) ? text : TextSanitizer.clean(text)).trimming(.whitespace)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// `clean`, then cleaned for one line: which changes nothing more in known-clean text
    /// (a scalar the scanner read holds no line break).
    private func cleanLine(_ node: Node?) -> String? {
        guard let node, let cleaned = clean(node) else { return nil }
        return tree.isKnownClean(node) ? cleaned : TextSanitizer.cleanLine(cleaned)
    }

    /// A title that is a number or a list is still shown, as its text.
    private mutating func titleText(_ node: Node?) -> String? {
        guard let node else { return nil }
        switch tree.shape(of: node) {
        case .scalar(isNull: false):
            let text = tree.scalarText(of: node)
            return text.isEmpty ? nil : text
        case .scalar(isNull: true):
            return nil
        case .sequence:
            warnings.append("title is a list; its items are joined")
            let joined = tree.items(of: node).compactMap { tree.text(of: $0) }.joined(separator: " ")
            return joined.isEmpty ? nil : joined
        case .mapping:
            warnings.append("title is a mapping; ignored")
            return nil
        }
    }

    private func firstSentence(of text: String) -> String? {
        PlainTextRules.firstSentence(of: TextSanitizer.cleanLine(text))
    }

    private func date(_ node: Node?) -> ArticleDate? {
        clean(node).map { ArticleDate(text: $0) }
    }

    private func integer(_ node: Node?) -> Int? {
        tree.integer(of: node)
    }

    private func urls(_ fields: CardFields<Node>) -> ArticleURLs {
        ArticleURLs(web: clean(fields.webUrl), amp: clean(fields.ampWebUrl),
                    cdnAmp: clean(fields.cdnAmpWebUrl), original: clean(fields.originalUrl))
    }

    private func provider(_ node: Node?) -> Provider? {
        guard let node else { return nil }
        switch tree.shape(of: node) {
        case .scalar:
            return clean(node).map { Provider(name: $0) }
        case .mapping:
            let fields = tree.fields(of: node)
            let provider = Provider(name: clean(fields.name), domain: clean(fields.domain))
            return provider.name == nil && provider.domain == nil ? nil : provider
        case .sequence:
            return nil
        }
    }

    private mutating func strings(_ node: Node?, field: String) -> [String] {
        guard let node else { return [] }
        switch tree.shape(of: node) {
        case .scalar:
            return clean(node).map { [$0] } ?? []
        case .sequence:
            var count = 0
            var texts: [String] = []
            let items = tree.items(of: node)
            texts.reserveCapacity(items.underestimatedCount)
            for item in items {
                count += 1
                if let text = clean(item) { texts.append(text) }
            }
            if texts.count < count { warnings.append("\(field): \(count - texts.count) item(s) are not text") }
            return texts
        case .mapping:
            warnings.append("\(field) is a mapping, expected a list")
            return []
        }
    }

    private func images(_ node: Node?) -> [ArticleImage] {
        guard let node else { return [] }
        let items = tree.items(of: node)
        var images: [ArticleImage] = []
        images.reserveCapacity(items.underestimatedCount)
        for item in items {
            let fields = tree.fields(of: item)
            guard let url = clean(fields.url) else { continue }
            images.append(ArticleImage(url: url, width: integer(fields.width), height: integer(fields.height), title: clean(fields.title)))
        }
        return images
    }

    private mutating func related(_ node: Node?) -> [RelatedItem] {
        guard let node else { return [] }
        switch tree.shape(of: node) {
        case .scalar(let isNull):
            if !isNull { warnings.append("related is a single text, expected a list") }
            return relatedItem(node).map { [$0] } ?? []
        case .mapping:
            warnings.append("related is a mapping, expected a list; read as one item")
            return [relatedItem(node)].compactMap { $0 }
        case .sequence:
            var result: [RelatedItem] = []
            let items = tree.items(of: node)
            result.reserveCapacity(items.underestimatedCount)
            for (index, item) in items.enumerated() {
                if tree.shape(of: item) == .scalar(isNull: false) {
                    warnings.append("related item \(index + 1) is plain text, read as a title")
                }
                if let related = relatedItem(item) {
                    result.append(related)
                } else {
                    warnings.append("related item \(index + 1) has no title or URL")
                }
            }
            return result
        }
    }

    private func relatedItem(_ node: Node) -> RelatedItem? {
        switch tree.shape(of: node) {
        case .scalar(let isNull):
            guard !isNull else { return nil }
            let title = TextSanitizer.cleanLine(tree.scalarText(of: node))
            guard !title.trimmingBlanks().isEmpty else { return nil }
            return RelatedItem(title: title)
        case .sequence:
            return nil
        case .mapping:
            let fields = tree.fields(of: node)
            let links = urls(fields)
            guard let title = cleanLine(fields.title) ?? links.preferred else { return nil }
            let full = detail == .full
            // Rows fold related excerpts for search; only a listing goes without.
            return RelatedItem(title: title, excerpt: detail.readsText ? clean(fields.excerpt) : nil,
                               date: date(fields.publishedDateTime ?? fields.date), urls: links,
                               provider: provider(fields.provider), images: full ? images(fields.images) : [],
                               extra: full && fields.hasUninterpreted ? tree.uninterpretedPairs(of: node) : [])
        }
    }
}
