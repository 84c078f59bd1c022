import ArticleParsing
import Testing
import ReaderUI

/// Frame cost must not grow with the corpus: a key press and a render on a corpus a
/// hundred times larger costs about the same. (Absolute figures are the benchmark's job;
/// this guards the property in every test run, debug builds included.)
@Suite struct RenderCostTests {
    static func corpus(_ count: Int) -> Corpus {
        let articles = (0..<count).map { number in
            Article(id: "a\(number)", path: "/c/a\(number).txt", format: .card, title: "Article number \(number) about things",
                    date: ArticleDate(text: "2024-01-01T00:00:00Z"), provider: Provider(name: "Provider \(number % 50)"),
                    body: ["Body of article \(number). " + String(repeating: "Words go here. ", count: 40)])
        }
        return Corpus(name: "cost", articles: articles)
    }

    /// Median microseconds of `j` + render over `presses` presses, at 200×60 (split).
    static func frameCost(_ corpus: Corpus, presses: Int = 60) -> Double {
        var state = State(corpus: corpus, rows: 60, cols: 200)
        var grid = ScreenGrid(rows: 60, cols: 200)
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for _ in 0..<presses {
            let elapsed = clock.measure {
                _ = reduce(&state, .keyPressed(.character("j")))
                render(state, into: &grid)
            }
            samples.append(elapsed)
        }
        samples.sort()
        let median = samples[samples.count / 2]
        return Double(median.components.attoseconds) / 1e12 + Double(median.components.seconds) * 1e6
    }

    @Test func frameCostDoesNotGrowWithTheCorpus() {
        let small = Self.frameCost(Self.corpus(200))
        let large = Self.frameCost(Self.corpus(20_000))
        #expect(large < small * 3 + 200, "200 articles: \(small) µs, 20,000 articles: \(large) µs")
    }
}
