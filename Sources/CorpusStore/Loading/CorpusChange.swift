import ArticleParsing
/// What changed between two versions of a corpus, counted in articles: what the status
/// line says when files change under the reader.
public struct CorpusChange: Sendable, Equatable {
    public var added = 0
    public var changed = 0
    public var removed = 0

    public init(added: Int = 0, changed: Int = 0, removed: Int = 0) {
        self.added = added
        self.changed = changed
        self.removed = removed
    }

    /// `freshArticles`: paths of the articles parsed anew; `droppedArticles`: paths of the
    /// articles that were replaced or are gone.
    init(freshArticles: [String], droppedArticles: Set<String>) {
        changed = freshArticles.reduce(0) { $0 + (droppedArticles.contains($1) ? 1 : 0) }
        added = freshArticles.count - changed
        removed = droppedArticles.count - changed
    }

    public var isEmpty: Bool { added == 0 && changed == 0 && removed == 0 }

    /// `3 new articles, 1 changed, 2 removed`.
    public var summary: String {
        var parts: [String] = []
        if added > 0 { parts.append(Words.count(added, "new article")) }
        if changed > 0 { parts.append(Words.count(changed, "article") + " changed") }
        if removed > 0 { parts.append(Words.count(removed, "article") + " removed") }
        return parts.isEmpty ? "no change" : parts.joined(separator: ", ")
    }
}
