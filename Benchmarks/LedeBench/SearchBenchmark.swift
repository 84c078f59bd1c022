import ArticleParsing
import CorpusStore
import Foundation
import ReaderState
import ReaderUI

/// As-you-type search over a loaded corpus: each keystroke of a few queries, typed one
/// character at a time (each narrowing the last result when it extends it), plus facet
/// counts and the cost of building the index against the load. Then the same keystrokes
/// as the reader runs them: `reduce` (search, arrange the list, counts) plus `render` of
/// a 200×60 screen, and the facet and sort keys.
enum SearchBenchmark {
    static let queries = ["facial recognition", "city council budget", "topic:ai police", "climate -storm", "\"data poisoning\""]

    static func run(roots: [String]) {
        // The faster of two loads: a cold first read would make indexing look cheaper.
        let (corpus, firstLoad) = measure { CorpusLoader.loadFiles(roots) }
        let loadTime = min(firstLoad, measure { CorpusLoader.loadFiles(roots) }.1)
        // The same corpus as a warm start has it, read back from its snapshot, whose search
        // text is in row order (a cold load's is in the order files were read).
        let cache = NSTemporaryDirectory() + "lede-bench-search-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        SnapshotStore(folder: cache).write(corpus, roots: roots)
        let warm = CorpusLoader.load(roots, cache: SnapshotStore(folder: cache)).corpus
        if ProcessInfo.processInfo.environment["LEDE_BENCH_SLOW"] != nil {
            for (name, source) in [("cold", corpus), ("warm", warm)] {
                let texts = source.relatedTexts
                let (_, read) = measure { texts.forEachRun { _, _, _ in } }
                let (_, runs) = measure { texts.runs() }
                var bytes = 0
                texts.forEachRun { _, _, run in bytes += run.count }
                print("related \(name)     \(texts.count) texts, \(bytes) bytes, read all \(format(read * 1000, 1)) ms, runs \(format(runs * 1000, 1)) ms")
            }
        }
        let warmKeystrokes = keystrokeTimes(SearchIndex(warm))
        let (index, indexTime) = measure { SearchIndex(corpus) }
        let (facets, facetIndexTime) = measure { FacetIndex(corpus) }
        var keystrokes = keystrokeTimes(index)
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
        print("keystroke        median \(format(median * 1000, 2)) ms, worst \(format(keystrokes.last! * 1000, 2)) ms over \(keystrokes.count) keystrokes (cold-loaded corpus)")
        print("  from snapshot  median \(format(warmKeystrokes[warmKeystrokes.count / 2] * 1000, 2)) ms, worst \(format(warmKeystrokes.last! * 1000, 2)) ms")
        print("facet counts     worst \(format(facetTimes.max()! * 1000, 2)) ms (topics, providers, months over all articles)")
        readerKeystrokes(corpus, loadTime: loadTime)
    }

    /// Each keystroke of `queries`, typed one character at a time, sorted.
    static func keystrokeTimes(_ index: SearchIndex) -> [Double] {
        var keystrokes: [Double] = []
        for query in queries {
            var previous: (query: Query, results: [Int])?
            for end in query.indices.dropFirst().map({ $0 }) + [query.endIndex] {
                guard let parsed = try? Query.parse(String(query[..<end])) else { continue }
                let narrow = previous.flatMap { parsed.narrows($0.query) ? $0.results : nil }
                // Sorted for the next key to search within, as the reader does.
                let (results, seconds) = measure { index.search(parsed, within: narrow).sorted() }
                keystrokes.append(seconds)
                if ProcessInfo.processInfo.environment["LEDE_BENCH_SLOW"] != nil, seconds > 0.02 {
                    print("slow key         \(format(seconds * 1000, 1)) ms at “\(query[..<end])”, \(narrow?.count ?? -1) searched")
                }
                previous = (parsed, results)
            }
        }
        return keystrokes.sorted()
    }

    /// The reader's own path: one key press through `reduce` and `render`.
    static func readerKeystrokes(_ corpus: Corpus, loadTime: Double) {
        let (loaded, loadedTime) = measure { LoadedCorpus.complete(corpus) }
        var state = State(loaded: loaded, rows: 60, cols: 200)
        var grid = ScreenGrid(rows: 60, cols: 200)
        func press(_ key: Key) -> Double {
            measure {
                _ = reduce(&state, .keyPressed(key))
                render(state, into: &grid)
            }.1
        }
        var typing: [Double] = []
        for query in queries {
            _ = press(.character("/"))
            for character in query { typing.append(press(.character(character))) }
            _ = press(.escape)
        }
        var facetKeys: [Double] = []
        var sortKeys: [Double] = []
        for _ in 0..<3 {
            for key in ["t", "p", "D"] {
                facetKeys.append(press(.character(Character(key))))
                _ = press(.character("q"))
            }
        }
        for _ in 0..<SortKey.allCases.count { sortKeys.append(press(.character("s"))) }
        // Facets and sorting over a search's results, as happens after Enter.
        _ = press(.character("/"))
        for character in "police" { _ = press(.character(character)) }
        _ = press(.enter)
        facetKeys.append(press(.character("t")))
        _ = press(.character("q"))
        sortKeys.append(press(.character("s")))
        sortKeys.append(press(.character("s")))
        typing.sort()
        print("reader index     \(format(loadedTime * 1000, 0)) ms (search + facet index, mark keys, sort orders) = \(format(loadedTime / loadTime * 100))% of load")
        print("reader keystroke median \(format(typing[typing.count / 2] * 1000, 2)) ms, worst \(format(typing.last! * 1000, 2)) ms over \(typing.count) keys typed into / (reduce + render 200×60)")
        print("reader facets    worst \(format(facetKeys.max()! * 1000, 2)) ms (t, p, D: counts + render)")
        print("reader sort      worst \(format(sortKeys.max()! * 1000, 2)) ms (s)")
    }
}
