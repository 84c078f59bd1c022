import ArticleParsing
import CorpusStore
import Foundation
import ReaderState

/// What the reader derives from a loaded corpus: once straight after the load, as the
/// reader does it (the build that pays for fresh memory), then part by part, each the
/// best of three runs, against the best of two loads: where indexing time goes.
enum IndexBenchmark {
    static func run(roots: [String]) {
        let (corpus, firstLoad) = measure { CorpusLoader.loadFiles(roots) }
        let faultsBefore = pageFaults()
        let first = measure { _ = LoadedCorpus.complete(corpus) }.1
        let faults = pageFaults() - faultsBefore
        let load = min(firstLoad, measure { CorpusLoader.loadFiles(roots) }.1)
        func best(_ body: () -> Void) -> Double { (0..<3).map { _ in measure(body).1 }.min()! }
        let parts: [(String, Double)] = [
            ("search, keys", best { _ = LoadedCorpus(corpus) }),
            ("facet index", best { _ = FacetIndex(corpus) }),
            ("sort orders", best { _ = SortKey.orders(for: corpus) }),
        ]
        let whole = best { _ = LoadedCorpus.complete(corpus) }
        print("articles         \(corpus.articles.count)")
        print("load             \(format(load * 1000, 0)) ms (best of 2)")
        for (name, seconds) in parts {
            print("\(name.padding(toLength: 17, withPad: " ", startingAt: 0))\(format(seconds * 1000, 0)) ms alone")
        }
        print("reader index     \(format(whole * 1000, 0)) ms, parts side by side = \(format(whole / load * 100))% of load")
        print("  first build    \(format(first * 1000, 0)) ms, straight after the load = \(format(first / load * 100))% of load, \(faults) page faults")
    }
}

/// Minor page faults so far: each first touch of fresh memory.
private func pageFaults() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_minflt
}
