import ArticleParsing
import CorpusStore
@testable import ReaderState

/// A small corpus made in code: "Alpha" has nine related items, two of which are corpus
/// articles (one matched by title, one by URL) and seven of which are only cards.
enum Fixtures {
    static let alphaURL = "https://example.org/alpha"
    static let betaURL = "https://example.org/beta"
    static let gammaURL = "https://example.org/gamma"

    static func corpus(fillers: Int = 0, longBody: Bool = false) -> Corpus {
        var related = [
            RelatedItem(title: "Beta study of lakes", date: ArticleDate(text: "2024-03-04T09:00:00Z"),
                        provider: Provider(name: "Lake Times")),
            RelatedItem(title: "A differently titled copy of gamma", urls: ArticleURLs(web: gammaURL)),
        ]
        for number in 3...9 {
            related.append(RelatedItem(title: "Outside story \(number)", excerpt: "Excerpt of outside story \(number).",
                                       date: ArticleDate(text: "2024-02-0\(number)T08:00:00Z"),
                                       urls: ArticleURLs(web: "https://elsewhere.example/\(number)"),
                                       provider: Provider(name: "Elsewhere")))
        }
        let body = longBody
            ? (1...30).map { "Paragraph \($0) of alpha, long enough to wrap across more than one line at narrow widths." }
            : ["Alpha body first paragraph.", "Alpha body second paragraph."]
        var articles = [
            article("alpha.txt", "Alpha report on rivers", "2024-03-05T10:00:00Z", url: alphaURL, related: related, body: body),
            article("beta.txt", "Beta study of lakes", "2024-03-04T10:00:00Z", url: betaURL,
                    related: [RelatedItem(title: "Alpha again", urls: ArticleURLs(web: alphaURL))]),
            article("gamma.txt", "Gamma notes on rain", "2024-03-03T10:00:00Z", url: gammaURL),
            article("delta.txt", "Delta without an address", "2024-03-02T10:00:00Z", url: nil),
        ]
        for number in 0..<fillers {
            articles.append(article("filler\(number).txt", "Filler article \(number)", "2023-01-01T10:00:00Z", url: nil))
        }
        return Corpus(name: "fixture", articles: articles)
    }

    static func article(_ file: String, _ title: String, _ date: String, url: String?, related: [RelatedItem] = [],
                        body: [String] = ["Body."]) -> Article {
        Article(id: file, path: "/corpus/\(file)", format: .card, title: title, excerpt: "Excerpt of \(title).",
                date: ArticleDate(text: date), provider: Provider(name: "Provider \(title.prefix(5))"),
                topics: ["Rivers"], urls: ArticleURLs(web: url), related: related, body: body)
    }

    /// A reader on the fixture corpus at `rows`×`cols`.
    static func state(rows: Int = 24, cols: Int = 80, fillers: Int = 0, longBody: Bool = false) -> State {
        State(corpus: corpus(fillers: fillers, longBody: longBody), rows: rows, cols: cols)
    }
}

/// The keys the table binds to `command`.
func keys(_ command: Command) -> [Key] { CommandTable.info(command).keys }

/// The keys that run `command` in the list (`b` bookmarks there instead of paging up).
func listKeys(_ command: Command) -> [Key] { keys(command).filter { CommandTable.command(for: $0, in: .list) == command } }

extension State {
    var topView: View { top.view }
}
