import ArticleParsing
@testable import CorpusStore
import Foundation
import Testing
import TestSupport

/// Files added, changed, deleted and renamed since the snapshot are picked up on the
/// next start and by a refresh while running; unchanged ones keep their rows.
@Suite(.timeLimit(.minutes(3))) struct RefreshTests {
    /// A folder of three cards, loaded once with a cache so a snapshot exists.
    private func start() -> (folder: String, cache: String, corpus: Corpus) {
        let folder = FixtureFiles.temporaryFolder()
        let cache = FixtureFiles.temporaryFolder()
        for (index, title) in ["Alpha story", "Beta story", "Gamma story"].enumerated() {
            FixtureFiles.write(FixtureFiles.card(title: title, date: "2024-05-0\(index + 1)T10:00:00Z"), to: folder + "/\(index).md")
        }
        let loaded = StoreFixtures.load([folder], cache: cache)
        SnapshotStore(folder: cache).write(loaded.corpus, roots: [folder])
        return (folder, cache, loaded.corpus)
    }

    /// Makes the next write visible to a size-and-mtime check even on a coarse clock.
    private func touchLater(_ path: String) {
        var times = [timespec(tv_sec: time(nil) + 5, tv_nsec: 0), timespec(tv_sec: time(nil) + 5, tv_nsec: 0)]
        utimensat(AT_FDCWD, path, &times, 0)
    }

    private func titles(_ corpus: Corpus) -> [String] { corpus.articles.map(\.title) }

    @Test func addedChangedDeletedAndRenamedFilesOnTheNextStart() {
        let (folder, cache, _) = start()
        defer { [folder, cache].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        FixtureFiles.write(FixtureFiles.card(title: "Delta story", date: "2024-05-09T10:00:00Z"), to: folder + "/new/3.md")
        FixtureFiles.write(FixtureFiles.card(title: "Beta story, corrected", date: "2024-05-02T10:00:00Z"), to: folder + "/1.md")
        touchLater(folder + "/1.md")
        try? FileManager.default.removeItem(atPath: folder + "/0.md")
        try? FileManager.default.moveItem(atPath: folder + "/2.md", toPath: folder + "/renamed.md")
        let next = StoreFixtures.load([folder], cache: cache)
        #expect(next.stale)
        #expect(titles(next.corpus) == ["Delta story", "Gamma story", "Beta story, corrected"])
        #expect(next.corpus.articles.map(\.id) == ["new/3.md", "renamed.md", "1.md"])
        #expect(StoreFixtures.mismatches(next.corpus) == [])
        #expect(StoreFixtures.portrait(next.corpus) == StoreFixtures.portrait(CorpusLoader.loadFiles([folder])))
    }

    @Test func aRefreshSaysWhatChangedAndKeepsUnchangedRows() {
        let (folder, cache, corpus) = start()
        defer { [folder, cache].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let (same, nothing) = CorpusLoader.refresh(corpus, roots: [folder])
        #expect(nothing.isEmpty && same.sharesRows(with: corpus), "nothing changed: the same table")
        FixtureFiles.write(FixtureFiles.card(title: "Delta story", date: "2024-05-09T10:00:00Z"), to: folder + "/3.md")
        FixtureFiles.write(FixtureFiles.card(title: "Epsilon story", date: "2024-05-08T10:00:00Z"), to: folder + "/4.md")
        FixtureFiles.write(FixtureFiles.card(title: "Gamma story, updated", date: "2024-05-03T10:00:00Z"), to: folder + "/2.md")
        touchLater(folder + "/2.md")
        try? FileManager.default.removeItem(atPath: folder + "/0.md")
        let (fresh, change) = CorpusLoader.refresh(corpus, roots: [folder])
        #expect(change == CorpusChange(added: 2, changed: 1, removed: 1))
        #expect(change.summary == "2 new articles, 1 article changed, 1 article removed")
        #expect(titles(fresh) == ["Delta story", "Epsilon story", "Gamma story, updated", "Beta story"])
        // The unchanged article's row came from the old table, not from parsing again.
        let beta = fresh.articles.firstIndex { $0.title == "Beta story" }!
        #expect(fresh.table.segment(of: beta) === corpus.table.segment(of: corpus.articles.firstIndex { $0.title == "Beta story" }!))
    }

    @Test func linksResolveAgainAcrossAChange() {
        let folder = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let linking = """
        ---
        title: "Follow-up"
        publishedDateTime: 2024-06-01T10:00:00Z
        related:
          - title: "The original"
            webUrl: "https://example.org/original"
        ---
        """
        FixtureFiles.write(linking, to: folder + "/follow.md")
        let before = CorpusLoader.loadFiles([folder])
        #expect(before.relatedTargets[0] == [.card])
        FixtureFiles.write(FixtureFiles.card(title: "The original", url: "https://example.org/original"), to: folder + "/original.md")
        let (after, change) = CorpusLoader.refresh(before, roots: [folder])
        #expect(change.added == 1)
        let follow = after.articles.firstIndex { $0.title == "Follow-up" }!
        let original = after.articles.firstIndex { $0.title == "The original" }!
        #expect(after.relatedTargets[follow] == [.article(original)])
        #expect(after.backlinks[original] == [follow])
    }

    @Test func twoWritersAtOnceLeaveAValidSnapshot() async {
        let folder = FixtureFiles.generated(300)
        let cache = FixtureFiles.temporaryFolder()
        defer { [folder, cache].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let corpus = CorpusLoader.loadFiles([folder])
        let store = SnapshotStore(folder: cache)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    for _ in 0..<5 { store.write(corpus, roots: [folder]) }
                }
            }
        }
        let loaded = StoreFixtures.load([folder], cache: cache)
        #expect(loaded.notes.isEmpty && !loaded.stale, "\(loaded.notes)")
        #expect(StoreFixtures.portrait(loaded.corpus) == StoreFixtures.portrait(corpus))
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: cache))?.filter { $0.contains(".tmp.") } ?? []
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// Devices (through symlinks), a FIFO and a socket: none is read (reading /dev/zero
    /// would never end), each is noted, and the real article beside them loads.
    @Test(.timeLimit(.minutes(1))) func devicesFifosAndSocketsAreSkippedWithANote() {
        let folder = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FixtureFiles.write(FixtureFiles.card(title: "Real one"), to: folder + "/real.md")
        symlink("/dev/zero", folder + "/zero.md")
        symlink("/dev/urandom", folder + "/random.md")
        mkfifo(folder + "/pipe.md", 0o600)
        let socketDescriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socketDescriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array((folder + "/socket.md").utf8CString)
        withUnsafeMutableBytes(of: &address.sun_path) { bytes in
            for (index, byte) in path.prefix(bytes.count - 1).enumerated() { bytes[index] = UInt8(bitPattern: byte) }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0, "a socket to skip")
        let corpus = CorpusLoader.loadFiles([folder])
        #expect(titles(corpus) == ["Real one"])
        let notes = corpus.diagnostics.filter { $0.message.contains("not a regular file") && $0.severity == .note }
        #expect(Set(notes.map { ($0.path as NSString).lastPathComponent }) == ["zero.md", "random.md", "pipe.md", "socket.md"],
                "\(corpus.diagnostics.map(\.description))")
    }
}
