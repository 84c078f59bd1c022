import ArticleParsing
import CorpusStore

/// Which articles a stack of narrowing levels leaves: the one selection behind the
/// reader's list, `lede list`, `lede export` and the counts of saved searches, so the
/// command line can never disagree with the reader about what a query, a facet value or
/// a saved search selects.
public struct ArticleSelection {
    public let loaded: LoadedCorpus
    public let marks: SearchIndex.Marks

    public init(_ loaded: LoadedCorpus, marks: SearchIndex.Marks) {
        self.loaded = loaded
        self.marks = marks
    }

    /// The articles `levels` leave of `start` (nil: every article), in corpus order except
    /// that a search ranks its results; nil means every article.
    public func articles(narrowedBy levels: [Narrowing], within start: [Int]? = nil) -> [Int]? {
        var current = start
        let every = { Array(loaded.corpus.articles.indices) }
        for level in levels {
            switch level {
            case .facet(let kind, let value):
                current = (current ?? every()).filter { article($0, has: value, for: kind) }
            case .bookmarks:
                current = (current ?? every()).filter { marks.isBookmarked($0) }
            case .story(let id, _):
                let members = Set(loaded.corpus.stories?.stories.first { $0.id == id }?.articles ?? [])
                current = (current ?? every()).filter { members.contains($0) }
            case .query(let text):
                guard let query = try? Query.parse(text), !query.isEmpty else { continue }
                current = loaded.searchIndex.search(query, marks: marks, within: current?.sorted())
            case .saved(let search):
                current = articles(narrowedBy: search.levels, within: current)
            }
        }
        return current
    }

    /// Whether any level needs the stories (a story, `outlets:`, `is:story`), so the
    /// command line works them out first.
    public static func needsStories(_ levels: [Narrowing]) -> Bool {
        levels.contains { level in
            switch level {
            case .story: return true
            case .query(let text): return (try? Query.parse(text))?.needsStories ?? false
            case .saved(let search): return needsStories(search.levels)
            case .facet, .bookmarks: return false
            }
        }
    }

    /// Whether `article` carries facet value `value`: from the facet index, or while that
    /// is being built (and on the command line, which needs no other facet), from the
    /// article itself.
    private func article(_ article: Int, has value: String, for kind: FacetKind) -> Bool {
        if let facets = loaded.facets { return facets.article(article, has: value, for: kind) }
        return FacetIndex.label(of: loaded.corpus.articles[article], kind).contains(value)
    }
}
