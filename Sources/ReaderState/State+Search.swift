import ArticleParsing
/// The search being typed, or the last one typed in the open article.
public struct SearchState: Equatable, Sendable {
    /// The text typed so far.
    public internal(set) var query = ""
    /// True while the prompt takes keys.
    public internal(set) var isEditing = false
    /// Searching within the open article rather than the list.
    public internal(set) var inArticle = false
    /// Why the text typed does not parse; meanwhile the list keeps the last good results.
    public internal(set) var error: String?
    /// Articles (in an article: lines) the last good query found.
    public internal(set) var resultCount = 0
    /// The articles searched (nil: all), in corpus order: the list's narrowing.
    var base: [Int]?
    /// The last query that parsed and its results in corpus order, which the next
    /// keystroke can narrow instead of searching everything again. A change of marks
    /// drops the results, since `is:` terms may then match other articles.
    var lastText: String?
    var lastResults: [Int]?
    /// What Esc goes back to.
    var originNarrowing: [Narrowing] = []
    var originArticle: Int?
    var originScroll = 0
    var originArticleSearch: ArticleSearch?
}

/// Search as you type. In the list, every key runs the query language over the whole
/// (narrowed) corpus and the list shows the ranked results; Enter keeps them as a level
/// of narrowing, Esc restores the list as it was. In an article, every key finds the
/// lines holding the words; `n`/`N` jump among them.
extension State {
    mutating func startSearch() {
        if top.view == .help || top.view.isBrowser { stack.removeLast() }
        search = SearchState()
        search.isEditing = true
        if document != nil && top.view != .list {
            search.inArticle = true
            search.query = articleSearch?.text ?? ""
            search.originScroll = top.scroll
            search.originArticleSearch = articleSearch
            search.resultCount = articleSearch?.lines.count ?? 0
            return
        }
        closeReader()
        search.originNarrowing = narrowing
        search.originArticle = selectedArticle
        search.originScroll = stack[0].scroll
        if case .query(let text)? = narrowing.last {
            // `/` on a kept search edits it, as a new search would only narrow it further.
            narrowing.removeLast()
            search.query = text
            list.setNarrowed(articles(narrowedBy: narrowing))
        }
        search.base = narrowed?.sorted()
        updateResults()
    }

    mutating func extendQuery(with character: Character) {
        search.query.append(character)
        updateResults()
    }

    mutating func deleteFromQuery() {
        guard !search.query.isEmpty else {
            cancelSearch()
            return
        }
        search.query.removeLast()
        updateResults()
    }

    mutating func clearQuery() {
        search.query = ""
        updateResults()
    }

    mutating func acceptSearch() {
        search.isEditing = false
        if search.inArticle {
            guard let articleSearch else { return }
            let count = articleSearch.lines.count
            status = count == 0
                ? StatusMessage("No line holds “\(articleSearch.text)”", isError: true)
                : StatusMessage(count == 1 ? "1 matching line" : "\(count) matching lines — n and N move among them")
            return
        }
        let kept = search.error == nil ? search.query : search.lastText ?? ""
        guard (try? Query.parse(kept))?.isEmpty == false else {
            rebuildListing(keeping: selectedArticle)
            return
        }
        narrowing.append(.query(kept))
        rebuildListing(keeping: selectedArticle)
        let count = listing.count
        if count == 0 && loading != nil {
            status = StatusMessage("No article matches “\(kept)” yet — still loading")
        } else if count == 0 {
            status = StatusMessage("No article matches “\(kept)” — q or Backspace widens the list", isError: true)
        } else {
            let found = Words.count(count, "article")
            let lastGood = search.error == nil ? "" : " (kept the last search that worked)"
            status = StatusMessage("\(found) match “\(kept)”\(lastGood) — q or Backspace shows all again")
        }
    }

    mutating func cancelSearch() {
        search.isEditing = false
        if search.inArticle {
            articleSearch = search.originArticleSearch
            setScroll(search.originScroll)
            return
        }
        narrowing = search.originNarrowing
        rebuildListing(keeping: search.originArticle)
        stack[0].scroll = search.originScroll
        revealSelection()
    }

    /// Runs the text typed so far. A query that does not parse leaves the results as
    /// they were and says why in the prompt.
    mutating func updateResults() {
        let text = search.query
        let query: Query
        do {
            query = try Query.parse(text)
        } catch {
            search.error = error.message
            return
        }
        search.error = nil
        if search.inArticle {
            updateArticleResults(text)
            return
        }
        list.setHighlights(ListState.highlights(of: narrowing) + query.highlights)
        guard !query.isEmpty else {
            search.lastText = nil
            search.lastResults = nil
            setListing(arrange(search.base), keeping: search.originArticle)
            search.resultCount = listing.count
            return
        }
        // A key that only narrows the query (nearly every key typed) searches the last results.
        var within = search.base
        if let results = search.lastResults, let text = search.lastText, let last = try? Query.parse(text), query.narrows(last) {
            within = results
        }
        let results = loaded.searchIndex.search(query, marks: searchMarks, within: within)
        search.lastText = text
        search.lastResults = results.sorted()
        search.resultCount = results.count
        setListing(arrange(results), keeping: nil)
    }

    private mutating func updateArticleResults(_ text: String) {
        guard let document else { return }
        articleSearch = text.isEmpty ? nil : ArticleSearch(text, in: document)
        search.resultCount = articleSearch?.lines.count ?? 0
        guard let lines = articleSearch?.lines, !lines.isEmpty else {
            setScroll(search.originScroll)
            return
        }
        let current = lines.firstIndex { $0 >= search.originScroll } ?? 0
        articleSearch?.current = current
        reveal(line: lines[current])
    }

    /// `n` / `N`: in an article with a search, the next or previous matching line; in the
    /// list, the next or previous result; from an article without one, opens the next
    /// result in its place, so results can be read one after another.
    mutating func jumpToMatch(forward: Bool) {
        if let search = articleSearch, document != nil, top.view != .list, !search.lines.isEmpty {
            let count = search.lines.count
            let current = search.current.map { (($0 + (forward ? 1 : -1)) % count + count) % count } ?? (forward ? 0 : count - 1)
            if let previous = search.current, forward ? current < previous : current > previous {
                status = StatusMessage(forward ? "Search wrapped to the top" : "Search wrapped to the bottom")
            }
            articleSearch?.current = current
            reveal(line: search.lines[current])
            return
        }
        guard narrowing.contains(where: { if case .query = $0 { true } else { false } }) else {
            status = StatusMessage("No search yet — press / to search", isError: true)
            return
        }
        guard !listing.isEmpty else {
            status = StatusMessage("No article matches the search", isError: true)
            return
        }
        let reading = stack.contains { if case .article = $0.view { true } else if case .relatedCard = $0.view { true } else { false } }
        let from = reading ? (currentArticle.flatMap { listing.firstIndex(of: $0) } ?? selection) : selection
        if top.view == .help || top.view.isBrowser { stack.removeLast() }
        closeReader()
        var target = from + (forward ? 1 : -1)
        if target >= listing.count {
            target = 0
            status = StatusMessage("Search wrapped to the top")
        } else if target < 0 {
            target = listing.count - 1
            status = StatusMessage("Search wrapped to the bottom")
        }
        select(target)
        if reading { push(.article(listing[target])) }
    }

    /// Scrolls the top page so `line` is in view, a little below the top edge.
    mutating func reveal(line: Int) {
        let height = max(1, viewHeight)
        if line < top.scroll || line >= top.scroll + height { setScroll(max(0, line - 1)) }
    }
}
