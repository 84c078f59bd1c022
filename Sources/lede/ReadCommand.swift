import ArgumentParser
import Foundation
import ReaderLoop
import ReaderState
import ReaderUI
import TerminalBackend

/// `lede [PATH...]`: the full-screen reader. Wiring only: the reader lives in
/// ReaderState, ReaderUI, ReaderLoop and TerminalBackend.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Open the full-screen reader (the default).")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Colour theme: a name from `lede themes` or a path to a .toml file (default: the config file's, else default).")
    var theme: String?

    @Flag(help: "No colour, attributes only (also when NO_COLOR is set).")
    var monochrome = false

    @Flag(help: "Do not follow changes to the files while the reader runs.")
    var noWatch = false

    @Flag(help: "Ignore the mouse, so it selects text as usual (also `mouse = false` in the config file).")
    var noMouse = false

    @Flag(help: ArgumentHelp("Print the reader's keys as a Markdown table (for the README) and exit.", visibility: .hidden))
    var printKeys = false

    func validate() throws {
        for path in corpus.paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("no such file or folder: \(path)")
        }
    }

    func run() throws {
        if printKeys {
            print(CommandTable.markdown(), terminator: "")
            return
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw ValidationError("the reader needs a terminal; try `lede list` to print the articles")
        }
        let roots = try corpus.roots()
        var (options, config) = ReaderSetup.options(themeArgument: theme, monochrome: monochrome)
        options.persistence = ReaderSetup.persistence(roots: roots)
        options.mouse = !noMouse && config.mouse != false
        let hyperlinks = HyperlinkSupport.isOn(config.hyperlinks ?? .auto)
        let terminal = try CursesTerminal(monochrome: options.monochrome, mouse: options.mouse, hyperlinks: hyperlinks)
        let source = CorpusFeed(roots: roots, name: corpus.paths.isEmpty ? "sample corpus" : nil, cache: corpus.cache,
                                persistence: options.persistence, watch: !noWatch && config.watch != false)
        let loop = ReaderLoop(terminal: terminal, corpus: source, browser: BrowserLauncher(), options: options)
        let status = loop.run()
        terminal.end()
        // State is saved and the terminal restored: leave now, with the corpus and its
        // indexes still alive. Freeing a hundred thousand articles object by object takes
        // longer than the kernel takes to drop the whole address space.
        withExtendedLifetime(loop) {
            fflush(nil)
            Glibc.exit(status)
        }
    }
}
