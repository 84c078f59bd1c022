import ReaderState

/// Draws the whole screen for `state`: a pure function, so every screen can be tested as
/// text and the backend only has to present the result.
public func render(_ state: State) -> ScreenGrid {
    var grid = ScreenGrid(rows: state.rows, cols: state.cols)
    render(state, into: &grid)
    return grid
}

/// Draws `state` into `grid`, reusing its storage when the size is unchanged.
public func render(_ state: State, into grid: inout ScreenGrid) {
    if grid.rows == state.rows && grid.cols == state.cols {
        grid.clear()
    } else {
        grid = ScreenGrid(rows: state.rows, cols: state.cols)
    }
    let layout = state.layout
    if let header = layout.header { Chrome.drawHeader(state, in: header, into: &grid) }
    if state.top.view == .help {
        grid.mark(.overlayPane, in: layout.body)
        HelpView.draw(state, in: layout.body, into: &grid)
    } else if state.top.view.isBrowser {
        grid.mark(.overlayPane, in: layout.body)
        BrowserView.draw(state, in: layout.body, into: &grid)
    } else if layout.isSplit {
        ListView.draw(state, in: layout.list, into: &grid)
        if let divider = layout.divider {
            for row in divider.row..<(divider.row + divider.rows) {
                grid.draw("│", row: row, col: divider.col, maxWidth: 1, role: .border)
            }
        }
        ArticleView.draw(state, in: layout.reader, into: &grid)
    } else if state.top.view == .list {
        ListView.draw(state, in: layout.list, into: &grid)
    } else {
        ArticleView.draw(state, in: layout.reader, into: &grid)
    }
    if let status = layout.status { Chrome.drawStatus(state, in: status, into: &grid) }
}
