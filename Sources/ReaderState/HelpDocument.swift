/// The help view's lines, generated from the command table so help can never disagree
/// with the keymap. One line per command, so its length does not depend on the width.
public enum HelpDocument {
    public enum Line: Equatable, Sendable {
        case title(String)
        case heading(String)
        case entry(keys: String, text: String)
        case blank
    }

    /// Help for the default bindings.
    public static let lines: [Line] = lines(for: .standard)

    /// Help for `keymap`, so rebound keys show as they are.
    public static func lines(for keymap: Keymap) -> [Line] {
        var lines: [Line] = [.title("lede — keys"), .blank]
        for group in CommandGroup.allCases {
            lines.append(.heading(group.rawValue))
            for info in CommandTable.all where info.group == group {
                lines.append(.entry(keys: keymap.label(for: info.command), text: info.scopedHelp))
            }
            if group == .prompt {
                lines.append(.entry(keys: "other keys", text: "Type into the search"))
            }
            lines.append(.blank)
        }
        return lines
    }

    /// Width of the keys column of the default help.
    public static let keysColumnWidth = keysColumnWidth(of: lines)

    /// Width of the keys column: the widest key label plus a gap.
    public static func keysColumnWidth(of lines: [Line]) -> Int {
        lines.reduce(0) { widest, line in
            guard case .entry(let keys, _) = line else { return widest }
            return max(widest, DisplayWidth.of(keys))
        } + 2
    }
}
