import ReaderUI
import Testing

/// `mouse` and `hyperlinks` in the config file, and the rule `hyperlinks = "auto"` follows
/// to tell from the environment whether the terminal shows OSC 8 hyperlinks.
@Suite struct MouseAndHyperlinkConfigTests {
    @Test func mouseAndHyperlinksAreRead() {
        let (config, errors) = ReaderConfig.parse("mouse = false\nhyperlinks = true\n", path: "c.toml")
        #expect(errors.isEmpty, "\(errors)")
        #expect(config.mouse == false && config.hyperlinks == .on)
        #expect(ReaderConfig.parse("hyperlinks = false", path: "c.toml").0.hyperlinks == .off)
        #expect(ReaderConfig.parse("hyperlinks = \"auto\"", path: "c.toml").0.hyperlinks == .auto)
        let (defaults, _) = ReaderConfig.parse("theme = \"nord\"", path: "c.toml")
        #expect(defaults.mouse == nil && defaults.hyperlinks == nil, "unset: the reader's defaults (on, auto)")
    }

    @Test func wrongTypesAreReportedWithFileAndLine() {
        let (config, errors) = ReaderConfig.parse("""
            theme = "nord"
            mouse = "off"
            hyperlinks = "sometimes"
            """, path: "/home/u/.config/lede/config.toml")
        #expect(config.theme == "nord" && config.mouse == nil && config.hyperlinks == nil)
        #expect(errors.map(\.description) == [
            "/home/u/.config/lede/config.toml:2: mouse must be true or false",
            "/home/u/.config/lede/config.toml:3: hyperlinks must be \"auto\", true or false",
        ])
        #expect(ReaderConfig.parse("hyperlinks = 1", path: "c.toml").1.first?.line == 1)
        #expect(ReaderConfig.parse("mice = true", path: "c.toml").1.first?.message.contains("mouse, hyperlinks") == true)
    }

    @Test func onAndOffAreObeyedAnywhere() {
        #expect(HyperlinkSupport.isOn(.on, environment: ["TERM": "linux"]))
        #expect(!HyperlinkSupport.isOn(.off, environment: ["TERM": "xterm-kitty", "KITTY_WINDOW_ID": "1"]))
    }

    @Test(arguments: [
        ["TERM": "xterm-256color", "VTE_VERSION": "7600"],
        ["TERM": "xterm-256color", "VTE_VERSION": "5000"],
        ["TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app"],
        ["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"],
        ["TERM": "xterm-256color", "TERM_PROGRAM": "vscode"],
        ["TERM": "xterm-256color", "KITTY_WINDOW_ID": "3"],
        ["TERM": "xterm-kitty"],
        ["TERM": "foot"],
        ["TERM": "foot-extra"],
        ["TERM": "alacritty"],
        ["TERM": "xterm-256color", "WT_SESSION": "b1c2"],
        ["TERM": "tmux-256color", "TMUX": "/tmp/tmux-1000/default,1,0", "TERM_PROGRAM": "tmux", "TERM_PROGRAM_VERSION": "3.4"],
        ["TERM": "screen", "TMUX": "/tmp/t,1,0", "TERM_PROGRAM": "tmux", "TERM_PROGRAM_VERSION": "next-3.5"],
    ])
    func autoIsOnWhereHyperlinksAreKnownToWork(environment: [String: String]) {
        #expect(HyperlinkSupport.isOn(.auto, environment: environment))
    }

    @Test(arguments: [
        ["TERM": "linux"],
        ["TERM": "linux", "WT_SESSION": "inherited", "VTE_VERSION": "7600"],
        ["TERM": "dumb"],
        [:],
        ["TERM": "xterm-256color"],
        ["TERM": "xterm-256color", "VTE_VERSION": "4205"],
        ["TERM": "xterm-256color", "TERM_PROGRAM": "Apple_Terminal"],
        ["TERM": "screen-256color", "STY": "1234.pts-0"],
        ["TERM": "screen", "TMUX": "/tmp/t,1,0", "TERM_PROGRAM": "tmux", "TERM_PROGRAM_VERSION": "3.3a"],
        ["TERM": "tmux-256color", "TMUX": "/tmp/t,1,0"],
        ["TERM": "tmux-256color", "TMUX": "/tmp/t,1,0", "KITTY_WINDOW_ID": "1", "TERM_PROGRAM": "tmux", "TERM_PROGRAM_VERSION": "3.2"],
    ])
    func autoIsOffOnTheConsoleAndWhenUnsure(environment: [String: String]) {
        #expect(!HyperlinkSupport.isOn(.auto, environment: environment))
    }
}
