import ArticleParsing

/// Saved searches: `w` names the list's narrowing and the search being typed and keeps
/// them (the loop writes them to the config file); `F` lists them with how many articles
/// each selects now, Enter opens one in place of the current narrowing, `d` deletes it.
extension State {
    /// `w`: asks for a name, suggesting what the search selects.
    mutating func startNamingSearch() {
        let levels = levelsToSave
        guard !levels.isEmpty else {
            status = StatusMessage("Nothing to save: search (/) or narrow the list (t, p, D, B) first", isError: true)
            return
        }
        if search.isEditing && !search.inArticle { acceptSearch() }
        if top.view == .help || top.view.isBrowser {
            stack.removeLast()
            refreshDocument()
        }
        let suggestion = levels.map { level -> String in
            switch level {
            case .facet(_, let value): return value
            case .query(let text): return text
            case .bookmarks: return "bookmarks"
            case .story(_, let title): return title
            case .saved(let search): return search.name
            }
        }.joined(separator: " ")
        naming = String(TextSanitizer.cleanLine(suggestion).prefix(SavedSearch.longestName))
    }

    mutating func extendName(with character: Character) {
        guard var name = naming, name.count < SavedSearch.longestName else { return }
        name.append(character)
        naming = name
    }

    mutating func deleteFromName() {
        guard let name = naming else { return }
        naming = name.isEmpty ? nil : String(name.dropLast())
    }

    mutating func clearName() {
        if naming != nil { naming = "" }
    }

    mutating func cancelNaming() {
        naming = nil
        status = StatusMessage("Not saved")
    }

    /// Enter on the name: keeps the search under it, replacing one of the same name.
    mutating func finishNaming() -> [Effect] {
        guard let typed = naming else { return [] }
        let name = typed.trimmingWhitespace
        guard !name.isEmpty else {
            status = StatusMessage("A saved search needs a name", isError: true)
            return []
        }
        naming = nil
        let saved = SavedSearch(name: name, levels: levelsToSave)
        let replaced = savedSearches.contains { $0.name == name }
        savedSearches.removeAll { $0.name == name }
        savedSearches.append(saved)
        savedSearches.sort { $0.name.lowercased() < $1.name.lowercased() }
        status = StatusMessage((replaced ? "Replaced" : "Saved") + " “\(name)”: \(saved.summary) — F lists saved searches")
        return [.storeSavedSearch(saved)]
    }

    /// `F`: the saved searches, each with the articles it selects and how many are unread.
    mutating func openSavedSearches() {
        guard !savedSearches.isEmpty else {
            status = StatusMessage("No saved searches yet — w saves the current search and narrowing", isError: true)
            return
        }
        closeReader()
        if top.view != .list { stack.removeSubrange(1...) }
        stack.append(Page(.savedSearches))
        countSavedSearches()
        refreshDocument()
    }

    /// Counts every saved search against the corpus as it is now, marks included.
    mutating func countSavedSearches() {
        let selection = ArticleSelection(loaded, marks: searchMarks)
        let read = self.read
        browserValues = savedSearches.map { saved in
            let articles = selection.articles(narrowedBy: saved.levels)
            let count = articles?.count ?? corpus.articles.count
            let unread = articles.map { $0.reduce(0) { $0 + (read[$1] ? 0 : 1) } } ?? unreadCount
            return FacetValue(label: saved.name, count: count, unread: unread)
        }
    }

    /// Enter in the saved searches: the list narrowed by that search alone.
    mutating func openSavedSearch() {
        guard top.view == .savedSearches, savedSearches.indices.contains(top.row) else { return }
        let saved = savedSearches[top.row]
        stack.removeLast()
        groupsStories = false
        narrowing = [.saved(saved)]
        rebuildListing(keeping: selectedArticle)
        status = StatusMessage("Saved search “\(saved.name)”: \(saved.summary)")
        refreshDocument()
    }

    /// `d` in the saved searches: forgets the selected one (the loop removes it from the
    /// config file).
    mutating func deleteSavedSearch() -> [Effect] {
        guard top.view == .savedSearches, savedSearches.indices.contains(top.row) else {
            status = StatusMessage("d deletes a saved search in the saved searches (F)", isError: true)
            return []
        }
        let name = savedSearches.remove(at: top.row).name
        status = StatusMessage("Deleted “\(name)”")
        if savedSearches.isEmpty {
            stack.removeLast()
            refreshDocument()
        } else {
            countSavedSearches()
            selectBrowserRow(top.row)
        }
        return [.deleteSavedSearch(name)]
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
