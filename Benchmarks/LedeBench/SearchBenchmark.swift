import ArticleParsing
import Foundation
import ReaderState

/// As-you-type search over a loaded corpus: each keystroke of a few queries, typed one
/// character at a time (each narrowing the last result when it extends it), plus facet
/// counts and the cost of building the index against the load.
enum SearchBenchmark {
    static let queries = ["facial recognition", "city council budget", "topic:ai police", "climate -storm", "\"data poisoning\""]

    static func run(roots: [String]) {
        let (corpus, loadTime) = measure { CorpusLoader.load(roots) }
        let (index, indexTime) = measure { SearchIndex(corpus) }
        let (facets, facetIndexTime) = measure { FacetIndex(corpus) }
        var keystrokes: [Double] = []
        for query in queries {
            var previous: (text: String, results: [Int])?
            for end in query.indices.dropFirst().map({ $0 }) + [query.endIndex] {
                let text = String(query[..<end])
                guard let parsed = try? Query.parse(text) else { continue }
                let narrow = previous.flatMap { text.hasPrefix($0.text) && !text.contains("-") && !text.contains("\"") ? $0.results : nil }
                let (results, seconds) = measure { index.search(parsed, within: narrow) }
                keystrokes.append(seconds)
                previous = (text, results)
            }
        }
        let all = Array(corpus.articles.indices)
        var facetTimes: [Double] = []
        for kind in FacetKind.allCases {
            facetTimes.append(measure { facets.values(kind, among: all) }.1)
        }
        keystrokes.sort()
        let median = keystrokes[keystrokes.count / 2]
        print("articles         \(corpus.articles.count), \(format(Double(index.byteCount) / 1_048_576)) MB of folded text")
        print("load             \(format(loadTime * 1000, 0)) ms")
        print("search index     \(format(indexTime * 1000, 0)) ms + facets \(format(facetIndexTime * 1000, 0)) ms = \(format((indexTime + facetIndexTime) / loadTime * 100))% of load")
        print("keystroke        median \(format(median * 1000, 2)) ms, worst \(format(keystrokes.last! * 1000, 2)) ms over \(keystrokes.count) keystrokes")
        print("facet counts     worst \(format(facetTimes.max()! * 1000, 2)) ms (topics, providers, months over all articles)")
    }
}
