/// Turns a front-matter tree into an `Article`, reporting (never dropping) what does not fit.
struct CardBuilder {
    private(set) var warnings: [(line: Int?, message: String)] = []
    let detail: ArticleReader.Detail

    private static let interpretedKeys: Set<String> = [
        "title", "excerpt", "publishedDateTime", "date", "webUrl", "ampWebUrl", "cdnAmpWebUrl", "originalUrl",
        "category", "type", "quality", "heat", "provider", "topics", "images", "related", "secured",
    ]

    mutating func build(_ root: YAMLValue, id: String, path: String, body: [String]) -> Article {
        // A title of blanks or controls alone would print as nothing: fall back as if absent.
        let title = titleText(root["title"]).map { TextSanitizer.cleanLine($0).trimmingBlanks() }.flatMap { $0.isEmpty ? nil : $0 }
            ?? firstSentence(of: root["excerpt"]?.text ?? body.first ?? "")
            ?? lastPathComponent(path)
        if root["title"]?.text == nil { warn("no usable title; using \(root["excerpt"] != nil ? "the excerpt" : "the body")") }
        var article = Article(id: id, path: path, format: .card, title: TextSanitizer.cleanLine(title).trimmingBlanks())
        let full = detail == .full
        article.excerpt = full ? clean(root["excerpt"]) : nil
        article.date = date(root["publishedDateTime"] ?? root["date"])
        article.urls = urls(root)
        article.provider = provider(root["provider"])
        article.topics = strings(root["topics"], field: "topics")
        article.images = full ? images(root["images"]) : []
        article.category = clean(root["category"])
        article.type = clean(root["type"])
        article.quality = integer(root["quality"])
        article.heat = integer(root["heat"])
        article.related = related(root["related"])
        article.secured = full ? root["secured"]?.text : nil
        article.body = body
        article.extra = full ? (root.pairs ?? []).filter { !Self.interpretedKeys.contains($0.key) } : []
        return article
    }

    private mutating func warn(_ message: String) {
        warnings.append((nil, message))
    }

    private func clean(_ value: YAMLValue?) -> String? {
        guard let text = value?.text else { return nil }
        let cleaned = TextSanitizer.clean(text).trimmingCharacters(in: " \t\n")
        return cleaned.isEmpty ? nil : cleaned
    }

    /// A title that is a number or a list is still shown, as its text.
    private mutating func titleText(_ value: YAMLValue?) -> String? {
        switch value {
        case .scalar(let scalar) where !scalar.isNull && !scalar.text.isEmpty:
            return scalar.text
        case .sequence(let items):
            warn("title is a list; its items are joined")
            let joined = items.compactMap(\.text).joined(separator: " ")
            return joined.isEmpty ? nil : joined
        case .mapping:
            warn("title is a mapping; ignored")
            return nil
        default:
            return nil
        }
    }

    private func firstSentence(of text: String) -> String? {
        PlainTextRules.firstSentence(of: TextSanitizer.cleanLine(text))
    }

    private func date(_ value: YAMLValue?) -> ArticleDate? {
        clean(value).map { ArticleDate(text: $0) }
    }

    private func integer(_ value: YAMLValue?) -> Int? {
        guard let text = value?.text else { return nil }
        return Int(text) ?? Double(text).flatMap { $0.isFinite ? Int(exactly: $0.rounded()) : nil }
    }

    private func urls(_ node: YAMLValue) -> ArticleURLs {
        ArticleURLs(web: clean(node["webUrl"]), amp: clean(node["ampWebUrl"]),
                    cdnAmp: clean(node["cdnAmpWebUrl"]), original: clean(node["originalUrl"]))
    }

    private func provider(_ value: YAMLValue?) -> Provider? {
        switch value {
        case .scalar:
            return clean(value).map { Provider(name: $0) }
        case .mapping:
            let provider = Provider(name: clean(value?["name"]), domain: clean(value?["domain"]))
            return provider.name == nil && provider.domain == nil ? nil : provider
        default:
            return nil
        }
    }

    private mutating func strings(_ value: YAMLValue?, field: String) -> [String] {
        switch value {
        case nil: return []
        case .scalar: return clean(value).map { [$0] } ?? []
        case .sequence(let items):
            let texts = items.compactMap { clean($0) }
            if texts.count < items.count { warn("\(field): \(items.count - texts.count) item(s) are not text") }
            return texts
        case .mapping:
            warn("\(field) is a mapping, expected a list")
            return []
        }
    }

    private func images(_ value: YAMLValue?) -> [ArticleImage] {
        (value?.items ?? []).compactMap { item in
            guard let url = clean(item["url"]) else { return nil }
            return ArticleImage(url: url, width: integer(item["width"]), height: integer(item["height"]),
                                title: clean(item["title"]))
        }
    }

    private mutating func related(_ value: YAMLValue?) -> [RelatedItem] {
        switch value {
        case nil: return []
        case .scalar(let scalar):
            if !scalar.isNull { warn("related is a single text, expected a list") }
            return relatedItem(value!).map { [$0] } ?? []
        case .mapping:
            warn("related is a mapping, expected a list; read as one item")
            return [relatedItem(value!)].compactMap { $0 }
        case .sequence(let items):
            var result: [RelatedItem] = []
            for (index, item) in items.enumerated() {
                if case .scalar(let scalar) = item, !scalar.isNull {
                    warn("related item \(index + 1) is plain text, read as a title")
                }
                if let related = relatedItem(item) {
                    result.append(related)
                } else {
                    warn("related item \(index + 1) has no title or URL")
                }
            }
            return result
        }
    }

    private mutating func relatedItem(_ item: YAMLValue) -> RelatedItem? {
        switch item {
        case .scalar(let scalar):
            let title = TextSanitizer.cleanLine(scalar.text)
            guard !scalar.isNull, !title.trimmingBlanks().isEmpty else { return nil }
            return RelatedItem(title: title)
        case .sequence:
            return nil
        case .mapping(let pairs):
            let links = urls(item)
            guard let title = clean(item["title"]).map(TextSanitizer.cleanLine) ?? links.preferred else { return nil }
            let full = detail == .full
            return RelatedItem(title: title, excerpt: full ? clean(item["excerpt"]) : nil,
                               date: date(item["publishedDateTime"] ?? item["date"]), urls: links,
                               provider: provider(item["provider"]), images: full ? images(item["images"]) : [],
                               extra: full ? pairs.filter { !Self.interpretedKeys.contains($0.key) } : [])
        }
    }
}
