import ReaderState
import ArticleParsing

/// The reader pane: an article or a related card, laid out by the state into lines, of
/// which only those in view are drawn.
enum ArticleView {
    /// Draws the top page's document, or in the split list a preview of the selection.
    static func draw(_ state: State, in rect: ScreenLayout.Rect, into grid: inout ScreenGrid) {
        guard rect.rows > 0, rect.cols > 0 else { return }
        grid.mark(.readerPane, in: rect)
        if let document = state.document {
            let page = state.top
            let focus: Int? = if case .article = page.view { page.focus } else { nil }
            draw(document, from: page.scroll, article: state.currentArticle, focus: focus, state: state,
                 highlights: state.articleSearch?.needles ?? [], in: rect, into: &grid)
        } else if let index = state.currentArticle {
            let preview = ArticleDocument(article: index, in: state.corpus, width: max(1, rect.cols - 2), limit: rect.rows)
            draw(preview, from: 0, article: index, focus: nil, state: state, highlights: [], in: rect, into: &grid)
        }
    }

    private static func draw(_ document: ArticleDocument, from scroll: Int, article: Int?, focus: Int?, state: State,
                             highlights: [[UInt8]], in rect: ScreenLayout.Rect, into grid: inout ScreenGrid) {
        let first = max(0, scroll)
        let last = min(document.lines.count, first + rect.rows)
        guard first < last else { return }
        let margin = rect.cols > 2 ? 1 : 0
        for index in first..<last {
            let line = document.lines[index]
            let row = rect.row + index - first
            let role = self.role(of: line.kind, article: article, focus: focus, state: state)
            if role == .linkFocused {
                grid.fill(row: row, col: rect.col + margin, width: DisplayWidth.of(line.text), role: role)
            }
            let width = grid.draw(line.text, row: row, col: rect.col + margin, maxWidth: rect.cols - margin, role: role)
            markTarget(of: line, document: document, row: row, col: rect.col + margin, width: width, into: &grid)
            if !highlights.isEmpty {
                ListView.highlight(highlights, in: line.text, row: row, col: rect.col + margin, width: width, into: &grid)
            }
        }
    }

    /// A link's lines are clicked to follow it; an address's lines become a hyperlink
    /// (the cells of the text only, never a `…` that cut it).
    private static func markTarget(of line: ArticleDocument.Line, document: ArticleDocument, row: Int, col: Int, width: Int,
                                   into grid: inout ScreenGrid) {
        switch line.kind {
        case .link(let link), .linkMeta(let link):
            grid.mark(.link(link), row: row, col: col, width: width)
        case .url:
            guard let address = document.address else { return }
            let clipped = DisplayWidth.of(line.text) > width
            grid.markHyperlink(address, row: row, col: col, width: clipped ? width - 1 : width)
        default:
            break
        }
    }

    /// The role for a line; related links show whether they are focused, visited or
    /// outside the corpus.
    static func role(of kind: ArticleDocument.Kind, article: Int?, focus: Int?, state: State) -> Role {
        switch kind {
        case .title, .heading: return .articleTitle
        case .meta, .linkMeta: return .articleMeta
        case .excerpt: return .articleExcerpt
        case .body, .blank: return .articleBody
        case .topics: return .topic
        case .url: return .link
        case .notice: return .linkMissing
        case .link(let link):
            if link == focus { return .linkFocused }
            guard let article else { return .link }
            if state.isVisited(article: article, link: link) { return .linkVisited }
            if case .card = state.linkTarget(article: article, link: link) { return .linkMissing }
            return .link
        }
    }
}
