import CorpusStore

extension SortKey {
    /// "Most covered first": the articles of stories reported by more outlets first, then
    /// of larger stories, then of newer ones; each story's articles together, newest first;
    /// articles no other article reports after every story, newest first. It needs the
    /// stories, which `LoadedCorpus.indexed()` works out after the other orders, so it is
    /// built apart from them.
    public static func coveredOrder(_ stories: StoryIndex?, count: Int) -> [Int] {
        guard let stories else { return Array(0..<count) }
        // Corpus order is newest first, so a story's newest article is its smallest index.
        let ranked = stories.stories.sorted { one, other in
            if one.outletCount != other.outletCount { return one.outletCount > other.outletCount }
            if one.articles.count != other.articles.count { return one.articles.count > other.articles.count }
            return one.articles.min()! < other.articles.min()!
        }
        var order: [Int] = []
        order.reserveCapacity(count)
        var inStory = [Bool](repeating: false, count: count)
        for story in ranked {
            for article in story.articles.sorted() where article < count {
                order.append(article)
                inStory[article] = true
            }
        }
        for article in 0..<count where !inStory[article] { order.append(article) }
        return order
    }
}
