import ArticleParsing
import CorpusStore
import Foundation
import Testing
import TestSupport

/// Hostile and broken files: nothing crashes or hangs, each problem names its file and line,
/// good files beside them still load, and no control byte survives.
struct BadInputTests {
    static let goodCard = """
    ---
    title: "A good card"
    publishedDateTime: 2020-01-01T00:00:00Z
    ---
    """

    static let aliasBomb: String = {
        var lines = ["---", "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]")
        }
        lines.append("title: bomb")
        lines.append("---")
        return lines.joined(separator: "\n")
    }()

    static let badFiles: [String: String] = [
        "empty.txt": "",
        "only-dashes.md": "---\n",
        "unclosed.md": "---\ntitle: never closed\nexcerpt: still going\n",
        "tabs.md": "---\ntitle: tabs\nprovider:\n\tname: Tabbed\n---\n",
        "unbalanced.md": "---\ntitle: \"unbalanced\nexcerpt: 'also\n---\n",
        "number-title.md": "---\ntitle: 12345\n---\n",
        "list-title.md": "---\ntitle:\n  - first part\n  - second part\n---\n",
        "related-map.md": "---\ntitle: Related as a map\nrelated:\n  title: Lonely item\n  webUrl: https://x.example/a\n---\n",
        "related-strings.md": "---\ntitle: Related as strings\nrelated:\n  - one\n  - two\n---\n",
        "escapes.md": "---\ntitle: \"Evil \\e[31mred\\e[0m \\a bell\"\nexcerpt: \"\\u001b]0;pwned\\u0007 osc\"\n---\nBody \u{1B}[2J clears \u{202E}reversed\u{202C} and \u{9B}31m C1.\n",
        "escapes-plain.txt": "Title with \u{1B}[1mbold\u{1B}[0m\n\nBody \u{1B}]8;;http://x\u{7}link\u{1B}]8;;\u{7} \r overwrite.\n",
        "alias-bomb.md": aliasBomb,
        "deep-flow.md": "---\ntitle: deep\nx: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n---\n",
        "deep-block.md": "---\ntitle: deep\n" + (0..<5000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + "\n---\n",
        "not-a-mapping.md": "---\n- a list\n- at the root\n---\n",
    ]

    private func loadBadCorpus() throws -> (URL, Corpus) {
        let folder = TestPaths.temporaryFolder()
        for (name, text) in Self.badFiles { try folder.write(name, text) }
        try folder.write("good.md", Self.goodCard)
        try folder.write("invalid-utf8.txt", bytes: Array("Title line\n\nBody ".utf8) + [0xFF, 0xFE, 0xC3] + Array(" more.\n".utf8))
        try folder.write("nul.txt", bytes: Array("A title\n\nBody with a ".utf8) + [0] + Array(" NUL inside.\n".utf8))
        try folder.write("binary.bin", bytes: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        return (folder, CorpusLoader.loadFiles([folder.path]))
    }

    @Test func goodFilesStillLoadBesideBadOnes() throws {
        let (folder, corpus) = try loadBadCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(corpus.allArticles.contains { $0.title == "A good card" })
        #expect(corpus.allArticles.contains { $0.title == "12345" })
        #expect(corpus.allArticles.contains { $0.title == "first part second part" })
        #expect(corpus.allArticles.first { $0.title == "Related as a map" }?.related.map(\.title) == ["Lonely item"])
        #expect(corpus.allArticles.first { $0.title == "Related as strings" }?.related.map(\.title) == ["one", "two"])
    }

    @Test func everyErrorNamesItsFileAndLine() throws {
        let (folder, corpus) = try loadBadCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let failing = ["only-dashes.md", "unclosed.md", "tabs.md", "unbalanced.md", "alias-bomb.md", "deep-flow.md",
                       "deep-block.md", "not-a-mapping.md"]
        for name in failing {
            let diagnostic = corpus.diagnostics.first { $0.path.hasSuffix("/" + name) && $0.severity == .error }
            #expect(diagnostic != nil, "no error for \(name)")
            #expect(diagnostic?.line != nil, "no line for \(name)")
        }
        #expect(corpus.diagnostics.first { $0.path.hasSuffix("/tabs.md") }?.line == 4)
        #expect(corpus.diagnostics.contains { $0.path.hasSuffix("/binary.bin") && $0.severity == .note })
        #expect(corpus.diagnostics.contains { $0.path.hasSuffix("/invalid-utf8.txt") && $0.line == 3 })
        #expect(corpus.diagnostics.contains { $0.path.hasSuffix("/nul.txt") && $0.line == 3 })
        #expect(corpus.allArticles.contains { $0.body.first?.contains("\u{FFFD}") == true })
    }

    @Test func noControlCharacterSurvives() throws {
        let (folder, corpus) = try loadBadCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        for article in corpus.allArticles {
            for text in [article.title, article.excerpt ?? ""] + article.body {
                #expect(!TextSanitizer.needsCleaning(text), "control left in \(article.id): \(text.debugDescription)")
            }
        }
        for diagnostic in corpus.diagnostics {
            #expect(!TextSanitizer.needsCleaning(diagnostic.description))
        }
        let evil = try #require(corpus.allArticles.first { $0.id == "escapes.md" })
        #expect(evil.title == "Evil [31mred[0m  bell" || !evil.title.contains("\u{1B}"))
        #expect(evil.body == ["Body  clears reversed and  C1."])
    }

    @Test func aFiftyMegabyteFileIsRefused() throws {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try folder.write("huge.txt", bytes: [UInt8](repeating: 0x61, count: 50 * 1024 * 1024))
        try folder.write("good.md", Self.goodCard)
        let corpus = CorpusLoader.loadFiles([folder.path])
        #expect(corpus.articles.count == 1)
        #expect(corpus.diagnostics.first?.message.contains("too large") == true)
    }

    @Test func missingPathsAndSymlinkLoopsAreReported() throws {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try folder.write("sub/good.md", Self.goodCard)
        try folder.write(".hidden/secret.md", Self.goodCard)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("sub/loop").path, withDestinationPath: folder.path)
        let corpus = CorpusLoader.loadFiles([folder.path, folder.appendingPathComponent("nope").path])
        #expect(corpus.allArticles.map(\.id) == ["sub/good.md"])
        #expect(corpus.diagnostics.contains { $0.message == "no such file or folder" })
    }
}
