/// Everything the reader can be asked to do from the keyboard.
public enum Command: String, CaseIterable, Sendable {
    case lineDown, lineUp, pageDown, pageUp, top, bottom
    case open, followNumbered, focusNextLink, focusPreviousLink, openURL, copyAddress
    case back, forward
    case search, searchNext, searchPrevious, saveSearch, savedSearches, deleteSavedSearch
    case toggleRead, nextUnread, toggleBookmark, showBookmarks
    case topics, providers, months, cycleSort, groupStories
    case promptAccept, promptCancel, promptDeleteBackward, promptClear
    case help, toggleLayout, cycleTheme, redraw
    case close, dismiss, quit
}

/// Sections of the help view and the README key list, in display order.
public enum CommandGroup: String, CaseIterable, Sendable {
    case moving = "Moving"
    case reading = "Reading and links"
    case history = "History"
    case search = "Search"
    case marks = "Read marks and bookmarks"
    case browsing = "Browsing by topic, provider, month, story; sorting"
    case prompt = "While typing a search or a name"
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
    /// Where the command's keys work. A key bound in a narrower scope wins there, which is
    /// how `b` can bookmark in the list and page up in an article, as in less.
    public let scope: CommandScope

    /// The help line, saying where the command works when that is not everywhere.
    public var scopedHelp: String { scope == .list ? help + " (in the list)" : help }

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
        row(.open, "open", [.enter], "Open the selected article; follow the focused link; narrow to the facet value", .reading, hint: "open"),
        row(.followNumbered, "follow-link", (1...9).map { .character(Character(String($0))) },
            "Follow link N of the open article (related, then linked from)", .reading, label: "1–9", hint: "link"),
        row(.focusNextLink, "next-link", [.tab], "Focus the next link (related, then linked from)", .reading),
        row(.focusPreviousLink, "previous-link", [.backTab], "Focus the previous link", .reading),
        row(.openURL, "open-url", [.character("o")], "Open the web address with $BROWSER or xdg-open", .reading, hint: "browser"),
        row(.copyAddress, "copy-url", [.character("y")], "Copy the web address to the clipboard (through the terminal: OSC 52)",
            .reading),
        row(.back, "back", [.backspace, .left], "Go back in the link history; in the list, widen the narrowing", .history,
            hint: "back"),
        row(.forward, "forward", [.right], "Go forward in the link history", .history),
        row(.search, "search", [.character("/")], "Search as you type: the whole list, or within the open article", .search,
            hint: "search"),
        row(.searchNext, "search-next", [.character("n")], "Next search result (in an article: next match)", .search),
        row(.searchPrevious, "search-previous", [.character("N")], "Previous search result (in an article: previous match)",
            .search),
        row(.saveSearch, "save-search", [.character("w")], "Save the search and narrowing under a name (in the config file)",
            .search),
        row(.savedSearches, "saved-searches", [.character("F")], "Saved searches with their counts; Enter opens one",
            .search),
        row(.deleteSavedSearch, "delete-saved-search", [.character("d")], "Delete the selected saved search (in saved searches)",
            .search),
        row(.toggleRead, "toggle-read", [.character("m")], "Mark the article read or unread", .marks),
        row(.nextUnread, "next-unread", [.character("u")], "Go to the next unread article", .marks),
        row(.toggleBookmark, "toggle-bookmark", [.character("b")], "Bookmark the selected article, or remove the bookmark",
            .marks, scope: .list),
        row(.showBookmarks, "bookmarks", [.character("B")], "Show only bookmarked articles", .marks),
        row(.topics, "topics", [.character("t")], "Browse topics; Enter narrows the list to one", .browsing),
        row(.providers, "providers", [.character("p")], "Browse providers; Enter narrows the list to one", .browsing),
        row(.months, "months", [.character("D")], "Browse months; Enter narrows the list to one", .browsing),
        row(.cycleSort, "sort", [.character("s")], "Sort by date, title, provider, quality, related links or most covered",
            .browsing),
        row(.groupStories, "group-stories", [.character("S")],
            "Group by story or not; Enter lists a story's articles", .browsing,
            scope: .list),
        row(.promptAccept, "search-accept", [.enter], "Keep the search and its selection; save under the name typed", .prompt),
        row(.promptCancel, "search-cancel", [.escape], "Cancel the search, back to where it began; save nothing", .prompt),
        row(.promptDeleteBackward, "search-delete", [.backspace, .delete], "Delete the last character (cancels when empty)", .prompt),
        row(.promptClear, "search-clear", [.control("u")], "Clear the search text", .prompt),
        row(.help, "help", [.character("?"), .function(1)], "Show or hide this help", .screen, hint: "help"),
        row(.toggleLayout, "toggle-layout", [.character("v")], "Side by side or one view at a time", .screen),
        row(.cycleTheme, "next-theme", [.character("T")], "Switch to the next colour theme", .screen),
        row(.redraw, "redraw", [.control("l")], "Redraw the screen", .screen),
        row(.close, "close", [.character("q")], "Close the current view, else widen the narrowing, else quit", .leaving,
            hint: "quit"),
        row(.dismiss, "dismiss", [.escape], "Close help or a browser (topics, providers, months, saved searches), as q does", .leaving),
        row(.quit, "quit", [.character("Q")], "Quit at once", .leaving),
    ]

    /// The row for `command`; every command has exactly one.
    public static func info(_ command: Command) -> CommandInfo {
        guard let info = all.first(where: { $0.command == command }) else {
            preconditionFailure("command \(command) missing from the table")
        }
        return info
    }

    /// The command bound to `key` by default, in the prompt or (while browsing) in the list.
    public static func command(for key: Key, inPrompt: Bool) -> Command? {
        Keymap.standard.command(for: key, in: inPrompt ? .prompt : .list)
    }

    /// The command bound to `key` by default where `context` says.
    public static func command(for key: Key, in context: KeyContext) -> Command? {
        Keymap.standard.command(for: key, in: context)
    }

    /// The key list as a Markdown table, for the README. A key that works in only part of
    /// its command's scope says where, e.g. `b` (article).
    public static func markdown() -> String {
        var text = ""
        let keymap = Keymap.standard
        for group in CommandGroup.allCases {
            text += "\n### \(group.rawValue)\n\n| Keys | Command | What it does |\n|---|---|---|\n"
            for info in all where info.group == group {
                let keys = info.keyLabel.map { ["`\($0)`"] } ?? keymap.keys(for: info.command).map { key in
                    let note = keymap.whereOnly(key, runs: info.command).map { " (\($0))" } ?? ""
                    return "`\(key.label)`\(note)"
                }
                text += "| \(keys.joined(separator: " ")) | `\(info.name)` | \(info.scopedHelp) |\n"
            }
        }
        return text
    }

    private static func row(_ command: Command, _ name: String, _ keys: [Key], _ help: String, _ group: CommandGroup,
                            label: String? = nil, hint: String? = nil, scope: CommandScope? = nil) -> CommandInfo {
        CommandInfo(command: command, name: name, keys: keys, keyLabel: label, help: help, group: group, hint: hint,
                    scope: scope ?? (group == .prompt ? .prompt : .anywhere))
    }
}

/// Where a command's keys work.
public enum CommandScope: Sendable, Equatable {
    /// The list and every other view.
    case anywhere
    /// Only the article list (the top view is the list).
    case list
    /// Only while typing a search.
    case prompt

    /// The key contexts the scope covers.
    public var contexts: [KeyContext] {
        switch self {
        case .anywhere: return [.list, .article]
        case .list: return [.list]
        case .prompt: return [.prompt]
        }
    }
}

/// Where a key press lands: the list, any other view (article, card, help, facet list),
/// or the search prompt.
public enum KeyContext: String, Sendable, CaseIterable {
    case list, article, prompt
}
