import ReaderState
import ArticleParsing
import CorpusStore
import Testing
@testable import ReaderUI
import TestSupport

/// The list grouped by story (`S`), as a person sees it.
@Suite struct StoryRenderTests {
    /// Three outlets report a volcano; a fourth article stands alone.
    static func state(cols: Int) -> State {
        let body = ["The volcano near Grindavik erupted overnight, sending lava towards the fishing town.",
                    "Keflavik airport halted flights while the ash cloud drifted west over the Reykjanes peninsula."]
        func article(_ id: String, _ title: String, _ day: String, _ provider: String, _ body: [String]) -> Article {
            Article(id: id, path: "/s/\(id).txt", format: .card, title: title, excerpt: body[0],
                    date: ArticleDate(text: "2024-03-0\(day)T10:00:00Z"), provider: Provider(name: provider), body: body)
        }
        let corpus = Corpus(name: "stories", articles: [
            article("a", "Volcano erupts near Grindavik, flights halted", "5", "Wire", body),
            article("b", "Chess openings for beginners", "4", "Herald", ["The Sicilian defence rewards patience."]),
            article("c", "Volcano erupts at Grindavik, flights halted", "4", "Post", body),
            article("d", "Flights halted as volcano erupts at Grindavik", "3", "Herald", body),
        ])
        return State(corpus: corpus, rows: 6, cols: cols)
    }

    @Test func aStoryTakesOneRowWithItsHeadlineFirstDateAndOutlets() {
        var state = Self.state(cols: 80)
        press(&state, .character("S"))
        let grid = render(state)
        #expect(Array(grid.lines.prefix(3)) == [
            " lede · stories                          2 of 4 · 2 unread · by date, per story",
            "N 2024-03-03  +2 outlets     Flights halted as volcano erupts at Grindavik",
            "N 2024-03-04  Herald         Chess openings for beginners",
        ], "\(dump(grid))")
        press(&state, .enter)
        let narrowed = render(state)
        #expect(narrowed.lines[0].contains("› story: Flights halted"), "\(dump(narrowed))")
        #expect(narrowed.lines[1] == "N 2024-03-05  Wire           Volcano erupts near Grindavik, flights halted", "\(dump(narrowed))")
    }

    @Test func aNarrowListPutsTheOutletsBeforeTheTitle() {
        var state = Self.state(cols: 40)
        press(&state, .character("S"))
        #expect(render(state).lines[1] == "N 2024-03-03  +2 outlets  Flights halt…", "\(dump(render(state)))")
        state = Self.state(cols: 28)
        press(&state, .character("S"))
        #expect(render(state).lines[1] == "N +2 outlets  Flights halt…", "\(dump(render(state)))")
        #expect(render(state).roles(row: 1)[2] == .listSelected)
    }
}
