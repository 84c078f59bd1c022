import ArticleParsing
import CorpusStore

/// Opening, following and going back and forth: a browser's history over the view stack.
///
/// Opening an article or following a link pushes a page and forgets the forward pages;
/// going back moves the top page onto `forward`; `q` closes the reader back to the list.
/// Help is a layer of its own that never enters the history.
extension State {
    /// Enter: opens the selected article from the list, follows the focused link, or
    /// narrows the list to the facet value selected.
    mutating func open() {
        switch top.view {
        case .list:
            if let story = story(onRow: selection) {
                openStory(story)
                return
            }
            guard let article = selectedArticle else {
                status = StatusMessage(loading == nil ? "No article to open" : "Still loading…", isError: true)
                return
            }
            push(.article(article))
        case .article:
            guard let focus = top.focus else {
                status = StatusMessage("Press Tab to pick a link, or 1–9 to follow one", isError: true)
                return
            }
            follow(focus)
        case .facet:
            chooseFacet()
        case .savedSearches:
            openSavedSearch()
        case .relatedCard, .help:
            break
        }
    }

    /// `1`–`9`: follows link `number` of the open article, numbered across the sections
    /// of `ArticleLinks`. In the list, when the article is shown beside it, the
    /// selected article counts as open.
    mutating func followNumbered(_ number: Int) {
        switch top.view {
        case .article:
            follow(number - 1)
        case .list where layout.isSplit && selectedArticle != nil:
            let article = selectedArticle!
            let count = linkCount(of: article)
            guard number <= count else {
                status = noSuchLink(number, count: count)
                return
            }
            push(.article(article))
            follow(number - 1)
        case .list:
            status = StatusMessage("Open an article first (Enter), then 1–9 follows its related links", isError: true)
        case .relatedCard:
            status = StatusMessage("A related card has no links of its own; Backspace goes back", isError: true)
        case .help, .facet, .savedSearches:
            break
        }
    }

    /// How many numbered links article `index` has (every section of `ArticleLinks`).
    public func linkCount(of index: Int) -> Int {
        ArticleLinks.count(of: index, in: corpus)
    }

    /// Where link `link` (0-based) of `article` leads, as numbered by `ArticleLinks`.
    public func linkTarget(article: Int, link: Int) -> LinkTarget? {
        ArticleLinks.target(of: article, link: link, in: corpus)
    }

    /// Follows link `link` (0-based) of the article on top: to the corpus article when it
    /// is there, else to the related item's own card.
    mutating func follow(_ link: Int) {
        guard case .article(let index) = top.view else { return }
        guard let target = linkTarget(article: index, link: link) else {
            status = noSuchLink(link + 1, count: linkCount(of: index))
            return
        }
        stack[stack.count - 1].focus = link
        markVisited(article: index, link: link)
        switch target {
        case .article(let target):
            push(.article(target))
        case .card(let item):
            push(.relatedCard(article: index, related: item))
        }
    }

    /// Puts `view` on top as a new history entry.
    mutating func push(_ view: View) {
        if case .article(let index) = view {
            markRead(index)
            if stack.count == 1 { selectArticle(index) }
        }
        forward = []
        stack.append(Page(view))
        refreshDocument()
    }

    /// Backspace, ←: the previous page, keeping the one left for →.
    mutating func goBack() {
        guard stack.count > 1 else {
            if !popNarrowing() { status = StatusMessage("Nothing to go back to", isError: true) }
            return
        }
        let page = stack.removeLast()
        if page.view != .help, !page.view.isBrowser { forward.append(page) }
        refreshDocument()
    }

    /// →: the page last left by going back.
    mutating func goForward() {
        guard top.view != .help, !top.view.isBrowser, let page = forward.popLast() else {
            status = StatusMessage("Nothing to go forward to", isError: true)
            return
        }
        stack.append(page)
        if case .article(let index) = page.view { markRead(index) }
        refreshDocument()
    }

    /// `q`: closes help, or the reader back to the list, or quits from the list.
    mutating func close() -> [Effect] {
        switch top.view {
        case .list:
            return popNarrowing() ? [] : [.quit]
        case .help, .facet, .savedSearches:
            stack.removeLast()
        case .article, .relatedCard:
            stack.removeSubrange(1...)
            forward = []
        }
        refreshDocument()
        return []
    }

    /// Escape: closes help or a facet browser, the views drawn over the list or article.
    /// Elsewhere it does nothing: Escape closing the article, or quitting from the list as
    /// `q` does, would surprise someone leaving a prompt with one Escape too many.
    mutating func dismiss() {
        switch top.view {
        case .help, .facet, .savedSearches:
            stack.removeLast()
            refreshDocument()
        case .list, .article, .relatedCard:
            break
        }
    }

    /// `?`: shows help on top of whatever is open, or hides it.
    mutating func toggleHelp() {
        if top.view == .help {
            stack.removeLast()
        } else {
            stack.append(Page(.help))
        }
        refreshDocument()
    }

    /// Leaves the reader for the list without quitting, as searching needs.
    mutating func closeReader() {
        guard stack.count > 1 else { return }
        stack.removeSubrange(1...)
        forward = []
        refreshDocument()
    }

    private func noSuchLink(_ number: Int, count: Int) -> StatusMessage {
        let has = count == 0 ? "no links" : Words.count(count, "link")
        return StatusMessage("No link \(number): this article has \(has)", isError: true)
    }
}

extension View {
    /// A list of values to pick from, drawn over the list: a facet, or the saved searches.
    public var isBrowser: Bool {
        switch self {
        case .facet, .savedSearches: return true
        case .list, .article, .relatedCard, .help: return false
        }
    }
}
