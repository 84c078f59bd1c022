import ArticleParsing
import CorpusGenerator
import CorpusStore
import Testing
@testable import ReaderState

/// The state's parts keep what they derive in step with what it is derived from: after
/// every one of thousands of random events, the marks table, the list's rows, unread
/// count and highlights, and the laid-out page equal a recomputation from scratch.
struct StatePartsPropertyTests {
    /// Whether the list's narrowing asks about marks: such a list is deliberately not
    /// rebuilt as articles are read (rows would vanish while reading them), so it may
    /// differ from a recomputation until the next rebuild.
    private func dependsOnMarks(_ levels: [Narrowing]) -> Bool {
        levels.flatMap(\.savedLevels).contains { level in
            switch level {
            case .bookmarks: return true
            case .query(let text):
                return (try? Query.parse(text))?.terms.contains { [.read, .unread, .bookmarked].contains($0.filter) } ?? false
            case .facet, .story, .saved: return false
            }
        }
    }

    func checkParts(_ state: State, step: Int, after action: Action) {
        let fresh = state.markTable.recomputed(keyHashes: state.corpus.markKeyHashes)
        #expect(state.markTable == fresh, "step \(step): marks table out of step with its marks")
        let unread = state.listing.filter { !state.read[$0] }.count
        #expect(state.listingUnread == unread, "step \(step): \(state.listingUnread) unread rows counted, \(unread) there")
        if !state.search.isEditing {
            #expect(state.listHighlights == ListState.highlights(of: state.narrowing), "step \(step): highlights")
            if !dependsOnMarks(state.narrowing) {
                let narrowed = state.articles(narrowedBy: state.narrowing)
                #expect(state.narrowed == narrowed, "step \(step): narrowed articles out of step with \(state.narrowing)")
                #expect(state.listing == state.arrange(narrowed), "step \(step): rows out of step with the narrowing and order")
            }
        }
        switch state.top.view {
        case .article, .relatedCard:
            #expect(state.document != nil && state.documentView == state.top.view, "step \(step): page not laid out after \(action) (\(state.rows)×\(state.cols))")
        case .list, .help, .facet, .savedSearches:
            break
        }
    }

    @Test(.timeLimit(.minutes(2)), arguments: [11, 12, 13, 14, 15, 16])
    func derivedPartsEqualARecomputationAfterEveryEvent(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var state = State(corpus: StatePropertyTests.randomCorpus(&random, size: Int(seed % 7) * 6 + 4), rows: 24, cols: 80,
                          savedSearches: [SavedSearch(name: "stories", levels: [.query("story")]),
                                          SavedSearch(name: "unread", levels: [.query("is:unread")])])
        for step in 0..<1500 {
            let action = StatePropertyTests.randomAction(&random)
            _ = reduce(&state, action)
            checkParts(state, step: step, after: action)
        }
    }
}
