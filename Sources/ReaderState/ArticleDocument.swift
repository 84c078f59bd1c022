import ArticleParsing
import CorpusStore

/// A place in a document that survives re-wrapping: a block (title, a paragraph, a
/// related item…) and a character offset inside it.
public struct DocumentAnchor: Hashable, Comparable, Sendable {
    public var block: Int
    public var offset: Int

    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }

    public static func < (left: DocumentAnchor, right: DocumentAnchor) -> Bool {
        (left.block, left.offset) < (right.block, right.offset)
    }
}

/// An article or related card laid out into lines at one width.
///
/// Built in the state, not while drawing, because scroll limits and the position of each
/// related link depend on the wrapped lines. Building costs time in the article's length,
/// never in the corpus's size; a preview can stop after the lines it shows.
public struct ArticleDocument: Sendable {
    /// What a line is, so the view can pick its style.
    public enum Kind: Hashable, Sendable {
        case title, meta, excerpt, body, topics, url, heading, notice, blank
        /// A line of related item N's title (0-based).
        case link(Int)
        /// Related item N's provider, date and whether it is in the corpus.
        case linkMeta(Int)
    }

    public struct Line: Sendable {
        public var kind: Kind
        public var text: String
        public var anchor: DocumentAnchor
    }

    public let width: Int
    public private(set) var lines: [Line] = []
    /// First line of each related item, by item.
    public private(set) var linkLines: [Int] = []
    private var block = 0
    private let limit: Int

    /// Lays out article `index` of `corpus`.
    public init(article index: Int, in corpus: Corpus, width: Int, limit: Int = .max) {
        self.width = max(1, width)
        self.limit = limit
        let article = corpus.article(index)
        add(article.title, .title)
        add([article.date?.day, article.provider?.label, article.fileName].compactMap { $0 }.joined(separator: " · "), .meta)
        if let excerpt = article.excerpt, !excerpt.isEmpty, excerpt != article.body.first {
            blank()
            add(excerpt, .excerpt)
        }
        for paragraph in article.body where !paragraph.isEmpty {
            blank()
            add(paragraph, .body)
        }
        if !article.topics.isEmpty {
            blank()
            add("Topics: " + article.topics.joined(separator: " · "), .topics)
        }
        if let url = article.urls.preferred {
            blank()
            add(url, .url)
        }
        if !article.related.isEmpty {
            blank()
            add("Related", .heading)
            let targets = corpus.relatedTargets[index]
            for (number, item) in article.related.enumerated() {
                var place = "not in the corpus"
                if case .article = targets[number] { place = "in the corpus" }
                addLink(number, title: item.title, meta: [item.provider?.label, item.date?.day, place])
            }
        }
        // Backlinks number on from the related links, so Tab, Enter and digits reach both.
        let backlinks = corpus.backlinks[index]
        guard !backlinks.isEmpty else { return }
        blank()
        add("Linked from", .heading)
        for (position, source) in backlinks.enumerated() {
            let linking = corpus.articles[source]
            addLink(article.related.count + position, title: linking.title, meta: [linking.provider?.label, linking.date?.day])
        }
    }

    /// A numbered link: its title with a hanging indent, then a meta line.
    private mutating func addLink(_ number: Int, title: String, meta: [String?]) {
        linkLines.append(lines.count)
        let label = "[\(number + 1)] "
        add(title, .link(number), prefix: label)
        let text = meta.compactMap { $0 }.joined(separator: " · ")
        if !text.isEmpty { add(text, .linkMeta(number), prefix: String(repeating: " ", count: label.count)) }
    }

    /// Lays out related item `related` of article `index`: a card not in the corpus.
    public init(card related: Int, of index: Int, in corpus: Corpus, width: Int, limit: Int = .max) {
        self.width = max(1, width)
        self.limit = limit
        let source = corpus.article(index)
        let item = source.related[related]
        add(item.title, .title)
        add("Related card · not in the corpus", .notice)
        let meta = [item.date?.day, item.provider?.label].compactMap { $0 }.joined(separator: " · ")
        if !meta.isEmpty { add(meta, .meta) }
        add("Linked from: " + source.title, .meta)
        if let excerpt = item.excerpt, !excerpt.isEmpty {
            blank()
            add(excerpt, .excerpt)
        }
        if let url = item.urls.preferred {
            blank()
            add(url, .url)
        }
    }

    /// The line showing `anchor`: the last line starting at or before it.
    public func line(for anchor: DocumentAnchor) -> Int {
        var low = 0
        var high = lines.count - 1
        var found = 0
        while low <= high {
            let middle = (low + high) / 2
            if lines[middle].anchor <= anchor {
                found = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return found
    }

    /// How many lines related item `link` takes (title lines and its meta line).
    public func lineCount(ofLink link: Int) -> Int {
        guard linkLines.indices.contains(link) else { return 0 }
        let end = link + 1 < linkLines.count ? linkLines[link + 1] : lines.count
        return end - linkLines[link]
    }

    private mutating func blank() {
        guard lines.count < limit else { return }
        lines.append(Line(kind: .blank, text: "", anchor: DocumentAnchor(block: block, offset: 0)))
        block += 1
    }

    /// Wraps `text` as one block; `prefix` starts the first line and indents the rest by
    /// its width (a hanging indent for numbered links).
    private mutating func add(_ text: String, _ kind: Kind, prefix: String = "") {
        guard lines.count < limit else { return }
        let indent = DisplayWidth.of(prefix)
        let wrapped = TextWrap.wrap(text, width: width - indent, limit: limit - lines.count)
        let padding = String(repeating: " ", count: indent)
        for (position, line) in wrapped.enumerated() {
            let lead = position == 0 ? prefix : padding
            lines.append(Line(kind: kind, text: lead + line.text, anchor: DocumentAnchor(block: block, offset: line.offset)))
        }
        block += 1
    }
}
