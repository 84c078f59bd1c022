import ArticleParsing
import CorpusStore

/// Where a numbered link of an article leads: an article of the corpus, or related item
/// N's own card (it is not in the corpus).
public enum LinkTarget: Hashable, Sendable {
    case article(Int)
    case card(Int)
}

/// A kind of numbered link an article has, in the order the sections appear.
///
/// This is the one place that knows which sections there are: the state's link count and
/// targets (digits, Tab, Enter, back and forward), the pane, `lede show` and the Markdown
/// export all go through `ArticleLinks`, which asks each section here. A new section is a
/// new case, its heading, its targets and its entries' titles.
public enum LinkSection: CaseIterable, Sendable {
    /// The article's own related items, in its file's order.
    case related
    /// The corpus articles that name this one as related.
    case linkedFrom

    public var heading: String {
        switch self {
        case .related: "Related"
        case .linkedFrom: "Linked from"
        }
    }

    /// How many links this section gives article `index`, from the rows in memory: the
    /// state asks on every digit and Tab, so no file is read.
    func count(of index: Int, in corpus: Corpus) -> Int {
        switch self {
        case .related: corpus.articles[index].relatedCount
        case .linkedFrom: corpus.backlinks[index].count
        }
    }

    /// This section's targets for article `index`, in order, again without reading a file.
    func targets(of index: Int, in corpus: Corpus) -> [LinkTarget] {
        switch self {
        case .related:
            corpus.relatedTargets[index].enumerated().map { item, target in
                if case .article(let article) = target { return .article(article) }
                return .card(item)
            }
        case .linkedFrom:
            corpus.backlinks[index].map { .article($0) }
        }
    }

    /// The title, meta parts and address shown for each link of article `index`, whose full
    /// text is `article`. Addresses of corpus articles are read only when `addresses` is set,
    /// since they sit in the cold text and the pane never shows them.
    func entries(of index: Int, article: Article, in corpus: Corpus, addresses: Bool) -> [ArticleLinks.Entry.Details] {
        switch self {
        case .related:
            let targets = corpus.relatedTargets[index]
            return article.related.enumerated().map { position, item in
                let inCorpus = targets.indices.contains(position) && targets[position] != .card
                let place = inCorpus ? "in the corpus" : "not in the corpus"
                return .init(title: item.title, meta: [item.provider?.label, item.date?.day, place].compactMap { $0 },
                             address: item.urls.preferred)
            }
        case .linkedFrom:
            return corpus.backlinks[index].map { Self.corpusArticle($0, in: corpus, addresses: addresses) }
        }
    }

    /// A link to a corpus article, described from its row.
    private static func corpusArticle(_ index: Int, in corpus: Corpus, addresses: Bool) -> ArticleLinks.Entry.Details {
        let summary = corpus.articles[index]
        return .init(title: summary.title, meta: [summary.provider?.label, summary.date?.day].compactMap { $0 },
                     address: addresses ? summary.preferredURL : nil)
    }
}
