import ArticleParsing
@testable import CorpusStore
import Foundation
import TestSupport

/// Loading and comparing corpora, for the snapshot and refresh tests (the files they load
/// come from TestSupport's `FixtureFiles`).
enum StoreFixtures {
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
