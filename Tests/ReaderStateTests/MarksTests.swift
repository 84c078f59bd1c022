import ArticleParsing
import CorpusStore
import Testing
@testable import ReaderState
import TestSupport

/// Read marks, bookmarks, visited links: the keys, the counts, and `Effect.save`.
@Suite struct MarksTests {
    @Test func openingMarksReadAndAsksToSave() {
        var state = Fixtures.state()
        #expect(press(&state, .enter) == [.save])
        #expect(state.read[0])
        #expect(state.marks.read == [ArticleKey.of(state.corpus.article(0))])
        #expect(state.unreadCount == 3)
        #expect(press(&state, .character("q")) == [], "no change, no save")
    }

    @Test(arguments: keys(.toggleRead))
    func mTogglesReadInTheListAndInAnArticle(key: Key) {
        var state = Fixtures.state()
        #expect(press(&state, key) == [.save])
        #expect(state.read[0] && state.unreadCount == 3 && state.listingUnread == 3)
        press(&state, key)
        #expect(!state.read[0] && state.marks.read.isEmpty)
        press(&state, .enter, key)
        #expect(!state.read[0], "opening marked it read, m unmarked it")
        #expect(state.status?.text == "Marked unread")
    }

    @Test(arguments: keys(.nextUnread))
    func uGoesToTheNextUnreadAndWraps(key: Key) {
        var state = Fixtures.state()
        press(&state, .down, .enter, .character("q"))
        press(&state, key)
        #expect(state.selectedArticle == 2, "Beta is read: from Beta, Gamma")
        press(&state, key, key)
        #expect(state.selectedArticle == 0)
        #expect(state.status?.text == "Wrapped to the top")
        press(&state, .enter, key)
        #expect(state.stack.map(\.view) == [.list, .article(2)], "from an article, opens the next unread in its place")
        press(&state, key, key)
        #expect(state.status?.text == "Everything is read")
    }

    @Test func bBookmarksInTheListAndBShowsBookmarks() {
        var state = Fixtures.state()
        press(&state, .character("B"))
        #expect(state.status?.isError == true, "no bookmarks yet")
        #expect(press(&state, .down, .character("b")) == [.save])
        #expect(state.bookmarked[1])
        press(&state, .character("G"), .character("b"), .character("B"))
        #expect(state.narrowing == [.bookmarks])
        #expect(state.listing == [1, 3])
        press(&state, .character("b"))
        #expect(state.listing == [1], "removing the selected bookmark in the bookmarks view removes its row")
        press(&state, .character("q"))
        #expect(state.listing.count == 4)
    }

    @Test func bPagesUpInAnArticle() {
        var state = Fixtures.state(rows: 10, cols: 40, longBody: true)
        press(&state, .enter, .character("G"))
        let bottom = state.top.scroll
        #expect(press(&state, .character("b")).isEmpty)
        #expect(state.top.scroll < bottom)
        #expect(!state.bookmarked[0])
    }

    @Test func followingACardMarksItVisitedByKey() {
        var state = Fixtures.state()
        #expect(press(&state, .enter, .character("3")).contains(.save))
        #expect(state.marks.visited == ["elsewhere.example/3"])
        #expect(state.isVisited(article: 0, link: 2))
    }

    @Test func savedMarksApplyOnLoadByKeyNotPosition() {
        let corpus = Fixtures.corpus()
        let keys = corpus.allArticles.map(ArticleKey.of)
        let marks = UserMarks(read: [keys[2]], bookmarked: [keys[3]], visited: ["elsewhere.example/4"])
        var state = State(rows: 24, cols: 80, loading: true)
        _ = reduce(&state, .corpusArrived(LoadedCorpus(corpus, marks: marks)))
        #expect(state.read == [false, false, true, false])
        #expect(state.bookmarked == [false, false, false, true])
        #expect(state.unreadCount == 3)
        #expect(state.isVisited(article: 0, link: 3))
    }

    @Test func aNoticeAboutTheStateFileReachesTheStatusLine() {
        var state = State(rows: 24, cols: 80, loading: true)
        _ = reduce(&state, .corpusArrived(LoadedCorpus(Fixtures.corpus(), notice: "The state file did not parse; it was moved to /x")))
        #expect(state.status == StatusMessage("The state file did not parse; it was moved to /x", isError: true))
    }

    @Test func isUnreadQueriesUseTheMarks() {
        var state = Fixtures.state()
        press(&state, .enter, .character("q"), .character("/"))
        type(&state, "is:unread")
        #expect(state.listing == [1, 2, 3])
        press(&state, .control("u"))
        type(&state, "is:read")
        #expect(state.listing == [0])
    }
}
