@testable import CorpusStore
import Foundation
import Testing
import TestSupport

/// Stories kept in the snapshot come back as they were worked out; stories columns that
/// are damaged or do not fit the rows are not trusted: the stories are worked out again.
@Suite(.timeLimit(.minutes(3))) struct StoredStoriesTests {
    /// The written story corpus, its stories worked out, and a cache holding its snapshot.
    private func snapshotted() throws -> (roots: [String], cache: String, store: SnapshotStore, fresh: Corpus) {
        let roots = [try StoryManifest.load().root]
        let cache = FixtureFiles.temporaryFolder()
        let store = SnapshotStore(folder: cache)
        let fresh = StoreFixtures.load(roots, cache: cache).corpus.withStories()
        #expect(store.write(fresh, roots: roots) == nil)
        return (roots, cache, store, fresh)
    }

    /// Each article's story id and similar paths, in corpus order.
    private func portrait(_ corpus: Corpus) -> [String] {
        let stories = corpus.stories!
        return corpus.articles.indices.map { index in
            let similar = stories.similar(to: index).map { corpus.articles[$0.article].id + String(format: "@%.3f", $0.score) }
            return "\(corpus.articles[index].id) \(stories.story(of: index)?.id ?? "-") \(similar)"
        }
    }

    @Test func storiesComeBackFromTheSnapshotAsTheyWereWorkedOut() throws {
        let (roots, cache, _, fresh) = try snapshotted()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let warm = StoreFixtures.load(roots, cache: cache).corpus
        #expect(!warm.hasStoredStories, "not read until asked for")
        #expect(warm.hasStoriesAtHand, "but at hand: the reader takes them with the facets")
        #expect(!CorpusLoader.load(roots, cache: nil).corpus.hasStoriesAtHand, "a cold load has them to work out")
        let storied = warm.withStories()
        #expect(storied.hasStoredStories)
        #expect(portrait(storied) == portrait(fresh))
        #expect(storied.stories!.stories.map(\.id) == fresh.stories!.stories.map(\.id))
    }

    @Test(arguments: [SnapshotLayout.Section.storyRoots, .vectorOffsets, .termKeys])
    func hostileStoryColumnsAreWorkedOutAgain(_ section: SnapshotLayout.Section) throws {
        let (roots, cache, store, fresh) = try snapshotted()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let path = store.path(for: roots)
        var bytes = Array(FileManager.default.contents(atPath: path)!)
        let entries = bytes.withUnsafeBytes { try! SnapshotLayout.entries(of: $0, fileLength: UInt64(bytes.count)) }
        // Good checksums, bad values: every entry of the column points far outside.
        let entry = entries[section.rawValue]
        for offset in stride(from: Int(entry.offset), to: Int(entry.offset + entry.length), by: 4) {
            bytes.replaceSubrange(offset..<offset + 4, with: [0xF0, 0xFF, 0xFF, 0x7F])
        }
        SnapshotCorruptionTests.reseal(&bytes, entries, section: section)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let warm = StoreFixtures.load(roots, cache: cache)
        #expect(warm.notes.isEmpty, "the rows are good: \(warm.notes)")
        let storied = warm.corpus.withStories()
        #expect(!storied.hasStoredStories, "the damaged stories are not used")
        #expect(portrait(storied) == portrait(fresh), "worked out again, they are the same")
    }

    @Test func aFlippedByteInTheStoriesIsCaughtByItsChecksum() throws {
        let (roots, cache, store, fresh) = try snapshotted()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let path = store.path(for: roots)
        var bytes = Array(FileManager.default.contents(atPath: path)!)
        let entries = bytes.withUnsafeBytes { try! SnapshotLayout.entries(of: $0, fileLength: UInt64(bytes.count)) }
        bytes[Int(entries[SnapshotLayout.Section.vectorWeights.rawValue].offset) + 5] ^= 0x40
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let storied = StoreFixtures.load(roots, cache: cache).corpus.withStories()
        #expect(!storied.hasStoredStories)
        #expect(portrait(storied) == portrait(fresh))
    }
}
