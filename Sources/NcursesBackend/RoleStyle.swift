import CNcursesw
import ReaderUI

/// The one place roles become terminal attributes. Plain attributes only, for now, so
/// lede reads well on any terminal; themes will replace this function's answers.
enum RoleStyle {
    static func attributes(for role: Role) -> attr_t {
        switch role {
        case .plain, .listRow, .articleBody, .helpText: return lede_a_normal()
        case .header, .status, .listSelected, .linkFocused: return lede_a_reverse()
        case .statusError: return lede_a_reverse() | lede_a_bold()
        case .listUnread, .articleTitle, .helpKey: return lede_a_bold()
        case .listDate, .listProvider, .articleMeta, .topic, .border: return lede_a_dim()
        case .articleExcerpt: return lede_a_italic()
        case .link, .linkMissing: return lede_a_underline()
        case .linkVisited: return lede_a_underline() | lede_a_dim()
        case .searchMatch: return lede_a_bold() | lede_a_underline()
        }
    }
}
