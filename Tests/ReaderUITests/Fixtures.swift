import ReaderState
import ArticleParsing
import CorpusStore
@testable import ReaderUI

/// A corpus made in code for screen tests: plain, CJK and emoji titles, one related link
/// that resolves to a corpus article and one that is only a card.
enum Fixtures {
    static func corpus(fillers: Int = 0) -> Corpus {
        var articles = [
            Article(id: "river.txt", path: "/c/river.txt", format: .card, title: "River levels rise after storm",
                    excerpt: "Rivers rose fast overnight.", date: ArticleDate(text: "2024-03-05T10:00:00Z"),
                    provider: Provider(name: "Daily River"), topics: ["Weather", "Rivers"],
                    urls: ArticleURLs(web: "https://river.example/levels"),
                    related: [
                        RelatedItem(title: "Lake report", provider: Provider(name: "Lake Times")),
                        RelatedItem(title: "Storm outlook for the week", excerpt: "More rain is expected.",
                                    date: ArticleDate(text: "2024-03-01T08:00:00Z"),
                                    urls: ArticleURLs(web: "https://weather.example/outlook"),
                                    provider: Provider(name: "Weather Desk")),
                    ],
                    body: ["The river rose two metres in a night.", "Roads were closed near the bridge."]),
            Article(id: "lake.txt", path: "/c/lake.txt", format: .card, title: "Lake report",
                    date: ArticleDate(text: "2024-03-04T10:00:00Z"), provider: Provider(name: "Lake Times"),
                    body: ["Calm waters."]),
            Article(id: "tokyo.txt", path: "/c/tokyo.txt", format: .plainText, title: "東京の天気予報",
                    date: ArticleDate(text: "2024-03-03T10:00:00Z"), provider: Provider(name: "日本新聞"),
                    body: ["明日は晴れです。"]),
            Article(id: "emoji.txt", path: "/c/emoji.txt", format: .card, title: "Emoji 👍🏽 news 🇺🇸 today",
                    date: ArticleDate(text: "2024-03-02T10:00:00Z"), provider: Provider(name: "Emoji Wire")),
        ]
        for number in 0..<fillers {
            articles.append(Article(id: "f\(number).txt", path: "/c/f\(number).txt", format: .card, title: "Filler \(number)",
                                    date: ArticleDate(text: "2020-01-01T00:00:00Z")))
        }
        return Corpus(name: "fixture", articles: articles)
    }

    static func state(rows: Int, cols: Int, fillers: Int = 0) -> State {
        State(corpus: corpus(fillers: fillers), rows: rows, cols: cols)
    }
}

/// Screen text for a failing expectation, one numbered row per line.
func dump(_ grid: ScreenGrid) -> String {
    grid.lines.enumerated().map { "\($0.offset): |\($0.element)|" }.joined(separator: "\n")
}
