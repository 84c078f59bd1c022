import ArticleParsing
import CorpusStore
import Foundation
import Testing
import TestSupport

/// Corpus order, the README's default sort: newest first, articles with no date (or one
/// that does not parse) after every dated one, and ties — the same instant, or both
/// undated — by id, so the order never depends on the order files were read in.
struct CorpusOrderTests {
    static let expected = ["newest.md", "offset-same-instant-a.md", "offset-same-instant-b.md", "older.md", "oldest.md",
                           "bad-date.md", "undated-a.md", "undated-b.md"]

    /// Each article's file and date, shuffled against the expected order.
    static let files: [(name: String, date: String?)] = [
        ("undated-b.md", nil), ("older.md", "2022-03-01T08:00:00Z"), ("bad-date.md", "sometime in spring"),
        ("offset-same-instant-b.md", "2023-01-01T12:00:00+02:00"), ("oldest.md", "1999-12-31"), ("undated-a.md", nil),
        ("newest.md", "2024-06-01T00:00:00Z"), ("offset-same-instant-a.md", "2023-01-01T10:00:00Z"),
    ]

    @Test func articlesMadeInCodeListNewestFirstAndUndatedLast() {
        let articles = Self.files.map { file in
            Article(id: file.name, path: "/order/\(file.name)", format: .card, title: "Title of \(file.name)",
                    date: file.date.map { ArticleDate(text: $0) })
        }
        let corpus = Corpus(name: "order", articles: articles)
        #expect(corpus.articles.map(\.id) == Self.expected)
        #expect(Corpus(name: "order", articles: articles.reversed()).articles.map(\.id) == Self.expected, "input order does not matter")
    }

    @Test func filesLoadedFromAFolderListNewestFirstAndUndatedLast() throws {
        let folder = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in Self.files {
            let dateLine = file.date.map { "publishedDateTime: \($0)\n" } ?? ""
            FixtureFiles.write("---\ntitle: \"Title of \(file.name)\"\n\(dateLine)---\nBody.\n", to: "\(folder)/\(file.name)")
        }
        let corpus = CorpusLoader.loadFiles([folder])
        #expect(corpus.articles.map(\.id) == Self.expected)
        let undated = corpus.articles.filter { $0.instant == nil }.map(\.id)
        #expect(undated == ["bad-date.md", "undated-a.md", "undated-b.md"])
    }
}
