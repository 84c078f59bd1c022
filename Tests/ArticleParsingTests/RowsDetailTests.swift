import ArticleParsing
import CorpusGenerator
import Foundation
import SampleCorpus
import Testing
import TestSupport

/// The `.rows` detail a corpus load reads with is `.full` less what only an open article
/// shows, with the same diagnostics, on every kind of input the project keeps.
struct RowsDetailTests {
    /// `full` with what `.rows` leaves out taken out.
    private func withoutOpenOnlyFields(_ full: Article) -> Article {
        var article = full
        article.images = []
        article.secured = nil
        if article.format == .card { article.extra = [] }
        // Related excerpts stay: search folds them.
        article.related = article.related.map { item in
            var item = item
            item.images = []
            item.extra = []
            return item
        }
        return article
    }

    private func files(in folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { !$0.hasDirectoryPath }
    }

    @Test func rowsAreFullLessWhatOnlyAnOpenArticleShows() throws {
        let generated = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: generated) }
        try CorpusGenerator(seed: 3).write(count: 300, to: generated)
        var folders = [SampleCorpus.url!, TestPaths.packageRoot.appendingPathComponent("Tests/Fuzz/seeds"),
                       TestPaths.packageRoot.appendingPathComponent("Tests/Fuzz/regressions"), generated]
        if let seeds = TestPaths.seeds { folders.append(seeds) }
        var checked = 0
        for file in folders.flatMap(files) {
            let bytes = Array(try Data(contentsOf: file))
            let full = ArticleReader.read(bytes: bytes, id: file.lastPathComponent, path: file.path, detail: .full)
            let rows = ArticleReader.read(bytes: bytes, id: file.lastPathComponent, path: file.path, detail: .rows)
            #expect(rows.diagnostics == full.diagnostics, "\(file.path)")
            #expect(rows.article == full.article.map(withoutOpenOnlyFields), "\(file.path)")
            checked += 1
        }
        #expect(checked > 350)
    }
}
