import ReaderState
import ReaderUI
import CorpusStore
import Testing

struct ConfigTests {
    @Test func readsSettingsAndKeyBindings() {
        let (config, errors) = ReaderConfig.parse("""
            theme = "nord"
            layout = "single"
            sort = "title"
            watch = false

            [keys]
            line-down = ["j", "Ctrl-N", "Down"]
            quit = "Ctrl-Q"
            """, path: "config.toml")
        #expect(errors.isEmpty, "\(errors)")
        #expect(config.theme == "nord" && config.layout == .single && config.sort == "title" && config.watch == false)
        #expect(ReaderConfig.parse("watch = \"no\"", path: "c.toml").1.first?.message == "watch must be true or false")
        #expect(config.keyBindings[.lineDown] == [.character("j"), .control("n"), .down])
        #expect(config.keyBindings[.quit] == [.control("q")])
    }

    @Test func problemsNameFileLineAndWhatWasExpected() {
        let (config, errors) = ReaderConfig.parse("""
            theme = "nord"
            layout = "sideways"

            [keys]
            fly = ["f"]
            quit = ["Hyper-Q"]
            """, path: "/home/u/.config/lede/config.toml")
        #expect(config.theme == "nord")
        #expect(config.layout == nil)
        #expect(config.keyBindings.isEmpty)
        #expect(errors.map(\.line) == [2, 5, 6])
        #expect(errors[0].description == "/home/u/.config/lede/config.toml:2: layout must be \"split\" or \"single\"")
        #expect(errors[1].message.hasPrefix("unknown action fly"))
        #expect(errors[2].message.hasPrefix("unknown key Hyper-Q for quit"))
        let (_, broken) = ReaderConfig.parse("theme = \n", path: "c.toml")
        #expect(broken.first?.line == 1 && broken.first?.message.hasPrefix("not valid TOML") == true)
    }

    @Test func reboundKeysDriveTheReaderAndItsHelp() {
        let (keymap, clashes) = Keymap.build([.lineDown: [.control("n")], .quit: [.character("x"), .character("q")]])
        #expect(keymap.command(for: .control("n"), inPrompt: false) == .lineDown)
        #expect(keymap.command(for: .character("j"), inPrompt: false) == nil)
        // q now quits at once; close keeps its other keys and loses q.
        #expect(keymap.command(for: .character("q"), inPrompt: false) == .quit)
        #expect(clashes.isEmpty)
        #expect(HelpDocument.lines(for: keymap).contains(.entry(keys: "Ctrl-N", text: CommandTable.info(.lineDown).help)))
        var state = State(rows: 10, cols: 80, keymap: keymap)
        #expect(reduce(&state, .keyPressed(.character("x"))) == [.quit])
        let (_, reported) = Keymap.build([.lineDown: [.character("k")], .lineUp: [.character("k")]])
        #expect(reported.count == 1)
    }

    @Test func keyNamesParse() {
        #expect(Key(name: "Space") == .character(" "))
        #expect(Key(name: "PgDn") == .pageDown)
        #expect(Key(name: "Shift-Tab") == .backTab)
        #expect(Key(name: "ctrl-l") == .control("l"))
        #expect(Key(name: "F12") == .function(12))
        #expect(Key(name: "Hyper-Q") == nil)
    }
}

struct ConfiguredLayoutTests {
    @Test func theConfigFileLayoutOverridesTheWidthRule() {
        #expect(State(rows: 40, cols: 200).layoutMode == .split)
        #expect(State(rows: 40, cols: 200, layout: .single).layoutMode == .single)
        #expect(State(rows: 40, cols: 100, layout: .split).layoutMode == .split)
    }
}
