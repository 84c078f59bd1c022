import ArticleParsing
import CorpusGenerator
import CorpusStore
import Foundation
import ReaderState
import ReaderUI

/// The reader's per-key cost: `reduce` plus `render` of one key press on a 200×60 grid,
/// and the time to the first screen, which is drawn before the corpus has loaded.
enum FrameBenchmark {
    static let keys: [(String, Key)] = [
        ("j", .character("j")), ("k", .character("k")), ("PgDn", .pageDown), ("PgUp", .pageUp), ("G", .character("G")),
        ("g", .character("g")), ("Enter", .enter), ("Tab", .tab), ("1", .character("1")), ("Backspace", .backspace),
        ("Space", .character(" ")), ("?", .character("?")), ("q", .character("q")),
    ]

    static func run(roots: [String]) {
        // First screen: what the reader draws before loading starts.
        let start = DispatchTime.now().uptimeNanoseconds
        var first = State(rows: 60, cols: 200, loading: true)
        var grid = ScreenGrid(rows: 60, cols: 200)
        render(first, into: &grid)
        let firstScreen = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        _ = reduce(&first, .loadProgressed(done: 1, total: 2))

        let (corpus, loadTime) = measure { CorpusLoader.loadFiles(roots) }
        var state = State(corpus: corpus, rows: 60, cols: 200)
        var samples: [Double] = []
        var perKey: [String: [Double]] = [:]
        for round in 0..<200 {
            for (name, key) in keys {
                let (_, seconds) = measure {
                    _ = reduce(&state, .keyPressed(key))
                    render(state, into: &grid)
                }
                samples.append(seconds)
                perKey[name, default: []].append(seconds)
            }
            if round % 50 == 0 { _ = reduce(&state, .terminalResized(rows: 60, cols: 200)) }
        }
        samples.sort()
        let median = samples[samples.count / 2]
        let p99 = samples[samples.count * 99 / 100]
        print("articles         \(corpus.articles.count) (loaded in \(format(loadTime, 2)) s)")
        print("first screen     \(format(firstScreen, 3)) ms (state + render before any file is read)")
        print("key + frame      median \(format(median * 1e6, 0)) µs, p99 \(format(p99 * 1e6, 0)) µs, worst \(format(samples.last! * 1e6, 0)) µs over \(samples.count) presses at 200×60")
        let slowest = perKey.map { ($0.key, $0.value.sorted()[$0.value.count / 2]) }.sorted { $0.1 > $1.1 }.prefix(3)
        print("slowest keys     " + slowest.map { "\($0.0) \(format($0.1 * 1e6, 0)) µs" }.joined(separator: ", "))
    }
}
