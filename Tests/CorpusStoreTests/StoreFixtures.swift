import ArticleParsing
@testable import CorpusStore
import CorpusGenerator
import Foundation
import SampleCorpus

/// Folders, corpora and comparisons the snapshot and refresh tests share.
enum StoreFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/corpus/seeds` beside the package, when present (CI always has it).
    static var seeds: String? {
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static let seedsMissing = "../shared/corpus/seeds is absent: seed tests skipped (CI always has it)"

    static var sample: String { SampleCorpus.url!.path }

    /// A fresh temporary folder; the caller removes it.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "lede-store-tests-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A generated corpus of `count` files (cards with related links, some plain text).
    static func generated(_ count: Int, seed: UInt64 = 7) -> String {
        let folder = temporaryFolder()
        try? CorpusGenerator(seed: seed).write(count: count, to: URL(fileURLWithPath: folder))
        return folder
    }

    static func write(_ text: String, to path: String) {
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    static func card(title: String, date: String = "2024-05-01T10:00:00Z", url: String? = nil) -> String {
        """
        ---
        title: "\(title)"
        publishedDateTime: \(date)
        webUrl: "\(url ?? "https://example.org/" + title.lowercased().replacingOccurrences(of: " ", with: "-"))"
        provider:
          name: Example Wire
        topics: [Tests]
        ---
        A body paragraph about \(title).
        """
    }

    /// Loads `roots` with the snapshot cache in `cache`, collecting the notes said.
    static func load(_ roots: [String], cache: String) -> (corpus: Corpus, stale: Bool, notes: [String]) {
        let notes = Notes()
        let (corpus, stale) = CorpusLoader.load(roots, cache: SnapshotStore(folder: cache)) { event in
            if case .note(let text) = event { notes.add(text) }
        }
        return (corpus, stale, notes.all)
    }

    /// Everything a corpus says about its articles, as plain values to compare: each row's
    /// fields, where its links lead, its backlinks and every diagnostic.
    static func portrait(_ corpus: Corpus) -> [String] {
        var lines: [String] = []
        let articles = corpus.articles
        for index in articles.indices {
            let article = articles[index]
            lines.append([article.id, article.path, article.format.rawValue, article.title, article.excerpt ?? "-",
                          article.date?.text ?? "-", article.provider?.name ?? "-", article.provider?.domain ?? "-",
                          article.topics.joined(separator: "|"), article.webURL ?? "-", article.preferredURL ?? "-",
                          article.quality.map(String.init) ?? "-", article.markKey,
                          article.relatedItems.map { "\($0.title)>\($0.webURL ?? "-")" }.joined(separator: "|"),
                          "\(corpus.relatedTargets[index])", "\(corpus.backlinks[index])"].joined(separator: " ¦ "))
        }
        lines += corpus.diagnostics.map(\.description).sorted()
        return lines
    }

    /// What a fresh parse of each file gives, against the row and the full article the
    /// corpus gives: mismatches in words, none when all agree.
    static func mismatches(_ corpus: Corpus) -> [String] {
        var problems: [String] = []
        let articles = corpus.articles
        for index in articles.indices {
            let summary = articles[index]
            let bytes = Array(FileManager.default.contents(atPath: summary.path) ?? Data())
            guard let fresh = ArticleReader.read(bytes: bytes, id: summary.id, path: summary.path).article else {
                problems.append("\(summary.id): no longer parses")
                continue
            }
            if corpus.article(index) != fresh { problems.append("\(summary.id): full article differs") }
            let expected: [String?] = [fresh.title, fresh.excerpt, fresh.date?.text, fresh.provider?.name, fresh.provider?.domain,
                                       fresh.urls.web, fresh.urls.preferred, fresh.quality.map(String.init), ArticleKey.of(fresh),
                                       fresh.format.rawValue, fresh.topics.joined(separator: "|")]
            let actual: [String?] = [summary.title, summary.excerpt, summary.date?.text, summary.provider?.name, summary.provider?.domain,
                                     summary.webURL, summary.preferredURL, summary.quality.map(String.init), summary.markKey,
                                     summary.format.rawValue, summary.topics.joined(separator: "|")]
            if expected != actual { problems.append("\(summary.id): row \(actual) ≠ parse \(expected)") }
            let related = fresh.related.map { "\($0.title)>\($0.urls.web ?? "-")" }
            if related != summary.relatedItems.map({ "\($0.title)>\($0.webURL ?? "-")" }) {
                problems.append("\(summary.id): related items differ")
            }
            if summary.instant != fresh.date?.instant { problems.append("\(summary.id): instant differs") }
        }
        return problems
    }
}

/// Notes said during a load, from whichever thread said them.
final class Notes: @unchecked Sendable {
    private let lock = NSLock()
    private var notes: [String] = []

    func add(_ note: String) {
        lock.lock()
        notes.append(note)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return notes
    }
}
