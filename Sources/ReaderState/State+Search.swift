/// The search in progress or last kept.
public struct SearchState: Equatable, Sendable {
    /// The text typed so far (while editing) or kept (after Enter).
    public internal(set) var query = ""
    /// True while the prompt takes keys.
    public internal(set) var isEditing = false
    /// Articles whose title contains the query, in list order.
    public internal(set) var matches: [Int] = []
    /// Selection and search when the prompt opened, restored by Esc.
    var origin = 0
    var previousQuery = ""
    var previousMatches: [Int] = []
}

/// Incremental title search in the list, as in less and tig: the selection jumps to the
/// first match at or after where the search began, Enter keeps, Esc goes back.
///
/// Matching is a case-folded substring test over titles folded once per corpus; each
/// extra character only filters the previous matches, so typing stays fast on large
/// corpora, and `n`/`N` are a binary search in `matches`.
extension State {
    mutating func startSearch() {
        closeReader()
        if top.view == .help { stack.removeLast() }
        if searchKeys == nil { searchKeys = corpus.articles.map { $0.title.lowercased() } }
        search.previousQuery = search.query
        search.previousMatches = search.matches
        search.origin = selection
        search.query = ""
        search.matches = []
        search.isEditing = true
    }

    mutating func extendQuery(with character: Character) {
        let narrowing = !search.query.isEmpty
        search.query.append(character)
        updateMatches(narrowing: narrowing)
    }

    mutating func deleteFromQuery() {
        guard !search.query.isEmpty else {
            cancelSearch()
            return
        }
        search.query.removeLast()
        updateMatches(narrowing: false)
    }

    mutating func clearQuery() {
        search.query = ""
        updateMatches(narrowing: false)
    }

    mutating func acceptSearch() {
        search.isEditing = false
        if search.query.isEmpty {
            search.matches = []
        } else if search.matches.isEmpty {
            status = StatusMessage("No title contains “\(search.query)”", isError: true)
        } else {
            let count = search.matches.count
            status = StatusMessage(count == 1 ? "1 match" : "\(count) matches — n and N move among them")
        }
    }

    mutating func cancelSearch() {
        search.isEditing = false
        search.query = search.previousQuery
        search.matches = search.previousMatches
        select(search.origin)
    }

    /// `n` / `N`: the next or previous match, wrapping. From an article, opens it in
    /// place of the reader, so search results can be read one after another.
    mutating func jumpToMatch(forward: Bool) {
        guard !search.query.isEmpty else {
            status = StatusMessage("No search yet — press / to search titles", isError: true)
            return
        }
        guard !search.matches.isEmpty else {
            status = StatusMessage("No title contains “\(search.query)”", isError: true)
            return
        }
        let reading = stack.contains { $0.view != .list && $0.view != .help }
        if top.view == .help { stack.removeLast() }
        closeReader()
        let matches = search.matches
        let after = firstIndex(in: matches, greaterThan: selection)
        var target: Int
        if forward {
            target = after < matches.count ? matches[after] : matches[0]
            if after == matches.count { status = StatusMessage("Search wrapped to the top") }
        } else {
            let before = firstIndex(in: matches, greaterThan: selection - 1) - 1
            target = before >= 0 ? matches[before] : matches[matches.count - 1]
            if before < 0 { status = StatusMessage("Search wrapped to the bottom") }
        }
        select(target)
        if reading { push(.article(target)) }
    }

    /// Recomputes matches for the current query; when the query only grew, filtering the
    /// previous matches is enough.
    mutating func updateMatches(narrowing: Bool) {
        guard !search.query.isEmpty, let keys = searchKeys else {
            search.matches = []
            select(search.origin)
            return
        }
        let needle = Array(search.query.lowercased().utf8)
        if narrowing {
            search.matches = search.matches.filter { contains(keys[$0], needle) }
        } else {
            search.matches = keys.indices.filter { contains(keys[$0], needle) }
        }
        let start = firstIndex(in: search.matches, greaterThan: search.origin - 1)
        if search.matches.isEmpty {
            select(search.origin)
        } else {
            select(start < search.matches.count ? search.matches[start] : search.matches[0])
        }
    }

    /// First position in the sorted `values` whose value is greater than `value`.
    private func firstIndex(in values: [Int], greaterThan value: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] > value { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Byte-wise substring test on UTF-8; both sides are already folded.
    private func contains(_ haystack: String, _ needle: [UInt8]) -> Bool {
        var haystack = haystack
        return haystack.withUTF8 { bytes in
            guard needle.count <= bytes.count, let first = needle.first else { return needle.isEmpty }
            var start = 0
            let last = bytes.count - needle.count
            while start <= last {
                if bytes[start] == first {
                    var offset = 1
                    while offset < needle.count && bytes[start + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                start += 1
            }
            return false
        }
    }
}
