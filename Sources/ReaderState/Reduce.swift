import ArticleParsing
import CorpusStore

/// The only way the state changes: applies `action` and returns the work left for the
/// loop. Pure: no I/O, no clock, no terminal.
public func reduce(_ state: inout State, _ action: Action) -> [Effect] {
    switch action {
    case .keyPressed(let key):
        return state.userActed { $0.handle(key) }
    case .mouseClicked(let target):
        return state.userActed { $0.click(target) }
    case .wheelTurned(let target, let lines):
        return state.userActed { state in
            state.turnWheel(over: target, lines: lines)
            return []
        }
    case .terminalResized(let rows, let cols):
        state.resize(rows: rows, cols: cols)
        return []
    case .loadProgressed(let done, let total):
        if state.loading != nil { state.loading = LoadProgress(done: done, total: total) }
        return []
    case .corpusLoaded(let corpus):
        return reduce(&state, .corpusArrived(.complete(corpus)))
    case .corpusArrived(let loaded):
        return state.receive(loaded)
    case .noticeReported(let text):
        state.status = StatusMessage(text)
        return []
    case .tick:
        if var status = state.status {
            status.age += 1
            state.status = status.age >= StatusMessage.lifetime ? nil : status
        }
        return []
    case .urlOpened(let url):
        state.status = StatusMessage("Opened \(url)")
        return []
    case .urlOpenFailed(let reason):
        state.status = StatusMessage(reason, isError: true)
        return []
    case .themeChanged(let name):
        state.status = StatusMessage("Theme: \(name)")
        return []
    case .problemReported(let message):
        state.status = StatusMessage(message, isError: true)
        return []
    }
}

extension State {
    /// Runs something the user did (a key, a click): clears the last status message, stops
    /// a saved session from being reopened over it, and asks for a save when marks changed.
    mutating func userActed(_ body: (inout State) -> [Effect]) -> [Effect] {
        status = nil
        hasInteracted = true
        var effects = body(&self)
        if markTable.takeUnsavedChanges() { effects.append(.save) }
        return effects
    }

    /// Looks `key` up in the command table and runs the command.
    mutating func handle(_ key: Key) -> [Effect] {
        // Once a key waits for the index, the keys after it wait too, so they keep their
        // order (`t`, `j`, Enter picks the second topic); only quitting never waits.
        if !deferredKeys.isEmpty, keymap.command(for: key, in: .list) != .quit {
            deferredKeys.append(key)
            return []
        }
        if search.isEditing || naming != nil {
            if let command = keymap.command(for: key, in: .prompt) { return run(command, key: key) }
            if let character = key.typedText {
                if naming != nil { extendName(with: character) } else { extendQuery(with: character) }
            }
            return []
        }
        guard let command = keymap.command(for: key, in: top.view == .list ? .list : .article) else {
            status = StatusMessage("Unknown key \(key.label) — press ? for help", isError: true)
            return []
        }
        if !isReady(for: command) {
            deferredKeys.append(key)
            status = StatusMessage(loading != nil ? "Still loading — that key runs once the index is built"
                : loaded.isIndexed ? "Finding stories — that key runs once they are worked out"
                : "Indexing topics, providers and sort orders…")
            return []
        }
        return run(command, key: key)
    }

    /// Carries out one command of the table. `key` tells which of its keys was pressed.
    mutating func run(_ command: Command, key: Key) -> [Effect] {
        switch command {
        case .lineDown: move(by: 1)
        case .lineUp: move(by: -1)
        case .pageDown: page(by: 1)
        case .pageUp: page(by: -1)
        case .top: move(to: 0)
        case .bottom: move(to: .max)
        case .open: open()
        case .followNumbered:
            if case .character(let digit) = key, let number = digit.wholeNumberValue { followNumbered(number) }
        case .focusNextLink: moveFocus(by: 1)
        case .focusPreviousLink: moveFocus(by: -1)
        case .openURL: return openURL()
        case .back: goBack()
        case .forward: goForward()
        case .search: startSearch()
        case .searchNext: jumpToMatch(forward: true)
        case .searchPrevious: jumpToMatch(forward: false)
        case .toggleRead: toggleRead()
        case .nextUnread: goToNextUnread()
        case .toggleBookmark: toggleBookmark()
        case .showBookmarks: showBookmarks()
        case .topics: openFacet(.topic)
        case .providers: openFacet(.provider)
        case .months: openFacet(.month)
        case .cycleSort: cycleSort()
        case .groupStories: toggleStoryGrouping()
        case .saveSearch: startNamingSearch()
        case .savedSearches: openSavedSearches()
        case .deleteSavedSearch: return deleteSavedSearch()
        case .promptAccept: if naming != nil { return finishNaming() } else { acceptSearch() }
        case .promptCancel: if naming != nil { cancelNaming() } else { cancelSearch() }
        case .promptDeleteBackward: if naming != nil { deleteFromName() } else { deleteFromQuery() }
        case .promptClear: if naming != nil { clearName() } else { clearQuery() }
        case .help: toggleHelp()
        case .toggleLayout: toggleLayout()
        case .cycleTheme: return [.cycleTheme]
        case .redraw: return [.redraw]
        case .copyAddress: return copyAddress()
        case .close: return close()
        case .dismiss: dismiss()
        case .quit: return [.quit]
        }
        return []
    }

    mutating func resize(rows: Int, cols: Int) {
        self.rows = max(0, rows)
        self.cols = max(0, cols)
        refreshDocument()
        revealSelection()
    }

    mutating func toggleLayout() {
        let wanted: LayoutMode = layoutMode == .split ? .single : .split
        if wanted == .split && cols < ScreenLayout.minimumSplitColumns {
            status = StatusMessage("Too narrow to show two views (needs \(ScreenLayout.minimumSplitColumns) columns)", isError: true)
            return
        }
        layoutOverride = wanted
        refreshDocument()
        revealSelection()
    }

    /// `o`: opens the address of what is on screen in the browser.
    mutating func openURL() -> [Effect] {
        guard let url = addressOnScreen(verb: "open") else { return [] }
        status = StatusMessage("Opening \(url)…")
        return [.openURL(url)]
    }

    /// `y`: copies the address of what is on screen to the clipboard, through the terminal
    /// (OSC 52), so it works over ssh and in tmux with no clipboard program.
    mutating func copyAddress() -> [Effect] {
        guard let url = addressOnScreen(verb: "copy") else { return [] }
        status = StatusMessage("Copied \(url)")
        return [.copyToClipboard(url)]
    }

    /// The web address of what is on screen: the open article or card, else the selected
    /// article; nil (and the status says why) when there is none.
    private mutating func addressOnScreen(verb: String) -> String? {
        var url: String?
        switch top.view {
        case .article(let index): url = corpus.articles[index].preferredURL
        case .relatedCard(let index, let related): url = corpus.article(index).related[related].urls.preferred
        case .list: url = currentArticle.flatMap { corpus.articles[$0].preferredURL }
        case .help, .facet, .savedSearches:
            status = StatusMessage("Nothing to \(verb) here", isError: true)
            return nil
        }
        guard let url else {
            status = StatusMessage(currentArticle == nil ? "No article selected" : "This article has no web address", isError: true)
            return nil
        }
        return url
    }

    /// Says once, when loading ends, what went wrong.
    mutating func reportLoad() {
        let errors = errorCount
        if corpus.articles.isEmpty {
            status = StatusMessage("No articles found in \(corpus.name)", isError: true)
        } else if errors > 0 {
            let files = Words.count(errors, "file")
            status = StatusMessage("\(files) could not be read — run `lede check` for details", isError: true)
        }
    }
}
