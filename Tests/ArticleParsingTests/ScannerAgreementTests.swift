import ArticleParsing
import CorpusStore
import CorpusGenerator
import Foundation
import Testing
import TestSupport

/// The fast scanner may only answer where it reads exactly what Yams reads.
@Suite(.timeLimit(.minutes(3)))
struct ScannerAgreementTests {
    private func check(_ name: String, _ bytes: [UInt8]) {
        guard let scanned = FrontMatterProbe.scannerTree(bytes) else { return }
        switch FrontMatterProbe.yamsTree(bytes) {
        case .success(let reference):
            #expect(scanned == reference, "scanner and Yams disagree on \(name)")
        case .failure(let error):
            Issue.record("scanner accepted \(name) but Yams rejects it: \(error.message)")
        }
    }

    @Test(arguments: EdgeCaseFixtures.validCards.keys.sorted())
    func edgeCases(name: String) {
        let text = EdgeCaseFixtures.validCards[name]!
        check(name, Array(text.utf8))
        check(name + " (CRLF)", Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        check(name + " (BOM)", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
    }

    @Test(.enabled(if: TestPaths.seeds != nil, Comment(rawValue: TestPaths.seedsMissing)))
    func seeds() throws {
        let folder = try #require(TestPaths.seeds)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            check(name, Array(try Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }

    @Test func scannerDefersOnWhatItDoesNotFullyUnderstand() {
        for name in ["block-scalars.md", "flow-style.md"] {
            #expect(!FrontMatterProbe.scannerAccepts(Array(EdgeCaseFixtures.validCards[name]!.utf8)), "\(name)")
        }
        for name in ["quoting.md", "plain-date.md", "unicode.md", "odd-related.md", "empty-values.md"] {
            #expect(FrontMatterProbe.scannerAccepts(Array(EdgeCaseFixtures.validCards[name]!.utf8)), "\(name)")
        }
    }

    /// Random small documents built from the card grammar, in both quoting styles.
    @Test func generatedDocumentsAgree() {
        var random = SplitMix64(seed: 7)
        let pieces = ["plain words", "\"quoted: with colon\"", "'single ''quote'''", "-3", "~", "", "2020-01-01",
                      "\"esc \\\" \\\\ \\u00fc\"", "a#b", "x: y", "[]", "{}", "'", "\"unterminated", "#c", "- dash"]
        for round in 0..<400 {
            var lines = ["---"]
            for key in 0..<random.int(below: 5) + 1 {
                let value = pieces[random.int(below: pieces.count)]
                switch random.int(below: 4) {
                case 0:
                    lines.append("k\(key): \(value)")
                case 1:
                    lines.append("k\(key):")
                    for _ in 0..<random.int(below: 3) + 1 { lines.append("  - \(pieces[random.int(below: pieces.count)])") }
                case 2:
                    lines.append("k\(key):")
                    lines.append("  - a: \(value)")
                    lines.append("    b: \(pieces[random.int(below: pieces.count)])")
                default:
                    lines.append("k\(key):")
                    lines.append("  name: \(value)")
                }
            }
            lines.append("---")
            check("generated \(round)", Array(lines.joined(separator: "\n").utf8))
        }
    }
}
