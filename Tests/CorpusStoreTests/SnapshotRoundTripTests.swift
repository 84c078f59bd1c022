import ArticleParsing
@testable import CorpusStore
import Foundation
import Testing
import TestSupport

/// A corpus read back from its snapshot is the corpus that was parsed: every row field,
/// link, backlink, diagnostic and search text, and each field agrees with a fresh parse.
@Suite(.timeLimit(.minutes(3))) struct SnapshotRoundTripTests {
    private func roundTrip(_ roots: [String]) throws {
        let cache = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let cold = StoreFixtures.load(roots, cache: cache)
        #expect(cold.stale, "a first load has no snapshot, so one is to be written")
        #expect(SnapshotStore(folder: cache).write(cold.corpus, roots: roots) == nil)
        let warm = StoreFixtures.load(roots, cache: cache)
        #expect(!warm.stale, "nothing changed, so the snapshot stands")
        #expect(warm.notes.isEmpty, "\(warm.notes)")
        #expect(StoreFixtures.portrait(warm.corpus) == StoreFixtures.portrait(cold.corpus))
        #expect(StoreFixtures.mismatches(cold.corpus) == [])
        #expect(StoreFixtures.mismatches(warm.corpus) == [])
        #expect(warm.corpus.foldedByteCount == cold.corpus.foldedByteCount)
        for index in cold.corpus.articles.indices {
            let (left, right) = (cold.corpus.folded(index), warm.corpus.folded(index))
            #expect(Array(left.title) == Array(right.title) && Array(left.rest) == Array(right.rest)
                && Array(left.provider) == Array(right.provider) && Array(left.topicLabels) == Array(right.topicLabels))
        }
        let json = { (corpus: Corpus) in corpus.articles.indices.map { ArticleJSON.line(for: $0, in: corpus) } }
        #expect(json(warm.corpus) == json(cold.corpus))
    }

    @Test func theSampleCorpus() throws {
        try roundTrip([FixtureFiles.sample])
    }

    @Test func theSeeds() throws {
        guard let seeds = TestPaths.seedsPath else {
            print(TestPaths.seedsMissing)
            return
        }
        try roundTrip([seeds])
    }

    @Test func aGeneratedCorpus() throws {
        let folder = FixtureFiles.generated(600)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try roundTrip([folder])
    }

    @Test func badFilesAndTheirDiagnosticsSurviveTheSnapshot() throws {
        let folder = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FixtureFiles.write(FixtureFiles.card(title: "Good one"), to: folder + "/good.md")
        FixtureFiles.write("---\ntitle: [unclosed\n---\n", to: folder + "/broken.md")
        FixtureFiles.write("---\ntitle: never closed\n", to: folder + "/unclosed.md")
        _ = FileManager.default.createFile(atPath: folder + "/binary.bin", contents: Data([0, 1, 2, 0, 0, 3, 0, 0]))
        try roundTrip([folder])
        let cache = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let cold = StoreFixtures.load([folder], cache: cache)
        SnapshotStore(folder: cache).write(cold.corpus, roots: [folder])
        let warm = StoreFixtures.load([folder], cache: cache)
        #expect(warm.corpus.errorCount == 2)
        #expect(warm.corpus.diagnostics.contains { $0.path.hasSuffix("/binary.bin") && $0.severity == .note })
        #expect(warm.corpus.table.failed.count == 3, "unchanged failures are not read again")
    }

    @Test func severalRootsAndTheirOrderNameTheirOwnSnapshot() {
        let store = SnapshotStore(folder: "/nowhere")
        #expect(store.path(for: ["/a", "/b"]) != store.path(for: ["/b", "/a"]))
        #expect(store.path(for: ["/a/./x/../b"]) == store.path(for: ["/a/b"]))
    }
}
