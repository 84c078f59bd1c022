import ReaderState
import ArticleParsing

/// The header line (corpus and counts) and the bottom line (search prompt, status or
/// key hints, and where you are).
enum Chrome {
    static func drawHeader(_ state: State, in rect: ScreenLayout.Rect, into grid: inout ScreenGrid) {
        grid.fill(row: rect.row, col: rect.col, width: rect.cols, role: .header)
        let name = TextSanitizer.cleanLine(state.corpus.name)
        var title = name.isEmpty ? " lede" : " lede · \(name)"
        // The breadcrumb of narrowing levels: what `q` and Backspace pop, last first.
        for level in state.narrowing { title += " › " + TextSanitizer.cleanLine(level.label) }
        var counts: [String] = []
        if let loading = state.loading {
            counts.append(loading.total.map { "loading \(loading.done)/\($0)" } ?? (loading.done > 0 ? "loading \(loading.done)…" : "loading…"))
        } else if !state.loaded.isIndexed {
            // Search works already; topics, providers, months and sorting wait for this.
            counts.append("indexing…")
        } else if !state.loaded.hasStories {
            // Everything works; the Same story and Similar sections and `S` wait for this.
            counts.append("finding stories…")
        }
        if state.loading == nil || !state.corpus.articles.isEmpty {
            let total = state.corpus.articles.count
            let shown = state.listing.count
            if shown == total && !state.search.isEditing {
                counts.append(Words.count(total, "article"))
                counts.append("\(state.unreadCount) unread")
            } else {
                counts.append("\(shown) of \(total)")
                counts.append("\(state.listingUnread) unread")
            }
            counts.append("by \(state.sort.label)" + (state.isGroupingStories ? ", per story" : ""))
            if state.resolvedLinkCount > 0 { counts.append("\(state.resolvedLinkCount) linked") }
            let errors = state.errorCount
            if errors > 0 { counts.append(Words.count(errors, "error")) }
        }
        var right = counts.joined(separator: " · ") + " "
        // Too narrow for every count: drop from the end, keeping the article counts.
        while DisplayWidth.of(right) + 8 > rect.cols, counts.count > 2 {
            counts.removeLast()
            right = counts.joined(separator: " · ") + " "
        }
        let rightWidth = DisplayWidth.of(right)
        if rightWidth + 8 <= rect.cols {
            grid.draw(right, row: rect.row, col: rect.col + rect.cols - rightWidth, role: .header)
            title = DisplayWidth.truncate(title, to: rect.cols - rightWidth - 1)
        }
        grid.draw(title, row: rect.row, col: rect.col, maxWidth: rect.cols, role: .header)
    }

    static func drawStatus(_ state: State, in rect: ScreenLayout.Rect, into grid: inout ScreenGrid) {
        let row = rect.row
        grid.fill(row: row, col: rect.col, width: rect.cols, role: .status)
        if let name = state.naming {
            drawNamePrompt(name, in: rect, into: &grid)
            return
        }
        if state.search.isEditing {
            drawPrompt(state, in: rect, into: &grid)
            return
        }
        let position = self.position(state)
        let positionWidth = DisplayWidth.of(position)
        var available = rect.cols
        if positionWidth + 12 <= rect.cols {
            grid.draw(position, row: row, col: rect.col + rect.cols - positionWidth, role: .status)
            available -= positionWidth + 1
        }
        if let status = state.status {
            grid.draw(" " + status.text, row: row, col: rect.col, maxWidth: available, role: status.isError ? .statusError : .status)
        } else {
            drawHints(hints(for: state.top.view, keymap: state.keymap), row: row, from: rect.col, width: available, into: &grid)
        }
    }

    /// `/query` with the cursor after it and, on the right, the result count or why the
    /// query does not parse (the list meanwhile keeps its last good results).
    private static func drawPrompt(_ state: State, in rect: ScreenLayout.Rect, into grid: inout ScreenGrid) {
        let search = state.search
        let count: String
        if let error = search.error {
            count = error + " "
        } else if search.query.isEmpty {
            count = search.inArticle ? "type to find in the article · Enter keeps · Esc cancels "
                : "type to search · Enter keeps · Esc cancels "
        } else if search.inArticle {
            count = search.resultCount == 0 ? "no match " : search.resultCount == 1 ? "1 line " : "\(search.resultCount) lines "
        } else {
            count = search.resultCount == 0 ? "no match " : Words.count(search.resultCount, "result") + " "
        }
        var available = rect.cols
        let shownCount = DisplayWidth.truncate(count, to: max(0, rect.cols - 12))
        let countWidth = DisplayWidth.of(shownCount)
        if countWidth > 0 && countWidth + 10 <= rect.cols {
            let role: Role = search.error != nil || (!search.query.isEmpty && search.resultCount == 0) ? .statusError : .status
            grid.draw(shownCount, row: rect.row, col: rect.col + rect.cols - countWidth, role: role)
            available -= countWidth + 1
        }
        // Keep the end of a long query, where typing happens, in view.
        var shown = TextSanitizer.cleanLine(search.query)
        while DisplayWidth.of(shown) > available - 2, !shown.isEmpty { shown.removeFirst() }
        let used = grid.draw("/" + shown, row: rect.row, col: rect.col, maxWidth: available, role: .status)
        grid.cursor = Position(row: rect.row, col: min(rect.col + used, rect.col + rect.cols - 1))
    }

    /// `Save search as: name`, with the cursor after the name.
    private static func drawNamePrompt(_ name: String, in rect: ScreenLayout.Rect, into grid: inout ScreenGrid) {
        let help = "Enter saves · Esc cancels "
        var available = rect.cols
        let helpWidth = DisplayWidth.of(help)
        if helpWidth + 30 <= rect.cols {
            grid.draw(help, row: rect.row, col: rect.col + rect.cols - helpWidth, role: .status)
            available -= helpWidth + 1
        }
        let label = "Save search as: "
        var shown = TextSanitizer.cleanLine(name)
        while DisplayWidth.of(label + shown) > available - 2, !shown.isEmpty { shown.removeFirst() }
        let used = grid.draw(label + shown, row: rect.row, col: rect.col, maxWidth: available, role: .status)
        grid.cursor = Position(row: rect.row, col: min(rect.col + used, rect.col + rect.cols - 1))
    }

    /// `3/120` in the list; `Top`, `Bot`, `All` or a percentage elsewhere, as in vi.
    static func position(_ state: State) -> String {
        switch state.top.view {
        case .list:
            let count = state.listing.count
            return count == 0 ? "" : "\(state.selection + 1)/\(count)"
        case .facet, .savedSearches:
            let count = state.browserValues.count
            return count == 0 ? "" : "\(state.top.row + 1)/\(count)"
        case .article, .relatedCard, .help:
            let total = state.top.view == .help ? state.helpLines.count : state.document?.lines.count ?? 0
            let height = state.viewHeight
            let scroll = state.top.scroll
            if total <= height { return "All" }
            if scroll == 0 { return "Top" }
            if scroll + height >= total { return "Bot" }
            return "\(scroll * 100 / max(1, total - height))%"
        }
    }

    /// Draws the hints as one line, then marks the part of it each hint occupies, so a
    /// click on a hint runs its command.
    private static func drawHints(_ hints: [(command: Command, text: String)], row: Int, from col: Int, width: Int,
                                  into grid: inout ScreenGrid) {
        let line = " " + hints.map(\.text).joined(separator: "  ")
        let drawn = grid.draw(line, row: row, col: col, maxWidth: width, role: .status)
        var start = 1
        for hint in hints where start < drawn {
            let hintWidth = DisplayWidth.of(hint.text)
            grid.mark(.hint(hint.command), row: row, col: col + start, width: min(hintWidth, drawn - start))
            start += hintWidth + 2
        }
    }

    /// Key hints for `view`, named from the command table.
    static func hints(for view: View, keymap: Keymap) -> [(command: Command, text: String)] {
        let commands: [Command]
        switch view {
        case .list: commands = [.open, .search, .help, .close]
        case .facet: commands = [.open, .close]
        case .savedSearches: commands = [.open, .deleteSavedSearch, .close]
        case .article: commands = [.followNumbered, .back, .openURL, .help, .close]
        case .relatedCard: commands = [.back, .openURL, .help, .close]
        case .help: commands = [.close]
        }
        return commands.map { command in
            let info = CommandTable.info(command)
            let keys = keymap.keys(for: command)
            let key = keys == info.keys ? (info.keyLabel ?? keys.first?.label ?? "") : keys.first?.label ?? "unbound"
            var word = info.hint ?? info.name
            if command == .close && view != .list { word = "close" }
            if command == .open, case .facet = view { word = "narrow" }
            if command == .deleteSavedSearch { word = "delete" }
            return (command, "\(key) \(word)")
        }
    }
}

