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

/// An article or related card laid out into lines at one width: the pane's rendering of
/// an `ArticleContent`.
///
/// Built in the state, not while drawing, because scroll limits and the position of each
/// related link depend on the wrapped lines. Building costs time in the article's length,
/// never in the corpus's size; a preview can stop after the lines it shows.
public struct ArticleDocument: Sendable {
    /// What a line is, so the view can pick its style.
    public enum Kind: Hashable, Sendable {
        case title, meta, excerpt, body, topics, url, heading, notice, blank
        /// A line of link N's title (0-based: the link numbered N + 1).
        case link(Int)
        /// Link N's meta line: provider, day and, for related items, whether the corpus has it.
        case linkMeta(Int)
    }

    public struct Line: Sendable {
        public var kind: Kind
        public var text: String
        public var anchor: DocumentAnchor
    }

    public let width: Int
    public private(set) var lines: [Line] = []
    /// First line of each numbered link, by link (0-based).
    public private(set) var linkLines: [Int] = []
    /// Text each link answers to in a search without showing it (a related card's
    /// excerpt), by link, parallel to `linkLines`.
    public private(set) var linkHiddenText: [String?] = []
    /// The whole web address the `.url` lines show wrapped.
    public private(set) var address: String?
    private var block = 0
    /// Lines past this many are not laid out.
    public let limit: Int

    /// Lays out article `index` of `corpus`.
    public init(article index: Int, in corpus: Corpus, width: Int, limit: Int = .max) {
        self.init(ArticleContent(article: index, in: corpus), width: width, limit: limit)
    }

    /// Lays out related item `related` of article `index`: a card not in the corpus.
    public init(card related: Int, of index: Int, in corpus: Corpus, width: Int, limit: Int = .max) {
        self.init(ArticleContent(card: related, of: index, in: corpus), width: width, limit: limit)
    }

    /// Lays out `content`, stopping after `limit` lines (a preview shows no more). Title,
    /// notice and meta lines sit together; every other block has a blank line above it.
    public init(_ content: ArticleContent, width: Int, limit: Int = .max) {
        self.width = max(1, width)
        self.limit = limit
        for part in content.blocks {
            switch part {
            case .title(let text): add(text, .title)
            case .notice(let text): add(text, .notice)
            case .meta(let parts): add(parts.joined(separator: " · "), .meta)
            case .excerpt(let text):
                blank()
                add(text, .excerpt)
            case .paragraph(let text):
                blank()
                add(text, .body)
            case .topics(let topics):
                blank()
                add("Topics: " + topics.joined(separator: " · "), .topics)
            case .address(let url):
                blank()
                address = url
                add(url, .url)
            case .links(let section):
                blank()
                add(section.heading, .heading)
                for entry in section.entries { addLink(entry) }
            }
            if lines.count >= limit { break }
        }
    }

    /// A numbered link: its title with a hanging indent, then a meta line.
    private mutating func addLink(_ entry: ArticleLinks.Entry) {
        let link = entry.number - 1
        linkLines.append(lines.count)
        linkHiddenText.append(entry.excerpt)
        let label = "[\(entry.number)] "
        add(entry.title, .link(link), prefix: label)
        let text = entry.meta.joined(separator: " · ")
        if !text.isEmpty { add(text, .linkMeta(link), prefix: String(repeating: " ", count: label.count)) }
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

    /// How many lines link `link` takes (title lines and its meta line).
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
