/// Moving the selection in the list and scrolling everything else, always clamped so the
/// view never points past its content.
extension State {
    /// Rows the top page has to show itself in.
    public var viewHeight: Int {
        switch top.view {
        case .list: return layout.list.rows
        case .article, .relatedCard: return layout.reader.rows
        case .help, .facet, .savedSearches: return layout.body.rows
        }
    }

    /// Lines the top page holds (rows, for the list).
    var contentLineCount: Int {
        switch top.view {
        case .list: return listing.count
        case .article, .relatedCard: return document?.lines.count ?? 0
        case .help: return helpLines.count
        case .facet, .savedSearches: return browserValues.count
        }
    }

    /// The furthest the top page may scroll: its last line at the bottom of the view.
    var maxScroll: Int { max(0, contentLineCount - viewHeight) }

    mutating func move(by delta: Int) {
        if top.view == .list {
            select(selection + delta)
        } else if top.view.isBrowser {
            selectBrowserRow(top.row + delta)
        } else {
            setScroll(top.scroll + delta)
        }
    }

    /// `delta` pages; the list moves selection and view together, like tig.
    mutating func page(by delta: Int) {
        let height = max(1, viewHeight)
        if top.view == .list {
            stack[0].scroll = min(max(0, stack[0].scroll + delta * height), max(0, listing.count - height))
            select(selection + delta * height)
        } else if top.view.isBrowser {
            selectBrowserRow(top.row + delta * height)
        } else {
            setScroll(top.scroll + delta * max(1, height - 1))
        }
    }

    /// To the first (0) or last (`.max`) row or line.
    mutating func move(to target: Int) {
        if top.view == .list {
            select(target)
        } else if top.view.isBrowser {
            selectBrowserRow(target)
        } else {
            setScroll(target)
        }
    }

    /// Selects list row `index`, clamped, and scrolls it into view.
    mutating func select(_ index: Int) {
        guard !listing.isEmpty else {
            selection = 0
            stack[0].scroll = 0
            return
        }
        selection = min(max(0, index), listing.count - 1)
        revealSelection()
    }

    /// Selects the row showing `article`, when the list shows it.
    mutating func selectArticle(_ article: Int) {
        if let row = listing.firstIndex(of: article) { select(row) }
    }

    /// Selects row `row` of the facet view on top, clamped, scrolling it into view.
    mutating func selectBrowserRow(_ row: Int) {
        let last = stack.count - 1
        let clamped = min(max(0, row), max(0, browserValues.count - 1))
        let height = max(1, viewHeight)
        stack[last].row = clamped
        if clamped < stack[last].scroll { stack[last].scroll = clamped }
        if clamped >= stack[last].scroll + height { stack[last].scroll = clamped - height + 1 }
    }

    /// Scrolls the list just enough to show the selection.
    mutating func revealSelection() {
        let height = max(1, layout.list.rows)
        var first = stack[0].scroll
        if selection < first { first = selection }
        if selection >= first + height { first = selection - height + 1 }
        first = min(first, max(0, listing.count - height))
        stack[0].scroll = max(0, first)
    }

    /// Scrolls the top page to line `line`, clamped, remembering the place in the text.
    mutating func setScroll(_ line: Int) {
        let clamped = min(max(0, line), maxScroll)
        stack[stack.count - 1].scroll = clamped
        if let document, document.lines.indices.contains(clamped) {
            stack[stack.count - 1].anchor = document.lines[clamped].anchor
        }
    }

    /// Lays out the top page again (after it changed, or the width did) and puts it back
    /// at the same place in its text.
    mutating func refreshDocument() {
        let width = layout.readerTextWidth
        switch top.view {
        case .article(let index):
            if document == nil || document?.width != width || documentView != top.view {
                document = ArticleDocument(article: index, in: corpus, width: width)
            }
        case .relatedCard(let index, let related):
            if document == nil || document?.width != width || documentView != top.view {
                document = ArticleDocument(card: related, of: index, in: corpus, width: width)
            }
        case .list, .help, .facet, .savedSearches:
            document = nil
        }
        if documentView != nil && documentView != top.view { articleSearch = nil }
        documentView = document == nil ? nil : top.view
        if let document, let search = articleSearch, search.width != document.width {
            articleSearch = ArticleSearch(search.text, in: document)
        }
        let anchor = top.anchor
        let line = document?.line(for: anchor) ?? top.scroll
        setScroll(line)
        stack[stack.count - 1].anchor = anchor
    }

    /// Moves the focus among the open article's related links, wrapping, and scrolls the
    /// focused one into view.
    mutating func moveFocus(by delta: Int) {
        guard case .article(let index) = top.view else {
            status = StatusMessage("Open an article to move among its links", isError: true)
            return
        }
        let count = linkCount(of: index)
        guard count > 0 else {
            status = StatusMessage("This article has no related links and no article links to it", isError: true)
            return
        }
        let focus: Int
        if let current = top.focus {
            focus = (current + delta + count) % count
        } else {
            focus = delta > 0 ? 0 : count - 1
        }
        stack[stack.count - 1].focus = focus
        revealLink(focus)
    }

    /// Scrolls so every line of related link `link` is visible, if it fits.
    mutating func revealLink(_ link: Int) {
        guard let document, document.linkLines.indices.contains(link) else { return }
        let first = document.linkLines[link]
        let count = document.lineCount(ofLink: link)
        let height = max(1, viewHeight)
        if first < top.scroll {
            setScroll(first)
        } else if first + count > top.scroll + height {
            setScroll(min(first, first + count - height))
        }
    }
}
