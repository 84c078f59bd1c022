import ArticleParsing
import CorpusStore

/// A new version of the corpus arriving: the first rows while loading, the whole corpus,
/// its indexes, or files changed on disk. Whatever the user is doing carries over: the
/// open articles and their scroll, the history both ways, the selection, the search being
/// typed, the narrowing and the marks. Articles are followed by their file path, since
/// positions change as articles come and go.
extension State {
    mutating func receive(_ new: LoadedCorpus) -> [Effect] {
        let wasComplete = hasCompleteCorpus
        adopt(new)
        if new.isComplete { loading = nil }
        if new.isComplete && !wasComplete {
            reportLoad()
        } else if let change = new.change, !change.isEmpty {
            status = StatusMessage(change.summary)
        }
        if let notice = new.notice { status = StatusMessage(notice, isError: true) }
        guard let first = deferredKeys.first, isReady(for: keymap.command(for: first, in: .list)) else { return [] }
        let keys = deferredKeys
        deferredKeys = []
        return keys.flatMap { reduce(&self, .keyPressed($0)) }
    }

    /// Takes `new` in place of the current corpus, keeping the reader where it was.
    mutating func adopt(_ new: LoadedCorpus) {
        let old = corpus
        let sameArticles = old.sharesRows(with: new.corpus)
        func place(_ index: Int) -> Int? {
            guard old.articles.indices.contains(index) else { return nil }
            return sameArticles ? index : new.corpus.index(ofPath: old.articles[index].path)
        }
        // Until the user moves, the list stays at its top: no article to follow, unless a
        // reopened session chose one.
        let selected = hasInteracted || hasRestoredSession ? selectedArticle.flatMap(place) : nil
        let searchOrigin = search.isEditing ? search.originArticle.flatMap(place) : nil
        stack = Self.follow(stack, place, in: new.corpus)
        forward = Self.follow(forward, place, in: new.corpus)
        if let view = documentView, let moved = Self.follow([Page(view)], place, in: new.corpus).first?.view { documentView = moved }

        loaded = new
        corpus = new.corpus
        var marks = self.marks
        if !hasSavedMarks && (new.isComplete || new.marks != UserMarks()) {
            hasSavedMarks = true
            marks = new.marks
        }
        applyMarks(marks)
        resolvedLinkCount = corpus.resolvedLinkCount
        errorCount = corpus.errorCount

        let restoring = new.isComplete && !hasCompleteCorpus && !hasInteracted
        hasCompleteCorpus = hasCompleteCorpus || new.isComplete
        if restoring, let session = new.session {
            stack = [stack[0]]
            forward = []
            hasRestoredSession = true
            restore(session)
            return
        }
        if search.isEditing && !search.inArticle {
            // The search being typed runs again over the new articles.
            list.setNarrowed(articles(narrowedBy: narrowing))
            search.base = narrowed?.sorted()
            search.lastResults = nil
            search.originArticle = searchOrigin
            updateResults()
        } else {
            rebuildListing(keeping: selected)
        }
        if case .facet(let kind) = top.view, let facets = loaded.facets {
            let read = self.read
            browserValues = facets.values(kind, among: listedArticles, isRead: { read[$0] })
        } else if top.view == .savedSearches {
            countSavedSearches()
        }
        if !sameArticles { document = nil }
        refreshDocument()
        if !sameArticles, let document, let search = articleSearch {
            articleSearch = ArticleSearch(search.text, in: document)
        }
    }

    /// `pages` with their articles renumbered for the new corpus, cut at the first page
    /// whose article is gone (the pages above it were reached through it).
    private static func follow(_ pages: [Page], _ place: (Int) -> Int?, in corpus: Corpus) -> [Page] {
        var kept: [Page] = []
        for var page in pages {
            switch page.view {
            case .article(let index):
                guard let moved = place(index) else { return kept }
                page.view = .article(moved)
                // The article may have changed: a focus past its links goes.
                if let focus = page.focus, focus >= ArticleLinks.count(of: moved, in: corpus) {
                    page.focus = nil
                }
            case .relatedCard(let index, let related):
                guard let moved = place(index), related < corpus.articles[moved].relatedCount else { return kept }
                page.view = .relatedCard(article: moved, related: related)
            case .list, .help, .facet, .savedSearches:
                break
            }
            kept.append(page)
        }
        return kept
    }

    /// Whether `command` can run now: some need the facet index or the sort orders, built
    /// after the rows arrive, and grouping by story needs the stories, worked out after that.
    func isReady(for command: Command?) -> Bool {
        switch command {
        case .topics, .providers, .months, .cycleSort: return loaded.isIndexed
        case .groupStories: return loaded.isIndexed && loaded.hasStories
        default: return true
        }
    }
}
