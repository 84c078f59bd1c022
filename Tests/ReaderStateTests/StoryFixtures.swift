import ArticleParsing
import CorpusStore
@testable import ReaderState

/// Seven articles made in code, newest first: three outlets report a volcano (0, 2, 5),
/// one outlet reports a bridge toll twice (1, 4), and two articles stand alone (3, 6).
enum StoryFixtures {
    static let volcano = [0, 2, 5]
    static let bridge = [1, 4]

    static func corpus() -> Corpus {
        let volcano = ["The volcano near Grindavik erupted overnight, sending lava towards the fishing town.",
                       "Keflavik airport halted flights while the ash cloud drifted west over the Reykjanes peninsula.",
                       "Residents of Grindavik were evacuated as magma fissures opened beside the harbour."]
        let bridge = ["The council approved a toll on the new harbour bridge after a long debate.",
                      "Drivers will pay two euros per crossing from June, the council treasurer said."]
        return Corpus(name: "stories", articles: [
            article("a", "Volcano erupts near Grindavik, flights halted", "2024-03-05T12:00:00Z", "Wire", volcano),
            article("b", "Council approves harbour bridge toll", "2024-03-05T09:00:00Z", "Post", bridge),
            article("c", "Volcano erupts at Grindavik, flights halted", "2024-03-04T12:00:00Z", "Post", volcano),
            article("d", "Chess openings for beginners", "2024-03-04T09:00:00Z", "Herald",
                    ["The Sicilian defence rewards patience; the Italian game teaches development."]),
            article("e", "Harbour bridge toll approved by council", "2024-03-03T12:00:00Z", "Post", bridge),
            article("f", "Flights halted as volcano erupts at Grindavik", "2024-03-03T09:00:00Z", "Herald", volcano),
            article("g", "Planting tulips in spring", "2024-03-02T09:00:00Z", "Wire",
                    ["Tulip bulbs want well drained soil and a sunny bed, planted in autumn."]),
        ])
    }

    private static func article(_ id: String, _ title: String, _ date: String, _ provider: String, _ body: [String]) -> Article {
        Article(id: id, path: "/s/\(id).txt", format: .card, title: title, excerpt: body[0], date: ArticleDate(text: date),
                provider: Provider(name: provider), topics: ["News"], body: body)
    }

    static func state(rows: Int = 24, cols: Int = 100) -> State {
        State(corpus: corpus(), rows: rows, cols: cols)
    }
}
