/// A story index as the snapshot keeps it: the stories and the term vectors, so a warm
/// start gets stories back without working them out again (similar lists are found per
/// article from the vectors, as they are after a cold start). Read back, it
/// is checked as the rest of a snapshot is: every article number in range, every offset
/// in order.
struct StoredStories {
    /// Each article's story root: itself when it is alone or first.
    var roots: [Int32]
    var vectorOffsets: [Int32]
    var vectorTerms: [UInt32]
    var vectorWeights: [UInt16]
    var termKeys: [UInt32]
    var termCounts: [Int32]

    init(_ index: StoryIndex) {
        roots = index.roots
        vectorOffsets = index.vectors.offsets
        vectorTerms = index.vectors.terms
        vectorWeights = index.vectors.weights
        termKeys = index.frequencies.keys
        termCounts = index.frequencies.values
    }

    init(roots: [Int32], vectorOffsets: [Int32], vectorTerms: [UInt32], vectorWeights: [UInt16], termKeys: [UInt32],
         termCounts: [Int32]) {
        self.roots = roots
        self.vectorOffsets = vectorOffsets
        self.vectorTerms = vectorTerms
        self.vectorWeights = vectorWeights
        self.termKeys = termKeys
        self.termCounts = termCounts
    }

    /// The index these columns make for `table`, or nil when they do not fit it.
    func index(for table: CorpusTable) -> StoryIndex? {
        let count = table.rows.count
        guard roots.count == count, roots.allSatisfy({ $0 >= 0 && Int($0) < count && roots[Int($0)] == $0 }),
              vectorOffsets.count == count + 1, vectorOffsets.first == 0, vectorOffsets.last.map(Int.init) == vectorTerms.count,
              zip(vectorOffsets, vectorOffsets.dropFirst()).allSatisfy({ $0 <= $1 }),
              vectorWeights.count == vectorTerms.count,
              let frequencies = TermTable(keys: termKeys, values: termCounts) else { return nil }
        let vectors = TermVectors(offsets: vectorOffsets, terms: vectorTerms, weights: vectorWeights)
        let (storyOfArticle, stories) = StoryIndex.assemble(roots: roots, facts: StoryFacts(table))
        return StoryIndex(storyOfArticle: storyOfArticle, stories: stories, roots: roots, vectors: vectors,
                          frequencies: frequencies)
    }
}
