import CorpusStore
import Testing
@testable import ReaderState

@Suite struct CommandTableTests {
    @Test func everyCommandHasOneRowWithKeysAndHelp() {
        for command in Command.allCases {
            let rows = CommandTable.all.filter { $0.command == command }
            #expect(rows.count == 1, "\(command)")
            #expect(rows.first?.keys.isEmpty == false, "\(command) has no key")
            #expect(rows.first?.help.isEmpty == false, "\(command) has no help")
        }
    }

    @Test(arguments: CommandTable.all.flatMap { info in info.keys.map { (info.command, $0) } })
    func everyKeyReachesItsCommandSomewhereInItsScope(command: Command, key: Key) {
        let contexts = CommandTable.info(command).scope.contexts
        #expect(contexts.contains { CommandTable.command(for: key, in: $0) == command })
    }

    @Test func bBookmarksInTheListAndPagesUpElsewhere() {
        #expect(CommandTable.command(for: .character("b"), in: .list) == .toggleBookmark)
        #expect(CommandTable.command(for: .character("b"), in: .article) == .pageUp)
        #expect(CommandTable.command(for: .pageUp, in: .list) == .pageUp)
        #expect(Keymap.standard.label(for: .pageUp) == "PgUp b (article)")
        #expect(CommandTable.markdown().contains("| `PgUp` `b` (article) | `page-up` |"))
        #expect(CommandTable.markdown().contains("| `b` | `toggle-bookmark` | Bookmark the selected article, or remove the bookmark (in the list) |"))
    }

    @Test func noKeyRunsTwoCommandsInOneContext() {
        for context in KeyContext.allCases {
            var seen: [Key: Command] = [:]
            for info in CommandTable.all where info.scope.contexts.contains(context) {
                for key in info.keys where CommandTable.command(for: key, in: context) == info.command {
                    #expect(seen[key] == nil, "\(key.label) in \(context)")
                    seen[key] = info.command
                }
            }
        }
    }

    @Test func rebindingAKeyUsedInANarrowerScopeIsReported() {
        let (keymap, clashes) = Keymap.build([.toggleBookmark: [.character("j")]])
        #expect(keymap.command(for: .character("j"), in: .list) == .toggleBookmark)
        #expect(keymap.command(for: .character("j"), in: .article) == .lineDown)
        #expect(clashes.isEmpty, "a list-only binding shadows j only in the list, as b does by default")
    }

    @Test func namesAreUniqueAndKebabCase() {
        let names = CommandTable.all.map(\.name)
        #expect(Set(names).count == names.count)
        for name in names { #expect(name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(name)") }
    }

    @Test func issueKeysAreBound() {
        let required: [Key: Command] = [
            .up: .lineUp, .down: .lineDown, .character("k"): .lineUp, .character("j"): .lineDown,
            .pageUp: .pageUp, .pageDown: .pageDown, .character(" "): .pageDown, .character("b"): .toggleBookmark,
            .character("m"): .toggleRead, .character("u"): .nextUnread, .character("B"): .showBookmarks,
            .character("t"): .topics, .character("p"): .providers, .character("D"): .months, .character("s"): .cycleSort,
            .character("S"): .groupStories,
            .character("g"): .top, .character("G"): .bottom, .home: .top, .end: .bottom, .enter: .open,
            .tab: .focusNextLink, .backTab: .focusPreviousLink, .backspace: .back, .left: .back, .right: .forward,
            .character("q"): .close, .character("Q"): .quit, .character("/"): .search, .character("n"): .searchNext,
            .character("N"): .searchPrevious, .character("o"): .openURL, .character("?"): .help, .control("l"): .redraw,
        ]
        for (key, command) in required { #expect(CommandTable.command(for: key, inPrompt: false) == command, "\(key.label)") }
        for digit in 1...9 {
            #expect(CommandTable.command(for: .character(Character(String(digit))), inPrompt: false) == .followNumbered)
        }
    }

    @Test func markdownListsEveryCommandUnderItsGroup() {
        let markdown = CommandTable.markdown()
        for group in CommandGroup.allCases { #expect(markdown.contains("### \(group.rawValue)")) }
        for info in CommandTable.all {
            #expect(markdown.contains("`\(info.name)`"))
            #expect(markdown.contains(info.help))
        }
        #expect(markdown.contains("`1–9`"))
    }

    @Test func helpIsGeneratedFromTheTable() {
        let entries = HelpDocument.lines.compactMap { line -> String? in
            if case .entry(_, let text) = line { return text } else { return nil }
        }
        for info in CommandTable.all { #expect(entries.contains(info.scopedHelp)) }
    }

    @Test func keyLabels() {
        #expect(Key.character(" ").label == "Space")
        #expect(Key.control("l").label == "Ctrl-L")
        #expect(Key.backTab.label == "Shift-Tab")
        #expect(Key.function(1).label == "F1")
        #expect(CommandTable.info(.back).keysLabel == "Backspace ←")
    }
}
