import Foundation
import CorpusStore
import Testing
@testable import ArticleParsing
import CorpusGenerator

/// The generator feeds benchmarks and other tests, so what it writes must load cleanly,
/// link the way real corpora do, and take the parser's fast path.
@Suite struct CorpusGeneratorTests {
    let generator = CorpusGenerator(seed: 2024)

    private func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-generator-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    @Test func writtenCorpusLoadsCleanlyAndLinks() throws {
        let corpus = try withTemporaryFolder { folder in
            try generator.write(count: 300, to: folder)
            return CorpusLoader.loadFiles([folder.path])
        }
        #expect(corpus.articles.count == 300)
        #expect(corpus.errorCount == 0)
        let warnings = corpus.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.isEmpty, "\(warnings.prefix(3))")
        let plain = corpus.allArticles.filter { $0.format == .plainText }.count
        #expect((10...60).contains(plain), "plain-text articles: \(plain)")
        #expect(corpus.relatedLinkCount > 600)
        let share = Double(corpus.resolvedLinkCount) / Double(corpus.relatedLinkCount)
        #expect((0.35...0.55).contains(share), "resolved share \(share)")
    }

    @Test func cardsTakeTheFastScannerPathAndAgreeWithYams() throws {
        for index in 0..<300 {
            let bytes = Array(generator.cardText(index: index).utf8)
            let scanned = try #require(FrontMatterProbe.scannerTree(bytes), "card \(index) fell back to Yams")
            #expect(FrontMatterProbe.yamsTree(bytes) == .success(scanned), "card \(index) reads differently in Yams")
        }
    }

    @Test func cardsAreAboutTheSizeOfRealOnes() {
        let sizes = (0..<200).map { generator.cardText(index: $0).utf8.count }
        let average = sizes.reduce(0, +) / sizes.count
        #expect((3_000...7_000).contains(average), "average card \(average) bytes")
        #expect(sizes.min()! > 500)
    }

    @Test func plainTextArticlesKeepTheirGeneratedTitle() {
        let titled = (0..<200).filter { index in
            let text = generator.plainText(index: index)
            let outcome = ArticleReader.read(bytes: Array(text.utf8), id: "\(index).txt", path: "/g/\(index).txt")
            return outcome.article?.title == generator.title(index: index)
        }
        // About one in twelve has no title line on purpose and takes its first sentence instead.
        #expect(titled.count >= 170, "\(titled.count) of 200 kept their title")
    }

    @Test func sameSeedSameText_otherSeedOtherText() {
        let again = CorpusGenerator(seed: 2024)
        let other = CorpusGenerator(seed: 2025)
        for index in [0, 1, 17, 999] {
            #expect(generator.cardText(index: index) == again.cardText(index: index))
            #expect(generator.plainText(index: index) == again.plainText(index: index))
            #expect(generator.relativePath(index: index) == again.relativePath(index: index))
            #expect(generator.cardText(index: index) != other.cardText(index: index))
        }
    }

    @Test func filesFillFoldersOfAThousand() {
        let folders = Set((0..<2_500).map { generator.relativePath(index: $0).split(separator: "/")[0] })
        #expect(folders == ["part-0", "part-1", "part-2"])
        #expect(generator.relativePath(index: 999).hasPrefix("part-0/"))
        #expect(generator.relativePath(index: 1_000).hasPrefix("part-1/"))
        let plainShare = Double((0..<2_000).filter { generator.isPlainText(index: $0, plainTextShare: 0.1) }.count) / 2_000
        #expect((0.07...0.13).contains(plainShare))
    }
}
