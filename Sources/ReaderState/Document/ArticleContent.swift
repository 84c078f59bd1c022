import ArticleParsing
import CorpusStore

/// What an article page says, in order, before any width or format: the one model the
/// pane (`ArticleDocument`), `lede show` (`ArticlePlainText`) and `lede export`
/// (`ArticleMarkdown`) render, so they cannot disagree about content or order.
public struct ArticleContent: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        case title(String)
        /// A warning about the page as a whole (a related card not in the corpus).
        case notice(String)
        /// Parts shown on one line, joined by " · ".
        case meta([String])
        case excerpt(String)
        case paragraph(String)
        case topics([String])
        /// The address to open in a browser.
        case address(String)
        case links(ArticleLinks.Section)
    }

    public private(set) var blocks: [Block] = []

    public init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// Article `index` of `corpus`: title, day · provider · file name, the excerpt (unless
    /// the body starts with it), body paragraphs, topics, address, then its numbered links.
    /// `addresses` also reads the addresses of linked corpus articles (for the outputs that
    /// print them).
    public init(article index: Int, in corpus: Corpus, addresses: Bool = false) {
        let article = corpus.article(index)
        blocks.append(.title(article.title))
        blocks.append(.meta([article.date?.day, article.provider?.label, article.fileName].compactMap { $0 }))
        if let excerpt = article.excerpt, !excerpt.isEmpty, excerpt != article.body.first {
            blocks.append(.excerpt(excerpt))
        }
        for paragraph in article.body where !paragraph.isEmpty {
            blocks.append(.paragraph(paragraph))
        }
        if !article.topics.isEmpty { blocks.append(.topics(article.topics)) }
        if let url = article.urls.preferred { blocks.append(.address(url)) }
        let links = ArticleLinks(of: index, article: article, in: corpus, addresses: addresses)
        for section in links.sections { blocks.append(.links(section)) }
    }

    /// Related item `related` of article `index`: a card not in the corpus, which has no
    /// links of its own.
    public init(card related: Int, of index: Int, in corpus: Corpus) {
        let source = corpus.article(index)
        let item = source.related[related]
        blocks.append(.title(item.title))
        blocks.append(.notice("Related card · not in the corpus"))
        let meta = [item.date?.day, item.provider?.label].compactMap { $0 }
        if !meta.isEmpty { blocks.append(.meta(meta)) }
        blocks.append(.meta(["Linked from: " + source.title]))
        if let excerpt = item.excerpt, !excerpt.isEmpty { blocks.append(.excerpt(excerpt)) }
        if let url = item.urls.preferred { blocks.append(.address(url)) }
        if let closest = corpus.stories?.closest(title: item.title, excerpt: item.excerpt) {
            let summary = corpus.articles[closest.article]
            let parts = [summary.title, summary.provider?.label, summary.date?.day].compactMap { $0 }
            blocks.append(.meta(["Closest in the corpus: " + parts.joined(separator: " · "),
                                 "\(Int((closest.score * 100).rounded()))% alike"]))
        }
    }

    /// The numbered links, in number order.
    public var links: [ArticleLinks.Entry] {
        blocks.flatMap { block -> [ArticleLinks.Entry] in
            if case .links(let section) = block { return section.entries }
            return []
        }
    }

    /// The title, or "" for a page without one.
    public var title: String {
        for case .title(let title) in blocks { return title }
        return ""
    }
}
