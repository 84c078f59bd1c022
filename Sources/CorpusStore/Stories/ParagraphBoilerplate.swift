/// Body lines that recur word for word across many articles: bylines, newsletter
/// pitches, disclaimers, "read more" lines. They are left out of the terms, so two
/// unrelated articles do not look alike for sharing them. Only short lines count, so
/// the paragraphs of one syndicated story, reprinted a few times, stay in.
struct ParagraphBoilerplate: Sendable {
    static let longestLine = 320
    /// A line seen in this many articles is boilerplate; a story reprinted by a handful
    /// of outlets stays below it.
    static let repeats: Int32 = 5

    private let lines: TermTable

    init(_ input: StoryInput) {
        let counts = StoryInput.inChunks(input.count) { range -> TermTable in
            var counts = TermTable(capacity: 1024)
            for index in range {
                if index + 1 < range.upperBound { input.prefetchText(index + 1) }
                ArticleTerms.paragraphs(input.text(index), fields: input.fields(index)) { counts.add(Self.key($0)) }
            }
            return counts
        }
        var total = TermTable(capacity: 1024)
        for table in counts { table.forEach { total.add($0, $1) } }
        var lines = TermTable(capacity: 64)
        total.forEach { key, count in if count >= Self.repeats { lines.add(key) } }
        self.lines = lines
    }

    func contains(_ paragraph: UInt64) -> Bool { lines.value(Self.key(paragraph)) != nil }

    private static func key(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash ^ (hash >> 32)) }
}
