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
    func everyKeyReachesItsCommand(command: Command, key: Key) {
        let inPrompt = CommandTable.info(command).group == .prompt
        #expect(CommandTable.command(for: key, inPrompt: inPrompt) == command)
    }

    @Test func namesAreUniqueAndKebabCase() {
        let names = CommandTable.all.map(\.name)
        #expect(Set(names).count == names.count)
        for name in names { #expect(name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(name)") }
    }

    @Test func issueKeysAreBound() {
        let required: [Key: Command] = [
            .up: .lineUp, .down: .lineDown, .character("k"): .lineUp, .character("j"): .lineDown,
            .pageUp: .pageUp, .pageDown: .pageDown, .character(" "): .pageDown, .character("b"): .pageUp,
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
        for info in CommandTable.all { #expect(entries.contains(info.help)) }
    }

    @Test func keyLabels() {
        #expect(Key.character(" ").label == "Space")
        #expect(Key.control("l").label == "Ctrl-L")
        #expect(Key.backTab.label == "Shift-Tab")
        #expect(Key.function(1).label == "F1")
        #expect(CommandTable.info(.back).keysLabel == "Backspace ←")
    }
}
