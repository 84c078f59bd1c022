import ArticleParsing
import CorpusStore

/// The numbered links of one article: its sections in `LinkSection` order, numbered on
/// from one section to the next, so digits, Tab and Enter reach every link and the pane,
/// `lede show` and the Markdown export number them alike.
public struct ArticleLinks: Sendable {
    public struct Entry: Sendable, Equatable {
        /// What a section says about a link, before it is numbered.
        struct Details: Sendable, Equatable {
            var title: String
            var meta: [String]
            var address: String?
            var excerpt: String? = nil
        }

        /// 1-based, counting on across sections: what the reader types to follow it.
        public var number: Int
        public var title: String
        /// Provider, day and, for related items, whether the corpus has the article.
        public var meta: [String]
        /// The address the Markdown and plain-text outputs print, when known.
        public var address: String?
        public var target: LinkTarget
        /// A related card's excerpt: not shown beside the link, but search finds its words
        /// there, as the list's search finds the article by them.
        public var excerpt: String? = nil
    }

    public struct Section: Sendable, Equatable {
        public var kind: LinkSection
        public var entries: [Entry]
        public var heading: String { kind.heading }
    }

    /// Sections with at least one link, in order.
    public private(set) var sections: [Section] = []

    /// Every link of article `index`, described from `article` (its full text) and the rows
    /// of the articles it links with. `addresses` also reads corpus articles' addresses.
    public init(of index: Int, article: Article, in corpus: Corpus, addresses: Bool = false) {
        var number = 1
        for kind in LinkSection.allCases {
            let targets = kind.targets(of: index, in: corpus)
            let details = kind.entries(of: index, article: article, in: corpus, addresses: addresses)
            // A row and its file normally agree; if not, the row wins, as the state's count
            // (which follows the rows) must match the numbers shown.
            var entries: [Entry] = []
            for (position, target) in targets.enumerated() {
                let detail = details.indices.contains(position) ? details[position] : Entry.Details(title: "", meta: [])
                entries.append(Entry(number: number, title: detail.title, meta: detail.meta, address: detail.address, target: target,
                                     excerpt: detail.excerpt))
                number += 1
            }
            if !entries.isEmpty { sections.append(Section(kind: kind, entries: entries)) }
        }
    }

    /// Every link in number order.
    public var entries: [Entry] { sections.flatMap(\.entries) }

    public var count: Int { sections.reduce(0) { $0 + $1.entries.count } }

    /// How many links article `index` has, from the rows alone: no file is read.
    public static func count(of index: Int, in corpus: Corpus) -> Int {
        guard corpus.articles.indices.contains(index) else { return 0 }
        return LinkSection.allCases.reduce(0) { $0 + $1.count(of: index, in: corpus) }
    }

    /// Where link `link` (0-based) of article `index` leads, from the rows alone; nil past
    /// the last link.
    public static func target(of index: Int, link: Int, in corpus: Corpus) -> LinkTarget? {
        guard let (section, position) = locate(link, of: index, in: corpus) else { return nil }
        return section.targets(of: index, in: corpus)[position]
    }

    /// The section holding link `link` (0-based) of article `index`, and its position there.
    public static func locate(_ link: Int, of index: Int, in corpus: Corpus) -> (section: LinkSection, position: Int)? {
        guard corpus.articles.indices.contains(index), link >= 0 else { return nil }
        var first = 0
        for section in LinkSection.allCases {
            let count = section.count(of: index, in: corpus)
            if link < first + count { return (section, link - first) }
            first += count
        }
        return nil
    }
}
