import ArticleParsing
import Foundation

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
        // The four parts are independent: build them side by side, so indexing adds as
        // little as it can to the load.
        let parts = IndexedResults<Part>(count: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { part in
            switch part {
            case 0: parts.set(0, .search(SearchIndex(corpus)))
            case 1: parts.set(1, .facets(FacetIndex(corpus)))
            case 2: parts.set(2, .keys(ArticleKey.all(corpus.articles)))
            default: parts.set(3, .orders(SortKey.orders(for: corpus)))
            }
        }
        var searchIndex: SearchIndex?, facets: FacetIndex?, keys: [String] = [], orders: [SortKey: [Int]] = [:]
        for case let part? in parts.values {
            switch part {
            case .search(let index): searchIndex = index
            case .facets(let index): facets = index
            case .keys(let list): keys = list
            case .orders(let list): orders = list
            }
        }
        self.searchIndex = searchIndex!
        self.facets = facets!
        self.keys = keys
        self.orders = orders
        self.marks = marks
        self.session = session
        self.notice = notice
    }
}

/// One of the things `LoadedCorpus` derives, built concurrently with the others.
private enum Part {
    case search(SearchIndex)
    case facets(FacetIndex)
    case keys([String])
    case orders([SortKey: [Int]])
}
