import CorpusStore
import Foundation
import ReaderState

/// Similar articles and stories: what working them out adds to a cold load (time and
/// peak memory), how long a snapshot takes to give them back, and how long opening an
/// article with its Same story and Similar sections takes.
enum StoriesBenchmark {
    static func run(roots: [String]) {
        let folder = NSTemporaryDirectory() + "lede-bench-stories-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = SnapshotStore(folder: folder)
        let loadProcessor = processorSeconds()
        let (loaded, load) = measure { CorpusLoader.load(roots, cache: nil, searchText: true).corpus }
        let loadCPU = processorSeconds() - loadProcessor
        let loadPeak = peakResidentBytes()
        let buildProcessor = processorSeconds()
        let (corpus, firstBuild) = measure { loaded.withStories() }
        var buildCPU = processorSeconds() - buildProcessor
        let storyPeak = peakResidentBytes()
        // The best of three, as the machine is noisy; the first build is the one that pays
        // for fresh memory, as the reader's does.
        var build = firstBuild
        for _ in 0..<2 {
            let before = processorSeconds()
            build = min(build, measure { _ = StoryIndex.build(loaded) }.1)
            buildCPU = min(buildCPU, processorSeconds() - before)
        }
        guard let index = corpus.stories else { return }
        print("articles           \(corpus.count)")
        print("cold load          \(format(load * 1000, 0)) ms, peak RSS \(megabytes(loadPeak))")
        print("stories built      \(format(build * 1000, 0)) ms best of 3 = \(format(build / load * 100))% of the load (first \(format(firstBuild * 1000, 0)) ms; \(ProcessInfo.processInfo.activeProcessorCount) cores)")
        print("stories CPU        \(format(buildCPU * 1000, 0)) ms best of 3 = \(format(buildCPU / loadCPU * 100))% of the load's \(format(loadCPU * 1000, 0)) ms (steadier than time on a busy machine)")
        print("peak RSS after     \(megabytes(storyPeak)) = +\(format(Double(storyPeak - loadPeak) / Double(loadPeak) * 100))%")
        print("stories hold       \(megabytes(index.byteCount)) (vectors, terms, similar lists, search index)")
        let sizes = index.stories.map(\.articles.count)
        print("stories            \(index.stories.count) of 2+ articles, \(sizes.reduce(0, +)) articles in them, largest \(sizes.max() ?? 0)")
        print("  by outlets       " + outletHistogram(index.stories))
        if cache.write(corpus, roots: roots) == nil {
            let before = residentBytes()
            let (plain, plainLoad) = measure { CorpusLoader.load(roots, cache: cache, searchText: true).corpus }
            let plainResident = residentBytes()
            print("warm load          \(format(plainLoad * 1000, 0)) ms, resident +\(megabytes(plainResident - before)) for the corpus")
            _ = plain
            let (warm, warmLoad) = measure { CorpusLoader.load(roots, cache: cache, searchText: true).corpus }
            let (withStories, warmStories) = measure { warm.withStories() }
            let (_, prepare) = measure { withStories.stories?.prepare() }
            print("resident           +\(megabytes(residentBytes() - plainResident)) for a second load with its stories and search index")
            print("warm load          \(format(warmLoad * 1000, 0)) ms, stories from the snapshot \(format(warmStories * 1000, 1)) ms (\(withStories.stories?.stories.count ?? 0) stories), its search index \(format(prepare * 1000, 0)) ms after")
            // Similar lists are found as each article opens, as in the reader after a warm start.
            openTimes(withStories)
        }
        let (_, allSimilar) = measure { index.prepareSimilar(Array(0..<corpus.count)) }
        print("similar for all    \(format(allSimilar * 1000, 0)) ms (what list --json adds; the reader finds them per article)")
        print("related in top 5   " + relatedAmongSimilar(corpus, index))
        print("exact top 5 found  " + exactNeighboursFound(index, count: corpus.count))
    }

    /// How many of the 5 truly nearest articles (by cosine against every article) the
    /// index's similar lists find, over 300 random articles: what the index's shortcuts
    /// (its heaviest query terms, its capped postings) cost.
    private static func exactNeighboursFound(_ index: StoryIndex, count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let sample = (0..<min(300, count)).map { _ in Int.random(in: 0..<count, using: &generator) }
        var exact = 0
        var found = 0
        var scoreLost = 0.0
        for article in sample {
            let truth = index.exactSimilar(to: article, limit: 5)
            let listed = index.similar(to: article, limit: 5)
            exact += truth.count
            found += Set(truth.map(\.article)).intersection(listed.map(\.article)).count
            scoreLost += zip(truth, listed).reduce(0) { $0 + ($1.0.score - $1.1.score) }
            if getenv("LEDE_BENCH_DETAIL") != nil {
                print(article, truth.map { format($0.score, 3) }, listed.map { format($0.score, 3) })
            }
        }
        guard exact > 0 else { return "no article has a neighbour" }
        return "\(found) of \(exact) (\(format(Double(found) / Double(exact) * 100))%) over \(sample.count) random articles; "
            + "cosine given up per rank \(format(scoreLost / Double(exact), 3))"
    }

    /// Opening articles as the pane does: the document with its link sections, laid out.
    private static func openTimes(_ corpus: Corpus) {
        var generator = SystemRandomNumberGenerator()
        let sample = (0..<300).map { _ in Int.random(in: 0..<corpus.count, using: &generator) }
        var times: [Double] = []
        for article in sample {
            times.append(measure { _ = ArticleDocument(ArticleContent(article: article, in: corpus), width: 100) }.1)
        }
        times.sort()
        print("open an article    median \(format(times[times.count / 2] * 1000, 2)) ms, 95th \(format(times[times.count * 95 / 100] * 1000, 2)) ms, max \(format(times.last! * 1000, 2)) ms (300 random)")
    }

    /// How often a card's own related items that resolve in the corpus are among its 5
    /// most similar articles: an outside measure of the similarity, where the cards' related
    /// lists were made by people (generated corpora link at random, so there it says little).
    private static func relatedAmongSimilar(_ corpus: Corpus, _ index: StoryIndex) -> String {
        let targets = corpus.relatedTargets
        var resolved = 0
        var found = 0
        for article in 0..<corpus.count {
            var linked = Set<Int>()
            for case .article(let target) in targets[article] where target != article { linked.insert(target) }
            guard !linked.isEmpty else { continue }
            let similar = Set(index.similar(to: article, limit: 5).map(\.article))
            resolved += linked.count
            found += linked.intersection(similar).count
        }
        guard resolved > 0 else { return "no related item resolves in the corpus" }
        return "\(found) of \(resolved) related items that resolve in the corpus (\(format(Double(found) / Double(resolved) * 100))%)"
    }

    private static func outletHistogram(_ stories: [Story]) -> String {
        var counts: [Int: Int] = [:]
        for story in stories { counts[min(story.outletCount, 5), default: 0] += 1 }
        return counts.keys.sorted().map { "\($0 == 5 ? "5+" : String($0)) outlets: \(counts[$0]!)" }.joined(separator: ", ")
    }

    /// Resident bytes now, from /proc/self/statm.
    private static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(getpagesize()) : 0
    }

    private static func megabytes(_ bytes: Int) -> String { "\(format(Double(bytes) / 1_048_576, 0)) MiB" }
}
