import ArticleParsing
import CorpusStore
import Foundation

/// A corpus with what the reader derives from it: the search index (free: the folded text
/// came with the rows), and — once `indexed()` has run — the
/// facet index and the orders `s` cycles through. Built off the UI thread, in two steps,
/// so rows show before the slower indexes exist.
public struct LoadedCorpus: Sendable {
    public var corpus: Corpus
    public var searchIndex: SearchIndex
    /// Facet values per article; nil until `indexed()`.
    public var facets: FacetIndex?
    /// Article positions in each sort order but `.date`, which is corpus order; empty
    /// until `indexed()`, which adds `.covered` once the stories are worked out.
    public var orders: [SortKey: [Int]]
    /// False while files are still being read: rows so far, links not yet resolved.
    public var isComplete: Bool
    /// What changed against the corpus the reader had before, when files changed.
    public var change: CorpusChange?
    /// Marks saved by an earlier run (or another reader), applied on arrival.
    public var marks: UserMarks
    /// Where the reader was when it last closed this corpus, as saved.
    public var session: ReaderSession?
    /// Something to say about the saved state or the cache (a file moved aside, a
    /// snapshot rebuilt).
    public var notice: String?

    /// The first step: search, and the path index that follows articles across versions. `isComplete`: every file is in.
    public init(_ corpus: Corpus, isComplete: Bool = true, marks: UserMarks = UserMarks(), session: ReaderSession? = nil,
                notice: String? = nil) {
        self.corpus = corpus
        self.isComplete = isComplete
        searchIndex = SearchIndex(corpus)
        facets = nil
        orders = [:]
        self.marks = marks
        self.session = session
        self.notice = notice
        // Versions that follow this one find its articles by path; rows still loading are
        // replaced too soon for that to pay off.
        if isComplete { corpus.preparePathIndex() }
    }

    /// Whether facets and sort orders are built.
    public var isIndexed: Bool { facets != nil }

    /// Whether similar articles and stories are worked out (the step after indexing).
    public var hasStories: Bool { corpus.stories != nil }

    /// The second step: facets and sort orders, side by side.
    public func indexed() -> LoadedCorpus {
        var loaded = self
        let corpus = self.corpus
        let parts = IndexedResults<Part>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                parts.set(0, .facets(FacetIndex(corpus)))
            } else {
                parts.set(1, .orders(SortKey.orders(for: corpus)))
            }
        }
        for case let part? in parts.values {
            switch part {
            case .facets(let index): loaded.facets = index
            case .orders(let list): loaded.orders = list
            }
        }
        return loaded
    }

    /// The last step: similar articles and stories, taken from the snapshot or worked out
    /// (a pass over every article's text, so the reader shows the list first); with them
    /// the covered order and the story filters of search.
    public func withStories() -> LoadedCorpus {
        withStories(unless: { false })!
    }

    /// The same, or nil when `cancelled` says the stories are no longer wanted.
    public func withStories(unless cancelled: () -> Bool) -> LoadedCorpus? {
        guard let storied = corpus.withStories(unless: cancelled) else { return nil }
        var loaded = self
        loaded.corpus = storied
        loaded.searchIndex = loaded.searchIndex.withStories(of: loaded.corpus)
        loaded.orders[.covered] = SortKey.coveredOrder(loaded.corpus.stories, count: corpus.count)
        return loaded
    }

    /// Everything at once: for tests and the command line.
    public static func complete(_ corpus: Corpus, marks: UserMarks = UserMarks()) -> LoadedCorpus {
        LoadedCorpus(corpus, marks: marks).indexed().withStories()
    }
}

/// One of the things `indexed()` builds, built concurrently with the other.
private enum Part {
    case facets(FacetIndex)
    case orders([SortKey: [Int]])
}
