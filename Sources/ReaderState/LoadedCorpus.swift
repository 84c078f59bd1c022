import ArticleParsing

/// A corpus with everything the reader derives from it once: the search index, the facet
/// index, each article's mark key and the orders `s` cycles through. Built off the UI
/// thread (in the loader) so the first keys after loading never wait for it.
public struct LoadedCorpus: Sendable {
    public var corpus: Corpus
    public var searchIndex: SearchIndex
    public var facets: FacetIndex
    /// `ArticleKey.of` each article: what marks are stored under.
    public var keys: [String]
    /// Article positions in each sort order but `.date`, which is corpus order.
    public var orders: [SortKey: [Int]]
    /// Marks saved by an earlier run (or another reader), applied on arrival.
    public var marks: UserMarks
    /// Where the reader was when it last closed this corpus, as saved.
    public var session: ReaderSession?
    /// Something to say about the saved state (a corrupt file moved aside).
    public var notice: String?

    public init(_ corpus: Corpus, marks: UserMarks = UserMarks(), session: ReaderSession? = nil, notice: String? = nil) {
        self.corpus = corpus
        searchIndex = SearchIndex(corpus)
        facets = FacetIndex(corpus)
        keys = corpus.articles.map(ArticleKey.of)
        orders = SortKey.orders(for: corpus)
        self.marks = marks
        self.session = session
        self.notice = notice
    }
}

/// The orders `s` cycles through.
public enum SortKey: String, Sendable, CaseIterable, Codable {
    case date, title, provider, quality, related

    /// How the header names it.
    public var label: String {
        switch self {
        case .date: return "date"
        case .title: return "title"
        case .provider: return "provider"
        case .quality: return "quality"
        case .related: return "related links"
        }
    }

    public var next: SortKey {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Every order but date (corpus order), each a stable sort so ties stay newest first.
    static func orders(for corpus: Corpus) -> [SortKey: [Int]] {
        let articles = corpus.articles
        let indices = Array(articles.indices)
        let titles = articles.map { TextFolding.fold($0.title) }
        let providers = articles.map { TextFolding.fold($0.provider?.label ?? "\u{FFFF}") }
        func stable(_ less: (Int, Int) -> Bool?) -> [Int] {
            indices.sorted { left, right in less(left, right) ?? (left < right) }
        }
        return [
            .title: stable { titles[$0] == titles[$1] ? nil : titles[$0].lexicographicallyPrecedes(titles[$1]) },
            .provider: stable { providers[$0] == providers[$1] ? nil : providers[$0].lexicographicallyPrecedes(providers[$1]) },
            .quality: stable {
                let (left, right) = (articles[$0].quality ?? .min, articles[$1].quality ?? .min)
                return left == right ? nil : left > right
            },
            .related: stable {
                let (left, right) = (articles[$0].related.count, articles[$1].related.count)
                return left == right ? nil : left > right
            },
        ]
    }
}
