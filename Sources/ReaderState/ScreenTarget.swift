/// What the screen shows at a place, as the renderer marks it while drawing: the pane a
/// wheel turn scrolls, or the row, link or key hint a click acts on.
///
/// Hit-testing reads these marks off the frame that is on screen, so a click always means
/// what was drawn under the pointer; no second layout is kept in step with the views.
public enum ScreenTarget: Hashable, Sendable {
    /// The article list's pane, rows or not.
    case listPane
    /// The article or card pane (in the list, beside it, the selected article's preview).
    case readerPane
    /// Help or a browser, drawn over the whole body.
    case overlayPane
    /// A row of the list, by its position in `State.listing`.
    case listRow(Int)
    /// A row of the browser on top (a facet, the saved searches), by its position among
    /// `State.browserValues`.
    case browserRow(Int)
    /// Numbered link N of the article in the reader pane (0-based: the link numbered N + 1).
    case link(Int)
    /// A command's hint on the bottom line.
    case hint(Command)

    /// Whether a target is a pane as a whole rather than something inside one.
    public var isPane: Bool {
        switch self {
        case .listPane, .readerPane, .overlayPane: return true
        case .listRow, .browserRow, .link, .hint: return false
        }
    }
}
