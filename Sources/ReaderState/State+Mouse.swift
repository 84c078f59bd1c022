/// Clicks and wheel turns, on targets the renderer marked (see `ScreenTarget`).
///
/// A click selects a row and a click on the selected row opens it, so a double click
/// selects and opens with no timing to get wrong; a numbered link clicked is that number
/// pressed, so history works the same; a key hint clicked is its key pressed.
extension State {
    /// Lines (or rows) one notch of the wheel moves.
    public static let wheelLines = 3

    mutating func click(_ target: ScreenTarget) -> [Effect] {
        switch target {
        case .listRow(let position): clickListRow(position)
        case .browserRow(let row): clickBrowserRow(row)
        case .link(let link):
            guard top.view != .help, !top.view.isBrowser else { return [] }
            if search.isEditing { acceptSearch() }
            followNumbered(link + 1)
        case .hint(let command): return clickHint(command)
        case .listPane, .readerPane, .overlayPane: break
        }
        return []
    }

    /// The wheel scrolls what is under the pointer: the list moves its selection (and the
    /// view with it), an article or card scrolls, help scrolls and a browser moves its row.
    mutating func turnWheel(over target: ScreenTarget, lines: Int) {
        switch target {
        case .listPane, .listRow:
            guard isListVisible else { return }
            select(selection + lines)
        case .readerPane, .link:
            switch top.view {
            case .article, .relatedCard: setScroll(top.scroll + lines)
            case .list, .help, .facet, .savedSearches: break
            }
        case .overlayPane, .browserRow:
            guard top.view == .help || top.view.isBrowser else { return }
            move(by: lines)
        case .hint: break
        }
    }

    /// Whether the list is on screen: on top, or beside the article in the split layout.
    private var isListVisible: Bool {
        switch top.view {
        case .list: return true
        case .article, .relatedCard: return layout.isSplit
        case .help, .facet, .savedSearches: return false
        }
    }

    /// Selects row `position`, or opens it when it is selected already. Beside an open
    /// article, a click on another row leaves the article for that row's preview, and a
    /// click on the selected row opens it (unless it is the article already open).
    private mutating func clickListRow(_ position: Int) {
        guard isListVisible, listing.indices.contains(position) else { return }
        var position = position
        if search.isEditing {
            // Keeping the search may reorder the list: find the clicked article again.
            let article = listing[position]
            acceptSearch()
            guard let row = listing.firstIndex(of: article) else { return }
            position = row
        }
        guard position == selection else {
            closeReader()
            select(position)
            return
        }
        if stack.count == 2, case .article(let open) = top.view, open == selectedArticle { return }
        closeReader()
        self.open()
    }

    private mutating func clickBrowserRow(_ row: Int) {
        guard top.view.isBrowser, browserValues.indices.contains(row) else { return }
        if row == top.row { open() } else { selectBrowserRow(row) }
    }

    /// Runs the hint's command as its key would, waiting for the index as keys do. The
    /// `1–9` hint stands for nine keys, so it says how to follow a link instead.
    private mutating func clickHint(_ command: Command) -> [Effect] {
        if command == .followNumbered {
            status = StatusMessage("Click a numbered link, or press its number")
            return []
        }
        let context: KeyContext = search.isEditing ? .prompt : top.view == .list ? .list : .article
        if let key = keymap.keys(for: command).first(where: { keymap.command(for: $0, in: context) == command }) {
            return handle(key)
        }
        guard isReady(for: command) else {
            status = StatusMessage("Still indexing — try again in a moment")
            return []
        }
        return run(command, key: .escape)
    }
}
