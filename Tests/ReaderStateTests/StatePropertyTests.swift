import ArticleParsing
import CorpusStore
import CorpusGenerator
@testable import ReaderState
import Testing
import TestSupport

/// Thousands of random events — every key of the table, stray characters, resizes from
/// 1×1 to 400×200, load progress, new corpora — on random corpora, with the state's
/// invariants checked after every step.
@Suite(.timeLimit(.minutes(3)))
struct StatePropertyTests {
    static func randomCorpus(_ random: inout SplitMix64, size: Int) -> Corpus {
        let titles = (0..<size).map { "Story \($0) " + ["東京", "résumé", "👍🏽 emoji", "plain", ""][($0 * 7) % 5] }
        let articles = (0..<size).map { index -> Article in
            var article = Article(id: "a\(index).md", path: "/r/a\(index).md", format: index % 4 == 0 ? .plainText : .card,
                                  title: titles[index])
            article.date = random.int(below: 5) == 0 ? nil : ArticleDate(text: "202\(random.int(below: 5))-0\(random.int(below: 9) + 1)-1\(random.int(below: 9))")
            article.body = (0..<random.int(below: 6)).map { "Paragraph \($0) " + String(repeating: "word ", count: random.int(below: 80)) }
            article.related = (0..<random.int(below: 12)).map { _ in
                random.int(below: 2) == 0 && size > 0
                    ? RelatedItem(title: titles[random.int(below: size)])
                    : RelatedItem(title: "Outside \(random.int(below: 1000))", urls: ArticleURLs(web: "https://x.example/\(random.int(below: 99))"))
            }
            return article
        }
        return Corpus(name: "random", articles: articles)
    }

    static let tableKeys: [Key] = CommandTable.all.flatMap(\.keys)
    static let strayKeys: [Key] = [.character("x"), .character("é"), .character("東"), .function(12), .control("z"), .escape, .delete]

    static func randomAction(_ random: inout SplitMix64) -> Action {
        switch random.int(below: 100) {
        case 0..<80: return .keyPressed(tableKeys[random.int(below: tableKeys.count)])
        case 80..<88: return .keyPressed(strayKeys[random.int(below: strayKeys.count)])
        case 88..<94:
            if random.int(below: 10) == 0 { return .terminalResized(rows: random.int(below: 201), cols: random.int(below: 401)) }
            return .terminalResized(rows: random.int(below: 50) + 1, cols: random.int(below: 140) + 1)
        case 94..<97: return .loadProgressed(done: random.int(below: 100), total: 100)
        case 97: return .corpusLoaded(randomCorpus(&random, size: random.int(below: 30)))
        default: return .tick
        }
    }

    func checkInvariants(_ state: State, step: Int) {
        #expect(!state.stack.isEmpty && state.stack[0].view == .list, "step \(step): list is not at the bottom")
        let count = state.corpus.articles.count
        #expect(count == 0 ? state.selection == 0 : (0..<count).contains(state.selection), "step \(step): selection \(state.selection) of \(count)")
        for page in state.stack + state.forward {
            switch page.view {
            case .article(let index): #expect((0..<count).contains(index), "step \(step): article \(index) of \(count)")
            case .relatedCard(let index, let related):
                #expect((0..<count).contains(index) && related < state.corpus.articles[index].relatedCount,
                        "step \(step): card \(index)/\(related)")
            default: break
            }
        }
        #expect(state.top.scroll >= 0 && state.top.scroll <= max(0, state.maxScroll), "step \(step): scroll \(state.top.scroll) of \(state.maxScroll)")
        if let focus = state.top.focus {
            #expect((state.document?.linkLines.indices.contains(focus)) == true, "step \(step): focus \(focus) on no link")
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func randomEventSequencesKeepTheInvariants(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var state = State(corpus: Self.randomCorpus(&random, size: Int(seed) * 5 - 5), rows: 24, cols: 80, loading: seed % 3 == 0)
        for step in 0..<2500 {
            _ = reduce(&state, Self.randomAction(&random))
            checkInvariants(state, step: step)
            if step % 500 == 0 {
                // Help is always one key away (after leaving a search prompt).
                var probe = state
                _ = reduce(&probe, .keyPressed(.escape))
                if probe.top.view != .help { _ = reduce(&probe, .keyPressed(.character("?"))) }
                #expect(probe.top.view == .help, "step \(step): help unreachable from \(state.top.view)")
            }
        }
    }

    @Test func historyBackAndForwardAreInverse() {
        var random = SplitMix64(seed: 99)
        var state = State(corpus: Self.randomCorpus(&random, size: 30), rows: 40, cols: 120)
        _ = reduce(&state, .keyPressed(.enter))
        for _ in 0..<200 {
            _ = reduce(&state, .keyPressed(.character(Character(String(random.int(below: 9) + 1)))))
        }
        let depth = state.stack.count
        let views = state.stack.map(\.view)
        for _ in 1..<depth { _ = reduce(&state, .keyPressed(.backspace)) }
        #expect(state.stack.count == 1 || state.stack.count < depth)
        // At most one → per ← taken: a forward that never empties fails here rather than
        // looping for ever.
        let emptied = press(&state, .right, until: { $0.forward.isEmpty }, limit: depth)
        #expect(emptied, "forward history still holds \(state.forward.count) pages after \(depth) presses of →")
        #expect(state.stack.map(\.view) == views)
    }
}
