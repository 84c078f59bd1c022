@testable import CorpusStore
import Foundation
import Testing
import TestSupport

/// A snapshot that is damaged, foreign or hostile is noticed, said in one line, and
/// rebuilt: the corpus is what the files say, never what the bad file says, and nothing
/// crashes.
@Suite(.timeLimit(.minutes(3))) struct SnapshotCorruptionTests {
    private let roots = [FixtureFiles.sample]

    /// Writes a good snapshot into a new cache, lets `damage` change its bytes, then loads.
    private func loadAfter(_ damage: (inout [UInt8], [SnapshotLayout.Entry]) -> Void,
                           sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let cache = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let store = SnapshotStore(folder: cache)
        let fresh = StoreFixtures.load(roots, cache: cache).corpus
        #expect(store.write(fresh, roots: roots) == nil, sourceLocation: sourceLocation)
        let path = store.path(for: roots)
        var bytes = Array(FileManager.default.contents(atPath: path)!)
        let entries = bytes.withUnsafeBytes { try! SnapshotLayout.entries(of: $0, fileLength: UInt64(bytes.count)) }
        damage(&bytes, entries)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let damaged = StoreFixtures.load(roots, cache: cache)
        #expect(damaged.stale, "a rejected snapshot is to be written again", sourceLocation: sourceLocation)
        #expect(StoreFixtures.portrait(damaged.corpus) == StoreFixtures.portrait(fresh), sourceLocation: sourceLocation)
        #expect(damaged.notes.count == 1 && damaged.notes.allSatisfy { $0.contains("rebuilding") && !$0.contains("\n") },
                "\(damaged.notes)", sourceLocation: sourceLocation)
        // Rebuilt, it is good again.
        store.write(damaged.corpus, roots: roots)
        #expect(StoreFixtures.load(roots, cache: cache).notes.isEmpty, sourceLocation: sourceLocation)
        return damaged.notes
    }

    @Test func zeroLength() {
        #expect(loadAfter { bytes, _ in bytes = [] }.first?.contains("truncated") == true)
    }

    @Test(arguments: [1, 8, 100, 300, 5000, -1])
    func truncated(at length: Int) {
        let notes = loadAfter { bytes, _ in bytes = Array(bytes.prefix(length >= 0 ? length : bytes.count - 1)) }
        #expect(notes.first?.contains("truncated") == true || notes.first?.contains("lede snapshot") == true, "\(notes)")
    }

    @Test(arguments: SnapshotLayout.Section.allCases.map(\.rawValue))
    func aFlippedByteInASection(_ section: Int) {
        let notes = loadAfter { bytes, entries in
            let entry = entries[section]
            guard entry.length > 0 else { return bytes[0] ^= 0xFF }
            bytes[Int(entry.offset + entry.length / 2)] ^= 0x5A
        }
        #expect(notes.first.map { $0.contains("checksum") || $0.contains("not a lede snapshot") } == true, "\(notes)")
    }

    @Test func aDamagedHeader() {
        #expect(loadAfter { bytes, _ in bytes[40] ^= 1 }.first?.contains("header") == true)
    }

    @Test func anotherFormatVersion() {
        let notes = loadAfter { bytes, entries in
            bytes.replaceSubrange(8..<12, with: [99, 0, 0, 0])
            Self.resealHeader(&bytes, entries)
        }
        #expect(notes.first?.contains("format version 99") == true, "\(notes)")
    }

    @Test func anotherLayout() {
        let notes = loadAfter { bytes, entries in
            bytes[16] ^= 0xFF
            Self.resealHeader(&bytes, entries)
        }
        #expect(notes.first?.contains("another layout") == true, "\(notes)")
    }

    /// Checksums all correct, as a hostile writer would make them, but a row points past
    /// the text arena: refused before anything follows it.
    @Test func aRowPointingOutsideTheArenaWithGoodChecksums() {
        let notes = loadAfter { bytes, entries in
            let rows = entries[SnapshotLayout.Section.rows.rawValue]
            let titleOffset = MemoryLayout<ArticleRow>.offset(of: \ArticleRow.title)!
            let at = Int(rows.offset) + titleOffset
            bytes.replaceSubrange(at..<at + 4, with: [0xF0, 0xFF, 0xFF, 0x7F])
            Self.reseal(&bytes, entries, section: .rows)
        }
        #expect(notes.first?.contains("points outside") == true, "\(notes)")
    }

    @Test func rowsOutOfOrderWithGoodChecksums() {
        let notes = loadAfter { bytes, entries in
            let rows = entries[SnapshotLayout.Section.rows.rawValue]
            let stride = MemoryLayout<ArticleRow>.stride
            let first = Int(rows.offset)
            let firstRow = Array(bytes[first..<first + stride])
            bytes.replaceSubrange(first..<first + stride, with: bytes[first + stride..<first + 2 * stride])
            bytes.replaceSubrange(first + stride..<first + 2 * stride, with: firstRow)
            Self.reseal(&bytes, entries, section: .rows)
        }
        #expect(notes.first?.contains("out of order") == true, "\(notes)")
    }

    /// A backlink names a row by its position: the row count itself is one past the last
    /// row, the first position that is outside.
    @Test func aBacklinkOnePastTheLastRowWithGoodChecksums() {
        let notes = loadAfter { bytes, entries in
            let rows = entries[SnapshotLayout.Section.rows.rawValue]
            let backlinks = entries[SnapshotLayout.Section.backlinks.rawValue]
            guard backlinks.length >= 4 else {
                Issue.record("the sample corpus has no backlinks to damage")
                return
            }
            let rowCount = Int32(rows.length / UInt64(MemoryLayout<ArticleRow>.stride))
            let at = Int(backlinks.offset)
            withUnsafeBytes(of: rowCount.littleEndian) { bytes.replaceSubrange(at..<at + 4, with: $0) }
            Self.reseal(&bytes, entries, section: .backlinks)
        }
        #expect(notes.first?.contains("backlink outside") == true, "\(notes)")
    }

    /// Corpus order puts undated articles last: a dated row after an undated one is out
    /// of order, however the dated rows compare among themselves.
    @Test func aDatedRowAfterAnUndatedOneWithGoodChecksums() {
        let notes = loadAfter { bytes, entries in
            let rows = entries[SnapshotLayout.Section.rows.rawValue]
            let at = Int(rows.offset) + MemoryLayout<ArticleRow>.offset(of: \ArticleRow.instant)!
            withUnsafeBytes(of: Double.nan.bitPattern.littleEndian) { bytes.replaceSubrange(at..<at + 8, with: $0) }
            Self.reseal(&bytes, entries, section: .rows)
        }
        #expect(notes.first?.contains("out of order") == true, "\(notes)")
    }

    /// Related-text ids and ends are checked like row references: with good checksums, an
    /// id past the distinct texts, or an end past the arena, is refused.
    @Test func aRelatedTextIdOutsideTheStoreWithGoodChecksums() {
        let notes = loadAfter { bytes, entries in
            let ids = entries[SnapshotLayout.Section.relatedTextIds.rawValue]
            #expect(ids.length > 0, "the sample corpus has related items")
            bytes.replaceSubrange(Int(ids.offset)..<Int(ids.offset) + 4, with: [0xF0, 0xFF, 0xFF, 0x00])
            Self.reseal(&bytes, entries, section: .relatedTextIds)
        }
        #expect(notes.first?.contains("related text that points outside") == true, "\(notes)")
    }

    @Test func aRelatedTextEndPastTheArenaWithGoodChecksums() {
        let notes = loadAfter { bytes, entries in
            let ends = entries[SnapshotLayout.Section.relatedTextEnds.rawValue]
            let last = Int(ends.offset + ends.length) - 4
            bytes.replaceSubrange(last..<last + 4, with: [0xF0, 0xFF, 0xFF, 0x7F])
            Self.reseal(&bytes, entries, section: .relatedTextEnds)
        }
        #expect(notes.first?.contains("related text that points outside") == true, "\(notes)")
    }

    @Test func relatedTextIdsOneShortOfTheItemsWithGoodChecksums() {
        let notes = loadAfter { bytes, entries in
            var entries = entries
            entries[SnapshotLayout.Section.relatedTextIds.rawValue].length -= 4
            Self.reseal(&bytes, entries, section: .relatedTextIds)
        }
        #expect(notes.first?.contains("related text that points outside") == true, "\(notes)")
    }

    @Test func aSnapshotOfOtherFolders() {
        let notes = loadAfter { bytes, entries in
            let rootsEntry = entries[SnapshotLayout.Section.roots.rawValue]
            bytes[Int(rootsEntry.offset + rootsEntry.length - 1)] ^= 0x01
            Self.reseal(&bytes, entries, section: .roots)
        }
        #expect(notes.first?.contains("other folders") == true, "\(notes)")
    }

    @Test(arguments: 0..<24)
    func randomGarbage(seed: Int) {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let notes = loadAfter { bytes, _ in
            let keep = seed % 2 == 0 ? 0 : SnapshotLayout.headerSize  // with and without a good header
            let length = keep + Int(next() % 4096)
            bytes = Array(bytes.prefix(keep)) + (0..<max(0, length - keep)).map { _ in UInt8(truncatingIfNeeded: next()) }
        }
        #expect(notes.count == 1)
    }

    @Test func aFolderWhereTheSnapshotShouldBe() {
        let cache = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let path = SnapshotStore(folder: cache).path(for: roots)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let loaded = StoreFixtures.load(roots, cache: cache)
        #expect(loaded.notes.count == 1 && loaded.corpus.count == 16, "\(loaded.notes)")
        #expect(SnapshotStore(folder: cache).write(loaded.corpus, roots: roots) != nil, "cannot replace a folder: says so")
    }

    /// Recomputes the checksum of `section` and the header's, as a hostile writer would.
    static func reseal(_ bytes: inout [UInt8], _ entries: [SnapshotLayout.Entry], section: SnapshotLayout.Section) {
        var entries = entries
        let entry = entries[section.rawValue]
        entries[section.rawValue].checksum = bytes.withUnsafeBytes {
            SnapshotLayout.checksum(UnsafeRawBufferPointer(rebasing: $0[Int(entry.offset)..<Int(entry.offset + entry.length)]))
        }
        resealHeader(&bytes, entries)
    }

    /// Writes a header for `entries` whose checksum is right, keeping the version and
    /// fingerprint fields as they are in `bytes`.
    static func resealHeader(_ bytes: inout [UInt8], _ entries: [SnapshotLayout.Entry]) {
        let (version, fingerprint) = (Array(bytes[8..<12]), Array(bytes[16..<24]))
        var header = SnapshotLayout.header(entries: entries, fileLength: UInt64(bytes.count))
        header.replaceSubrange(8..<12, with: version)
        header.replaceSubrange(16..<24, with: fingerprint)
        let checksum = header.withUnsafeBytes { StableHash.of(UnsafeRawBufferPointer(rebasing: $0[0..<SnapshotLayout.headerSize - 8])) }
        withUnsafeBytes(of: checksum.littleEndian) { header.replaceSubrange(SnapshotLayout.headerSize - 8..<SnapshotLayout.headerSize, with: $0) }
        bytes.replaceSubrange(0..<SnapshotLayout.headerSize, with: header)
    }
}

/// A command that does not search leaves the search text in the snapshot; if that text is
/// damaged, nothing built on it is written back.
@Suite struct LazySearchTextTests {
    private let roots = [FixtureFiles.sample]

    /// A cache holding a good snapshot of the sample corpus, and the corpus it was made from.
    private func snapshotted() -> (cache: String, store: SnapshotStore, fresh: Corpus) {
        let cache = FixtureFiles.temporaryFolder()
        let store = SnapshotStore(folder: cache)
        let fresh = StoreFixtures.load(roots, cache: cache).corpus
        store.write(fresh, roots: roots)
        return (cache, store, fresh)
    }

    @Test func damagedSearchTextReadLateIsBlankAndNeverWrittenBack() {
        let (cache, store, fresh) = snapshotted()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let path = store.path(for: roots)
        var bytes = Array(FileManager.default.contents(atPath: path)!)
        let entries = bytes.withUnsafeBytes { try! SnapshotLayout.entries(of: $0, fileLength: UInt64(bytes.count)) }
        let folded = entries[SnapshotLayout.Section.folded.rawValue]
        bytes[Int(folded.offset + folded.length / 2)] ^= 0x11
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))

        let (listed, stale) = CorpusLoader.load(roots, cache: store, searchText: false)
        #expect(!stale)
        #expect(StoreFixtures.portrait(listed) == StoreFixtures.portrait(fresh), "listing needs no search text")
        #expect(listed.folded(0).title.allSatisfy { $0 == 0x20 }, "damaged search text reads as blanks")
        #expect(store.write(listed, roots: roots)?.contains("damaged") == true)
        // The reader, which searches, refuses the snapshot and rebuilds it.
        #expect(StoreFixtures.load(roots, cache: cache).notes.first?.contains("checksum") == true)
    }

    @Test func searchTextReadLateMatchesTheParse() {
        let (cache, store, fresh) = snapshotted()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let (late, _) = CorpusLoader.load(roots, cache: store, searchText: false)
        for index in fresh.articles.indices {
            #expect(Array(late.folded(index).rest) == Array(fresh.folded(index).rest))
        }
        #expect(store.write(late, roots: roots) == nil)
    }
}
