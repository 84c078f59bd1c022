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
    /// The other articles reporting the same story: other outlets' versions and copies.
    case sameStory
    /// The articles most like this one outside its story.
    case similar

    /// How many articles the Similar section lists at most.
    public static let similarLimit = 5

    public var heading: String {
        switch self {
        case .related: "Related"
        case .linkedFrom: "Linked from"
        case .sameStory: "Same story"
        case .similar: "Similar"
        }
    }

    /// The other articles of `index`'s story, oldest first.
    private static func storyArticles(of index: Int, in corpus: Corpus) -> [Int] {
        corpus.stories?.story(of: index)?.articles.filter { $0 != index } ?? []
    }

    /// Up to `similarLimit` of the articles most like `index` that no earlier section
    /// lists already (its story, its related articles, those linking to it).
    private static func similarArticles(of index: Int, in corpus: Corpus) -> [(article: Int, score: Double)] {
        guard let stories = corpus.stories else { return [] }
        var listed = Set(corpus.backlinks[index])
        for case .article(let target) in corpus.relatedTargets[index] { listed.insert(target) }
        return Array(stories.similar(to: index, limit: .max, outsideStory: true)
            .filter { !listed.contains($0.article) }
            .prefix(similarLimit))
    }

    /// How many links this section gives article `index`, from the rows in memory: the
    /// state asks on every digit and Tab, so no file is read.
    func count(of index: Int, in corpus: Corpus) -> Int {
        switch self {
        case .related: corpus.articles[index].relatedCount
        case .linkedFrom: corpus.backlinks[index].count
        case .sameStory: Self.storyArticles(of: index, in: corpus).count
        case .similar: Self.similarArticles(of: index, in: corpus).count
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
        case .sameStory:
            Self.storyArticles(of: index, in: corpus).map { .article($0) }
        case .similar:
            Self.similarArticles(of: index, in: corpus).map { .article($0.article) }
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
                             address: item.urls.preferred, excerpt: item.excerpt)
            }
        case .linkedFrom:
            return corpus.backlinks[index].map { Self.corpusArticle($0, in: corpus, addresses: addresses) }
        case .sameStory:
            return Self.storyArticles(of: index, in: corpus).map { Self.corpusArticle($0, in: corpus, addresses: addresses) }
        case .similar:
            return Self.similarArticles(of: index, in: corpus).map { similar in
                var details = Self.corpusArticle(similar.article, in: corpus, addresses: addresses)
                details.meta.append("\(Int((similar.score * 100).rounded()))% alike")
                return details
            }
        }
    }

    /// A link to a corpus article, described from its row.
    private static func corpusArticle(_ index: Int, in corpus: Corpus, addresses: Bool) -> ArticleLinks.Entry.Details {
        let summary = corpus.articles[index]
        return .init(title: summary.title, meta: [summary.provider?.label, summary.date?.day].compactMap { $0 },
                     address: addresses ? summary.preferredURL : nil)
    }
}
