import ArticleParsing
import CorpusStore
import ReaderLoop
import ReaderState
import Testing

/// Mouse reports through the real loop: read off the frame on screen, a click selects and
/// a second opens, a numbered link follows, a hint runs, the wheel scrolls; with the mouse
/// turned off the same reports change nothing.
@Suite struct MouseLoopTests {
    /// An article with a long body and one related link to the other.
    static let linked: LoadedCorpus = {
        let body = (1...40).map { "Paragraph \($0) about the harbour, long enough to need a line of its own." }
        let articles = [
            Article(id: "a.txt", path: "/m/a.txt", format: .card, title: "Harbour reopens",
                    date: ArticleDate(text: "2024-03-20T10:00:00Z"), urls: ArticleURLs(web: "https://m.example/a"),
                    related: [RelatedItem(title: "Bridge closes", urls: ArticleURLs(web: "https://m.example/b"))], body: body),
            Article(id: "b.txt", path: "/m/b.txt", format: .card, title: "Bridge closes",
                    date: ArticleDate(text: "2024-03-19T10:00:00Z"), urls: ArticleURLs(web: "https://m.example/b"),
                    body: ["The bridge is shut."]),
        ]
        return .complete(Corpus(name: "m", articles: articles))
    }()

    private func left(row: Int, col: Int) -> FakeTerminal.Event { .mouse(MouseEvent(.press(.left), row: row, col: col)) }

    @Test func aClickSelectsARowAndASecondOnItOpensTheArticle() throws {
        let script: [(at: Duration, event: FakeTerminal.Event)] = [
            (ms(0), .corpus(LoopFixtures.news)),
            (ms(100), left(row: 2, col: 20)),
            (ms(150), .mouse(MouseEvent(.release(.left), row: 2, col: 20))),
            (ms(200), left(row: 2, col: 20)),
            (ms(300), .key(.character("Q"))),
        ]
        let run = runLoop(script)
        #expect(run.terminal.frame(at: ms(150))?.statusLine.hasSuffix("2/3") == true)
        #expect(run.terminal.frame(at: ms(150))?.lines[1].contains("Bridge closes") == false, "still the list")
        #expect(run.terminal.frame(at: ms(250))?.lines[1].contains("Bridge closes") == true, "the article, on a second click")
        #expect(run.saves.last?.readCount == 1, "opening marked it read, and that was saved")

        let ignored = runLoop(script, mouse: false)
        let before = try #require(ignored.terminal.frame(at: ms(50)))
        #expect(before.statusLine.hasSuffix("1/3"))
        #expect(ignored.terminal.frame(at: ms(250))?.text == before.text, "with the mouse off, clicks change nothing")
        #expect(ignored.saves.allSatisfy { $0.readCount == 0 })
    }

    @Test func theWheelScrollsTheArticleAndAClickedLinkFollowsWithHistory() throws {
        let reading: [(at: Duration, event: FakeTerminal.Event)] = [
            (ms(0), .corpus(Self.linked)),
            (ms(100), .key(.enter)),
            (ms(200), .mouse(MouseEvent(.wheelDown, row: 4, col: 10))),
            (ms(300), .mouse(MouseEvent(.wheelDown, row: 4, col: 10))),
            (ms(400), .key(.end)),
        ]
        let first = runLoop(reading + [(ms(500), .key(.character("Q")))])
        let opened = try #require(first.terminal.frame(at: ms(150)))
        let scrolled = try #require(first.terminal.frame(at: ms(350)))
        #expect(opened.lines[1] == " Harbour reopens")
        #expect(scrolled.lines[1] == opened.lines[1 + 2 * State.wheelLines], "two notches, three lines each")
        let end = try #require(first.terminal.frame(at: ms(450)))
        let linkRow = try #require(end.lines.firstIndex { $0.contains("[1] Bridge closes") }, "\(end.text)")

        // The same again, then a click where that frame showed the link.
        let second = runLoop(reading + [
            (ms(500), left(row: linkRow, col: 5)),
            (ms(600), .key(.backspace)),
            (ms(700), .key(.right)),
            (ms(800), .key(.character("Q"))),
        ])
        #expect(second.terminal.frame(at: ms(550))?.lines[1] == " Bridge closes", "the link was followed")
        // The header's unread count aside (the linked article is read now), the same screen.
        #expect(second.terminal.frame(at: ms(650))?.lines.dropFirst() == end.lines.dropFirst(), "back returns to the same place")
        #expect(second.terminal.frame(at: ms(750))?.lines[1] == " Bridge closes", "and forward retraces the click")
    }

    @Test func aClickOnAHintRunsItsCommand() throws {
        let first = runLoop([(ms(0), .corpus(LoopFixtures.news)), (ms(100), .key(.character("Q")))])
        let list = try #require(first.terminal.frame(at: ms(50)))
        let hint = try #require(list.statusLine.range(of: "? help"), "\(list.statusLine)")
        let col = list.statusLine.distance(from: list.statusLine.startIndex, to: hint.lowerBound) + 2
        let run = runLoop([
            (ms(0), .corpus(LoopFixtures.news)),
            (ms(100), left(row: list.lines.count - 1, col: col)),
            (ms(200), .key(.character("Q"))),
        ])
        #expect(run.terminal.frame(at: ms(150))?.text.contains("lede — keys") == true)
    }
}
