/// What a piece of text is, never how it looks: views name a role for every cell and a
/// backend (or, later, a theme) decides the attributes and colours.
public enum Role: String, CaseIterable, Sendable {
    /// Empty cells and text with no particular meaning.
    case plain
    case header
    case status
    case statusError = "status.error"
    case listRow = "list.row"
    case listSelected = "list.selected"
    case listUnread = "list.unread"
    case listDate = "list.date"
    case listProvider = "list.provider"
    case articleTitle = "article.title"
    case articleMeta = "article.meta"
    case articleExcerpt = "article.excerpt"
    case articleBody = "article.body"
    case topic
    case link
    case linkFocused = "link.focused"
    case linkVisited = "link.visited"
    case linkMissing = "link.missing"
    case searchMatch = "search.match"
    case helpKey = "help.key"
    case helpText = "help.text"
    case border
}
