import ArticleParsing
import CorpusStore
import Testing
@testable import ReaderState

/// `q`, `Esc` and `Q` from every view: each closes what is on top and no more, or quits;
/// in a prompt they are text or leave the prompt. (Ctrl-C and Ctrl-Z are signals, the
/// same from every view; the tmux tests send them.)
@Suite struct LeavingEveryViewTests {
    /// A way to reach each view from a fresh reader on the fixture corpus.
    enum Start: String, CaseIterable {
        case list, article, relatedCard, help, topics, savedSearches, searchPrompt, namePrompt
    }

    private func reader(at start: Start) -> State {
        var state = State(corpus: Fixtures.corpus(), rows: 24, cols: 80,
                          savedSearches: [SavedSearch(name: "rivers", levels: [.query("rivers")])])
        switch start {
        case .list: break
        case .article: press(&state, .enter)
        // Alpha's third link is an outside story: a related card.
        case .relatedCard: press(&state, .enter, .character("3"))
        case .help: press(&state, .character("?"))
        case .topics: press(&state, .character("t"))
        case .savedSearches: press(&state, .character("F"))
        case .searchPrompt: press(&state, .character("/"))
        case .namePrompt: press(&state, .character("/"), .character("a"), .enter, .character("w"))
        }
        return state
    }

    @Test(arguments: Start.allCases)
    func qClosesTheViewOnTopOrQuitsFromThePlainList(start: Start) {
        var state = reader(at: start)
        let before = state.stack.count
        let effects = press(&state, .character("q"))
        switch start {
        case .list:
            #expect(effects == [.quit])
        case .searchPrompt:
            #expect(effects.isEmpty && state.search.query == "q", "q is text in a prompt")
        case .namePrompt:
            #expect(effects.isEmpty && state.naming?.hasSuffix("q") == true, "q is text in a prompt")
        case .relatedCard:
            #expect(effects.isEmpty && state.topView == .list, "q leaves the reader for the list")
        default:
            #expect(effects.isEmpty && state.stack.count == before - 1 && state.topView == .list)
        }
    }

    @Test(arguments: Start.allCases)
    func escapeClosesOverlaysAndPromptsButNeverTheArticleOrTheReader(start: Start) {
        var state = reader(at: start)
        let top = state.topView
        let effects = press(&state, .escape)
        #expect(effects.isEmpty, "Escape never quits")
        switch start {
        case .help, .topics, .savedSearches: #expect(state.topView == .list)
        case .searchPrompt: #expect(!state.search.isEditing)
        case .namePrompt: #expect(state.naming == nil && state.savedSearches.count == 1)
        case .list, .article, .relatedCard: #expect(state.topView == top)
        }
    }

    @Test(arguments: Start.allCases)
    func capitalQQuitsAtOnceExceptWhereItIsText(start: Start) {
        var state = reader(at: start)
        let effects = press(&state, .character("Q"))
        let typing = start == .searchPrompt || start == .namePrompt
        #expect(effects == (typing ? [] : [.quit]))
    }
}
