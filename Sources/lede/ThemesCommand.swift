import ArgumentParser
import ArticleParsing
import CorpusStore
import BundledThemes
import Foundation
import ReaderUI

/// `lede themes`: every theme with a swatch and the colour depth it needs.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the colour themes, with a swatch of each.")

    func run() throws {
        Output.ignoreBrokenPipes()
        let catalog = ThemeCatalog.standard(shipped: BundledThemes.url)
        let depth = Output.isTerminal ? ThemeSwatch.depthFromEnvironment() : .monochrome
        let entries = catalog.entries()
        let nameWidth = max(8, entries.map(\.name.count).max() ?? 0)
        for entry in entries {
            let name = TextSanitizer.cleanLine(entry.name).padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            do {
                let theme = try catalog.load(entry.path)
                let swatch = depth == .monochrome ? "" : ThemeSwatch.swatch(theme, depth: depth) + "  "
                Output.raw("\(name)  \(swatch)needs \(theme.depthNeeded.label.padding(toLength: 13, withPad: " ", startingAt: 0))  \(TextSanitizer.cleanLine(theme.description))")
            } catch {
                Output.raw("\(name)  broken: \(error.description)")
            }
        }
        Output.flush()
    }
}
