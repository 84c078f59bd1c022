import ReaderState
import ArticleParsing
import CorpusStore
import Foundation

/// The article list: one row per article of `state.listing`, with an unread mark (`N`),
/// a bookmark mark (`*`), date, provider and title, search words highlighted. Only the rows in view are touched, so drawing costs the same for
/// ten articles or a hundred thousand. Grouped by story, a story's row shows its headline,
/// the date of its first report and, for the provider, its coverage (`+2 outlets`).
enum ListView {
    static func draw(_ state: State, in rect: ScreenLayout.Rect, into grid: inout ScreenGrid) {
        guard rect.rows > 0, rect.cols > 0 else { return }
        grid.mark(.listPane, in: rect)
        let listing = state.listing
        if listing.isEmpty {
            drawEmpty(state, in: rect, into: &grid)
            return
        }
        let columns = Columns(width: rect.cols)
        let first = state.stack[0].scroll
        let last = min(listing.count, first + rect.rows)
        guard first < last else { return }
        for position in first..<last {
            drawRow(state, position: position, row: rect.row + position - first, rect: rect, columns: columns, into: &grid)
        }
    }

    /// How a row of `width` columns is shared out; narrow panes drop provider, then date.
    struct Columns {
        var date = 0
        var provider = 0
        let marker = 2

        init(width: Int) {
            if width >= 50 {
                date = 10
                provider = min(22, max(10, width / 6))
            } else if width >= 30 {
                date = 10
            }
        }
    }

    private static func drawRow(_ state: State, position: Int, row: Int, rect: ScreenLayout.Rect, columns: Columns,
                                into grid: inout ScreenGrid) {
        let index = state.listing[position]
        let story = state.story(onRow: position)
        let article = state.corpus.articles[story?.headline ?? index]
        let date = story.map { state.corpus.articles[$0.lead].date } ?? article.date
        let selected = position == state.selection
        let unread = !state.read[index]
        let role = { (normal: Role) in selected ? Role.listSelected : normal }
        grid.fill(row: row, col: rect.col, width: rect.cols, role: role(.listRow))
        grid.mark(.listRow(position), row: row, col: rect.col, width: rect.cols)
        var col = rect.col
        let end = rect.col + rect.cols
        grid.draw(unread ? "N" : " ", row: row, col: col, maxWidth: end - col, role: role(.listUnread))
        if state.bookmarked[index] && col + 1 < end { grid.draw("*", row: row, col: col + 1, maxWidth: 1, role: role(.listUnread)) }
        col += columns.marker
        if columns.date > 0 && col < end {
            grid.draw(date?.day ?? "", row: row, col: col, maxWidth: min(columns.date, end - col), role: role(.listDate))
            col += columns.date + 2
        }
        if columns.provider > 0 && col < end {
            let provider = story?.coverageLabel ?? article.provider?.label ?? ""
            grid.draw(provider, row: row, col: col, maxWidth: min(columns.provider, end - col), role: role(.listProvider))
            col += columns.provider + 2
        }
        // Too narrow for the provider column: the coverage leads the title, as a long
        // title would hide it after.
        if let story, columns.provider == 0, col < end {
            col += grid.draw(story.coverageLabel, row: row, col: col, maxWidth: end - col, role: role(.listProvider)) + 2
        }
        guard col < end else { return }
        let titleWidth = grid.draw(article.title, row: row, col: col, maxWidth: end - col - 1,
                                   role: role(unread ? .listUnread : .listRow))
        if !state.listHighlights.isEmpty {
            highlight(state.listHighlights, in: article.title, row: row, col: col, width: titleWidth, into: &grid)
        }
    }

    /// Marks every match of the folded `words` in the drawn part of `text`.
    static func highlight(_ words: [[UInt8]], in text: String, row: Int, col: Int, width: Int, into grid: inout ScreenGrid) {
        let clipped = DisplayWidth.of(text) > width
        for range in TextFolding.matchRanges(of: words, in: text) {
            let start = DisplayWidth.of(String(text[..<range.lowerBound]))
            let length = DisplayWidth.of(String(text[range]))
            let visible = min(length, width - start - (clipped ? 1 : 0))
            guard visible > 0 else { continue }
            grid.restyle(row: row, col: col + start, width: visible, role: .searchMatch)
        }
    }

    private static func drawEmpty(_ state: State, in rect: ScreenLayout.Rect, into grid: inout ScreenGrid) {
        let message: String
        if let loading = state.loading {
            message = loading.total.map { "Loading articles… \(loading.done) of \($0)" } ?? "Loading articles…"
        } else if !state.corpus.articles.isEmpty {
            message = state.search.isEditing ? "No article matches — Esc goes back" : "No article here — q or Backspace widens the list"
        } else {
            message = "No articles in \(TextSanitizer.cleanLine(state.corpus.name))"
        }
        let width = DisplayWidth.of(message)
        let col = rect.col + max(0, (rect.cols - width) / 2)
        grid.draw(message, row: rect.row + rect.rows / 2, col: col, maxWidth: rect.col + rect.cols - col, role: .articleMeta)
    }
}
