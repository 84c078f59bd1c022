import ArticleParsing
@testable import CorpusStore
import Foundation
import Synchronization
import Testing
import TestSupport

/// Following the files while the reader runs: a new, changed or deleted file reaches the
/// corpus within two seconds, new sub-folders included, with inotify and without it; a
/// file caught half-written is given a moment before it is called broken.
@Suite(.serialized, .timeLimit(.minutes(3))) struct WatchTests {
    /// Versions the watch delivered, for the test thread to wait on.
    final class Deliveries: Sendable {
        private let versions = Mutex<[(Corpus, CorpusChange)]>([])
        let stopped = Atomic<Bool>(false)

        func add(_ corpus: Corpus, _ change: CorpusChange) { versions.withLock { $0.append((corpus, change)) } }
        var count: Int { versions.withLock { $0.count } }
        var last: (Corpus, CorpusChange)? { versions.withLock { $0.last } }

        /// Waits (polling) until `count` versions came, or `seconds` passed.
        func wait(for count: Int, seconds: Int = 5) -> Bool {
            (try? Polling.until("\(count) versions", timeout: .seconds(seconds), every: .milliseconds(20)) { self.count >= count }) != nil
        }
    }

    /// Starts following `folder` on a thread; the caller stops it with `stopped`.
    private func follow(_ folder: String, inotify: Bool) -> (Deliveries, Corpus) {
        let corpus = CorpusLoader.loadFiles([folder])
        let deliveries = Deliveries()
        let thread = Thread {
            CorpusWatch.follow(corpus, roots: [folder], inotify: inotify, stop: { deliveries.stopped.load(ordering: .relaxed) }) {
                deliveries.add($0, $1)
            }
        }
        thread.start()
        Thread.sleep(forTimeInterval: 0.1)  // the watches are in place before anything changes
        return (deliveries, corpus)
    }

    @Test(arguments: [true, false])
    func newChangedAndDeletedFilesArriveWithinTwoSeconds(inotify: Bool) {
        let folder = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FixtureFiles.write(FixtureFiles.card(title: "Existing"), to: folder + "/a.md")
        let (deliveries, _) = follow(folder, inotify: inotify)
        defer { deliveries.stopped.store(true, ordering: .relaxed) }

        var started = Date()
        FixtureFiles.write(FixtureFiles.card(title: "Arrived", date: "2024-06-01T10:00:00Z"), to: folder + "/deep/er/b.md")
        #expect(deliveries.wait(for: 1))
        #expect(Date().timeIntervalSince(started) < 2.5)
        #expect(deliveries.last?.1 == CorpusChange(added: 1))
        #expect(deliveries.last?.0.articles.map(\.title) == ["Arrived", "Existing"])

        started = Date()
        try? FileManager.default.removeItem(atPath: folder + "/deep/er/b.md")
        #expect(deliveries.wait(for: 2))
        #expect(Date().timeIntervalSince(started) < 2.5)
        #expect(deliveries.last?.1 == CorpusChange(removed: 1))
        #expect(deliveries.last?.0.articles.map(\.title) == ["Existing"])
    }

    @Test func aFileCaughtHalfWrittenIsGivenAMoment() {
        let folder = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FixtureFiles.write(FixtureFiles.card(title: "Existing"), to: folder + "/a.md")
        let (deliveries, _) = follow(folder, inotify: true)
        defer { deliveries.stopped.store(true, ordering: .relaxed) }
        let whole = FixtureFiles.card(title: "Written slowly", date: "2024-06-01T10:00:00Z")
        let half = String(whole.prefix(whole.count / 2))
        FixtureFiles.write(half, to: folder + "/slow.md")
        Thread.sleep(forTimeInterval: 0.6)
        FixtureFiles.write(whole, to: folder + "/slow.md")
        #expect(deliveries.wait(for: 1))
        Thread.sleep(forTimeInterval: 0.5)
        let (corpus, _) = deliveries.last!
        #expect(corpus.articles.map(\.title) == ["Written slowly", "Existing"])
        #expect(corpus.errorCount == 0, "\(corpus.diagnostics.map(\.description))")
    }
}
