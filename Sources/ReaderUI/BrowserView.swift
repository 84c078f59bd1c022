import ReaderState
import ArticleParsing

/// A browser drawn over the list: a facet (`t` topics, `p` providers, `D` months) or the
/// saved searches (`F`), one row per value with how many articles it selects and how many
/// of those are unread.
enum BrowserView {
    static func draw(_ state: State, in rect: ScreenLayout.Rect, into grid: inout ScreenGrid) {
        guard rect.rows > 1, rect.cols > 0 else { return }
        let values = state.browserValues
        let page = state.top
        let left = rect.col + (rect.cols > 2 ? 1 : 0)
        let end = rect.col + rect.cols
        grid.draw(title(state), row: rect.row, col: left, maxWidth: end - left, role: .articleTitle)
        let countsWidth = 20
        let first = max(0, page.scroll)
        let visible = rect.rows - 1
        let last = min(values.count, first + visible)
        guard first < last else { return }
        for position in first..<last {
            let value = values[position]
            let row = rect.row + 1 + position - first
            let selected = position == page.row
            grid.fill(row: row, col: rect.col, width: rect.cols, role: selected ? .listSelected : .listRow)
            grid.mark(.browserRow(position), row: row, col: rect.col, width: rect.cols)
            let counts = "\(value.count) · \(value.unread) unread"
            let labelWidth = max(1, rect.cols - countsWidth - 3)
            grid.draw(TextSanitizer.cleanLine(value.label), row: row, col: left, maxWidth: min(labelWidth, end - left),
                      role: selected ? .listSelected : (value.unread > 0 ? .listUnread : .listRow))
            let countsCol = max(left, end - DisplayWidth.of(counts) - 1)
            if countsCol > left + 1 {
                grid.draw(counts, row: row, col: countsCol, maxWidth: end - countsCol, role: selected ? .listSelected : .listDate)
            }
        }
    }

    private static func title(_ state: State) -> String {
        guard case .facet(let kind) = state.top.view else {
            return "Saved searches, counted in all articles — Enter opens one, d deletes it, q goes back"
        }
        let scope = state.narrowing.isEmpty && state.listing.count == state.corpus.articles.count ? "all articles" : Words.count(state.listing.count, "article")
        return "\(kind.title) among \(scope) — Enter narrows the list, q goes back"
    }
}
