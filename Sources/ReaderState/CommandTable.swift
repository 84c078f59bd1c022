/// Everything the reader can be asked to do from the keyboard.
public enum Command: String, CaseIterable, Sendable {
    case lineDown, lineUp, pageDown, pageUp, top, bottom
    case open, followNumbered, focusNextLink, focusPreviousLink, openURL
    case back, forward
    case search, searchNext, searchPrevious
    case promptAccept, promptCancel, promptDeleteBackward, promptClear
    case help, toggleLayout, cycleTheme, redraw
    case close, quit
}

/// Sections of the help view and the README key list, in display order.
public enum CommandGroup: String, CaseIterable, Sendable {
    case moving = "Moving"
    case reading = "Reading and links"
    case history = "History"
    case search = "Search"
    case prompt = "While typing a search"
    case screen = "Screen"
    case leaving = "Leaving"
}

/// One row of the command table: the single source of the keymap, the help view, the
/// bottom-line hints and the README key list (tig's request table, in Swift).
public struct CommandInfo: Sendable {
    public let command: Command
    /// Stable name for configuration files, e.g. `line-down`.
    public let name: String
    public let keys: [Key]
    /// Shown instead of listing every key, e.g. `1–9`.
    public let keyLabel: String?
    public let help: String
    public let group: CommandGroup
    /// Short word for the bottom line's key hints, when the command deserves one.
    public let hint: String?

    /// The keys as help shows them: `j ↓`.
    public var keysLabel: String { keyLabel ?? keys.map(\.label).joined(separator: " ") }
}

/// The command table and the keymaps derived from it.
public enum CommandTable {
    public static let all: [CommandInfo] = [
        row(.lineDown, "line-down", [.character("j"), .down], "Next article; scroll down a line", .moving),
        row(.lineUp, "line-up", [.character("k"), .up], "Previous article; scroll up a line", .moving),
        row(.pageDown, "page-down", [.pageDown, .character(" ")], "Page down", .moving),
        row(.pageUp, "page-up", [.pageUp, .character("b")], "Page up", .moving),
        row(.top, "top", [.character("g"), .home], "Go to the top", .moving),
        row(.bottom, "bottom", [.character("G"), .end], "Go to the bottom", .moving),
        row(.open, "open", [.enter], "Open the selected article; follow the focused link", .reading, hint: "open"),
        row(.followNumbered, "follow-link", (1...9).map { .character(Character(String($0))) },
            "Follow related link N of the open article", .reading, label: "1–9", hint: "link"),
        row(.focusNextLink, "next-link", [.tab], "Focus the next related link", .reading),
        row(.focusPreviousLink, "previous-link", [.backTab], "Focus the previous related link", .reading),
        row(.openURL, "open-url", [.character("o")], "Open the web address with $BROWSER or xdg-open", .reading, hint: "browser"),
        row(.back, "back", [.backspace, .left], "Go back in the link history", .history, hint: "back"),
        row(.forward, "forward", [.right], "Go forward in the link history", .history),
        row(.search, "search", [.character("/")], "Search titles in the list as you type", .search, hint: "search"),
        row(.searchNext, "search-next", [.character("n")], "Next title matching the search", .search),
        row(.searchPrevious, "search-previous", [.character("N")], "Previous title matching the search", .search),
        row(.promptAccept, "search-accept", [.enter], "Keep the search and its selection", .prompt),
        row(.promptCancel, "search-cancel", [.escape], "Cancel the search, back to where it began", .prompt),
        row(.promptDeleteBackward, "search-delete", [.backspace, .delete], "Delete the last character (cancels when empty)", .prompt),
        row(.promptClear, "search-clear", [.control("u")], "Clear the search text", .prompt),
        row(.help, "help", [.character("?"), .function(1)], "Show or hide this help", .screen, hint: "help"),
        row(.toggleLayout, "toggle-layout", [.character("v")], "Side by side or one view at a time", .screen),
        row(.cycleTheme, "next-theme", [.character("T")], "Switch to the next colour theme", .screen),
        row(.redraw, "redraw", [.control("l")], "Redraw the screen", .screen),
        row(.close, "close", [.character("q")], "Close the current view (quit from the list)", .leaving, hint: "quit"),
        row(.quit, "quit", [.character("Q")], "Quit at once", .leaving),
    ]

    /// The row for `command`; every command has exactly one.
    public static func info(_ command: Command) -> CommandInfo {
        guard let info = all.first(where: { $0.command == command }) else {
            preconditionFailure("command \(command) missing from the table")
        }
        return info
    }

    /// The command bound to `key` by default, in the prompt or while browsing.
    public static func command(for key: Key, inPrompt: Bool) -> Command? {
        Keymap.standard.command(for: key, inPrompt: inPrompt)
    }

    /// The key list as a Markdown table, for the README.
    public static func markdown() -> String {
        var text = ""
        for group in CommandGroup.allCases {
            text += "\n### \(group.rawValue)\n\n| Keys | Command | What it does |\n|---|---|---|\n"
            for info in all where info.group == group {
                let keys = info.keyLabel.map { [$0] } ?? info.keys.map(\.label)
                text += "| \(keys.map { "`\($0)`" }.joined(separator: " ")) | `\(info.name)` | \(info.help) |\n"
            }
        }
        return text
    }

    private static func row(_ command: Command, _ name: String, _ keys: [Key], _ help: String, _ group: CommandGroup,
                            label: String? = nil, hint: String? = nil) -> CommandInfo {
        CommandInfo(command: command, name: name, keys: keys, keyLabel: label, help: help, group: group, hint: hint)
    }
}
