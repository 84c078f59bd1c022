import ArticleParsing
import CorpusStore
import Foundation

/// Loads a corpus end to end, then again phase by phase to show where the time goes.
enum LoadBenchmark {
    static func run(roots: [String]) {
        let (corpus, total) = measure { CorpusLoader.loadFiles(roots) }
        let residentAfterLoad = peakResidentBytes()
        let ((entries, _), walkTime) = measure { CorpusLoader.walk(roots) }
        let bytesOnDisk = entries.reduce(0) { sum, entry in
            sum + ((try? FileManager.default.attributesOfItem(atPath: entry.path)[.size] as? Int) ?? 0)
        }
        let files = Double(entries.count)
        let megabytes = Double(bytesOnDisk) / 1_048_576

        // Phase by phase, each on all cores: reading bytes, parsing them, building the corpus.
        let (contents, readTime) = measure { readAll(entries) }
        let (articles, parseTime) = measure { parseAll(entries, contents) }
        let (_, indexTime) = measure { Corpus(name: "bench", articles: articles) }
        let (scannerShare, yamsTime) = scannerCoverage(contents)
        let phases = walkTime + readTime + parseTime + indexTime

        print("files            \(entries.count) (\(format(megabytes)) MB on disk)")
        print("articles         \(corpus.articles.count), \(corpus.errorCount) errors, \(corpus.relatedLinkCount) related links (\(corpus.resolvedLinkCount) resolved)")
        print("load             \(format(total, 3)) s  = \(format(files / total, 0)) files/s, \(format(megabytes / total)) MB/s")
        print("peak RSS         \(format(Double(residentAfterLoad) / 1_048_576)) MB after load (\(format(Double(residentAfterLoad) / Double(max(bytesOnDisk, 1)), 2))× the bytes on disk)")
        print("phases           walk \(share(walkTime, phases)), read \(share(readTime, phases)), parse \(share(parseTime, phases)), index \(share(indexTime, phases))")
        print("fast scanner     \(format(scannerShare * 100))% of front matters; Yams alone would take \(format(yamsTime, 2)) s on one core")
    }

    private static func share(_ part: Double, _ whole: Double) -> String {
        "\(format(part * 1000, 0)) ms (\(format(part / whole * 100, 0))%)"
    }

    private static func readAll(_ entries: [CorpusEntry]) -> [[UInt8]] {
        let slots = IndexedResults<[UInt8]>(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            slots.set(index, Array((try? Data(contentsOf: URL(fileURLWithPath: entries[index].path))) ?? Data()))
        }
        return slots.values.map { $0 ?? [] }
    }

    private static func parseAll(_ entries: [CorpusEntry], _ contents: [[UInt8]]) -> [Article] {
        let slots = IndexedResults<Article>(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            let outcome = ArticleReader.read(bytes: contents[index], id: entries[index].id, path: entries[index].path)
            if let article = outcome.article { slots.set(index, article) }
        }
        return slots.values.compactMap { $0 }
    }

    /// Share of files the fast scanner reads, and what Yams takes on a sample of them, scaled up.
    private static func scannerCoverage(_ contents: [[UInt8]]) -> (Double, Double) {
        let cards = contents.filter { $0.starts(with: Array("---".utf8)) }
        guard !cards.isEmpty else { return (0, 0) }
        let accepted = cards.filter(FrontMatterProbe.scannerAccepts).count
        let sample = Array(cards.prefix(1000))
        let (_, seconds) = measure { for card in sample { _ = FrontMatterProbe.yamsTree(card) } }
        return (Double(accepted) / Double(cards.count), seconds * Double(cards.count) / Double(sample.count))
    }
}
