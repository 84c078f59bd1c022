import ArticleParsing
import CorpusStore

/// `S`: the list grouped by story. Each story among the listed articles takes one row,
/// where its first article in the list's order would be, and Enter on that row narrows
/// the list to the story's articles, a level of narrowing like a facet value, so `q`,
/// Backspace and Escape-like widening return to the grouped list. Grouping happens last,
/// after narrowing, search and sorting, so it follows all three.
extension State {
    /// Whether the list shows one row per story now: grouping is on and the list is not
    /// narrowed to a single story, whose articles it then lists one by one.
    public var isGroupingStories: Bool {
        guard groupsStories, corpus.stories != nil else { return false }
        if case .story? = narrowing.last { return false }
        return true
    }

    /// The story a row of the list stands for, when the list is grouped and the row's
    /// article is in a story; nil for an article alone or an ungrouped list.
    public func story(onRow position: Int) -> Story? {
        guard isGroupingStories, listing.indices.contains(position) else { return nil }
        return corpus.stories?.story(of: listing[position])
    }

    /// `articles`, in order, with each story's articles folded into one row: the story's
    /// headline when it is listed (so the row's title and the pane agree), else its first
    /// listed article. Articles alone keep their rows.
    func groupedByStory(_ articles: [Int]) -> [Int] {
        guard isGroupingStories, let stories = corpus.stories else { return articles }
        var listed = [Bool](repeating: false, count: corpus.count)
        for article in articles { listed[article] = true }
        var seen = Set<String>()
        var rows: [Int] = []
        rows.reserveCapacity(articles.count)
        for article in articles {
            guard let story = stories.story(of: article) else {
                rows.append(article)
                continue
            }
            guard seen.insert(story.id).inserted else { continue }
            rows.append(listed[story.headline] ? story.headline : article)
        }
        return rows
    }

    /// The articles the list holds, a story's row counting as each of its articles there:
    /// what facet counts count. Outside a search being typed (facets open only then), that
    /// is the narrowed set.
    var listedArticles: [Int] {
        isGroupingStories ? narrowed ?? Array(corpus.articles.indices) : listing
    }

    /// The row standing for `article` in a grouped list: its own, or its story's.
    func row(standingFor article: Int) -> Int? {
        if let row = listing.firstIndex(of: article) { return row }
        guard isGroupingStories, let story = corpus.stories?.story(of: article) else { return nil }
        return listing.firstIndex { corpus.stories?.story(of: $0)?.id == story.id }
    }

    /// `S`: groups the list by story, or lists every article again, keeping the selection.
    mutating func toggleStoryGrouping() {
        guard let stories = corpus.stories else { return }
        if !groupsStories && stories.stories.isEmpty {
            status = StatusMessage("No stories here: no two articles report the same news", isError: true)
            return
        }
        let selected = selectedArticle
        groupsStories.toggle()
        setListing(arrange(narrowed), keeping: selected)
        status = StatusMessage(groupsStories ? "One row per story — Enter lists a story's articles" : "One row per article")
    }

    /// Enter on a story's row: narrows the list to the story's articles.
    mutating func openStory(_ story: Story) {
        let title = corpus.articles[story.headline].title
        narrowing.append(.story(id: story.id, title: title))
        rebuildListing(keeping: selectedArticle)
        refreshDocument()
    }
}

extension Story {
    /// How the list names a story's coverage: the outlets besides the first (`+2
    /// outlets`), or the number of articles when one outlet wrote them all.
    public var coverageLabel: String {
        if outletCount > 1 { return outletCount == 2 ? "+1 outlet" : "+\(outletCount - 1) outlets" }
        return "\(articles.count) articles"
    }
}
