@testable import CorpusStore
import Foundation
import Testing
import TestSupport

/// What the walk finds: each file once however many symlinks lead to it, hard links as
/// the separate paths they are, symlinked folders once, and ids kept apart across roots.
@Suite struct WalkerTests {
    @Test func symlinksNeverReadAFileTwiceButHardLinksAreTheirOwnPaths() {
        let folder = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FixtureFiles.write(FixtureFiles.card(title: "Original"), to: folder + "/a.md")
        symlink(folder + "/a.md", folder + "/b-link.md")          // after a.md: skipped
        symlink(folder + "/z.md", folder + "/0-link.md")          // before z.md: z.md is skipped
        FixtureFiles.write(FixtureFiles.card(title: "Zed"), to: folder + "/z.md")
        link(folder + "/a.md", folder + "/c-hard.md")              // another path: read
        FixtureFiles.write(FixtureFiles.card(title: "Deep"), to: folder + "/sub/d.md")
        symlink(folder + "/sub", folder + "/sub-link")             // the folder again: once
        symlink(folder, folder + "/sub/loop")                      // a loop: reported
        let (entries, diagnostics) = CorpusLoader.walk([folder], statFiles: true)
        #expect(entries.map(\.id).sorted() == ["0-link.md", "a.md", "c-hard.md", "sub/d.md"])
        #expect(diagnostics.contains { $0.message.contains("already visited") })
        #expect(entries.allSatisfy { $0.identity != .unknown })
    }

    @Test func idsOfSeveralRootsAreKeptApart() {
        let first = FixtureFiles.temporaryFolder()
        let second = FixtureFiles.temporaryFolder()
        defer { [first, second].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        FixtureFiles.write(FixtureFiles.card(title: "One"), to: first + "/x.md")
        FixtureFiles.write(FixtureFiles.card(title: "Two"), to: second + "/x.md")
        let (entries, _) = CorpusLoader.walk([first, second])
        #expect(entries.map(\.id) == ["x.md", (second as NSString).lastPathComponent + "/x.md"])
        let (single, _) = CorpusLoader.walk([first])
        #expect(single.map(\.id) == ["x.md"])
    }
}
