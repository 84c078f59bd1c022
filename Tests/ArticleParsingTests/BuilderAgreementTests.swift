@testable import ArticleParsing
import CorpusGenerator
import Foundation
import SampleCorpus
import Testing
import TestSupport

/// The builder reads the scanner's byte ranges through shortcuts (clean lines, integers from
/// digits, text tested without being made) that Yams' tree never takes. Wherever the scanner
/// answers, the article and warnings it builds must equal those built from Yams' tree.
@Suite(.timeLimit(.minutes(3)))
struct BuilderAgreementTests {
    /// Builds `bytes`' front matter both ways at `detail`; nil when the scanner defers to Yams.
    static func bothWays(_ bytes: [UInt8], detail: ArticleReader.Detail) -> (scanner: Built, yams: Built)? {
        bytes.withUnsafeBufferPointer { buffer -> (Built, Built)? in
            let file = SourceFile(buffer)
            guard let start = file.frontMatterStart, let scanned = CardScanner.scan(file, from: start),
                  let root = try? YamsReader.read(file.text(file.contentBytes(scanned.content))) else { return nil }
            // A body paragraph, so a missing title has something to fall back on.
            let body = ["Body first sentence. And more."]
            let fromScanner = scanned.withTree { tree in
                var builder = CardBuilder(tree, detail: detail)
                return Built(article: builder.build(id: "id", path: "/p/card.md", body: body), warnings: builder.warnings)
            }
            var builder = CardBuilder(YAMLTree(root: root), detail: detail)
            return (fromScanner, Built(article: builder.build(id: "id", path: "/p/card.md", body: body), warnings: builder.warnings))
        }
    }

    struct Built: Equatable {
        var article: Article
        var warnings: [String]
    }

    /// Checks `bytes` at both detail levels, and the trees under them; true when the scanner took it.
    @discardableResult
    static func check(_ name: String, _ bytes: [UInt8]) -> Bool {
        if let scanned = FrontMatterProbe.scannerTree(bytes) {
            #expect(FrontMatterProbe.yamsTree(bytes) == .success(scanned), "\(name): the scanner's tree is not Yams' tree")
        }
        var taken = false
        for detail in [ArticleReader.Detail.full, .listing] {
            guard let built = bothWays(bytes, detail: detail) else { continue }
            taken = true
            #expect(built.scanner == built.yams, "\(name) (\(detail)) builds differently from the scanner's tree")
        }
        return taken
    }

    static func files(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: EdgeCaseFixtures.validCards.keys.sorted())
    func edgeCases(name: String) {
        let text = EdgeCaseFixtures.validCards[name]!
        Self.check(name, Array(text.utf8))
        Self.check(name + " (CRLF)", Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
    }

    @Test func sampleSeedsAndFuzzInputs() throws {
        var folders = [FuzzRegressionTests.fuzzFolder.appendingPathComponent("seeds"),
                       FuzzRegressionTests.fuzzFolder.appendingPathComponent("regressions")]
        if let sample = SampleCorpus.url { folders.append(sample) }
        if let seeds = TestPaths.seeds { folders.append(seeds) }
        var taken = 0
        for folder in folders {
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard let data = try? Data(contentsOf: url), !url.hasDirectoryPath else { continue }
                if Self.check(url.lastPathComponent, Array(data)) { taken += 1 }
            }
        }
        #expect(taken >= 20, "only \(taken) inputs took the scanner")
    }

    @Test func generatedCards() {
        let generator = CorpusGenerator(seed: 99)
        for index in 0..<300 {
            #expect(Self.check("generated card \(index)", Array(generator.cardText(index: index).utf8)), "card \(index) fell back to Yams")
        }
    }

    /// Cards whose values mix what the shortcuts must get right: blanks of every kind, marks
    /// that join a blank, bidi controls and ALM, tabs in quotes, escapes, numbers and nulls.
    @Test func cardsOfTrickyText() {
        var random = SplitMix64(seed: 31)
        let pieces = ["plain", "“quoted”", "Müller", "\u{202E}rev\u{202C}", "\u{200F}m", "\u{061C}alm", "\u{00A0}nb\u{00A0}",
                      " lead", "trail ", "\u{0301}x", " \u{0301}y", "e\u{0301}", "\u{2066}i\u{2069}", "\u{0600} p", "x\u{0600} ",
                      "中文", "😀 ", "\u{00A0}", "12", "-7", "+3", "1e3", "~", "null", "K\u{212A}", "a;\u{037E}", "\\t", "\\u00e9"]
        func value() -> String {
            (0..<(random.int(below: 3) + 1)).map { _ in pieces[random.int(below: pieces.count)] }.joined()
        }
        func quoted(_ text: String) -> String {
            switch random.int(below: 4) {
            case 0: return text.trimmingCharacters(in: .whitespaces).isEmpty ? "x" : text.trimmingCharacters(in: .whitespaces)
            case 1: return "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
            case 2: return "\"" + text + "\t" + text + "\""
            default: return "'" + text.replacingOccurrences(of: "\\", with: "").replacingOccurrences(of: "'", with: "''") + "'"
            }
        }
        var taken = 0
        for round in 0..<300 {
            var lines = ["---"]
            for key in ["title", "excerpt", "category", "type", "quality", "heat", "publishedDateTime"] {
                lines.append("\(key): \(quoted(value()))")
            }
            lines += ["topics:", "  - \(quoted(value()))", "  - \(quoted(value()))", "provider:", "  name: \(quoted(value()))",
                      "  domain: \(quoted(value()))", "images:", "  - url: \(quoted(value()))", "    width: \(quoted(value()))",
                      "related:", "  - title: \(quoted(value()))", "    excerpt: \(quoted(value()))", "    webUrl: \(quoted(value()))",
                      "    extra\(round % 3): \(quoted(value()))", "  - \(quoted(value()))", "other\(round): \(quoted(value()))", "---"]
            if Self.check("tricky card \(round)", Array(lines.joined(separator: "\n").utf8)) { taken += 1 }
        }
        #expect(taken > 200, "only \(taken) tricky cards took the scanner")
    }
}
