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
        let depth = Output.isTerminal ? TerminalColors.depthFromEnvironment() : .monochrome
        let entries = catalog.entries()
        let nameWidth = max(8, entries.map(\.name.count).max() ?? 0)
        for entry in entries {
            let name = TextSanitizer.cleanLine(entry.name).padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            do {
                let theme = try catalog.load(entry.path)
                let swatch = depth == .monochrome ? "" : TerminalColors.swatch(theme, depth: depth) + "  "
                Output.raw("\(name)  \(swatch)needs \(theme.depthNeeded.label.padding(toLength: 13, withPad: " ", startingAt: 0))  \(TextSanitizer.cleanLine(theme.description))")
            } catch {
                Output.raw("\(name)  broken: \(error.description)")
            }
        }
        Output.flush()
    }
}

/// SGR escapes for `lede themes`, whose swatches are lede's own output, not file text.
enum TerminalColors {
    static func depthFromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ColorDepth {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let term = environment["TERM"] ?? ""
        let colorTerm = environment["COLORTERM"] ?? ""
        let colors = term.contains("256") || term.contains("direct") ? 256 : term.isEmpty || term == "dumb" ? 0 : 8
        return ColorDepth.detect(colors: colors, directColor: colorTerm == "truecolor" || colorTerm == "24bit", noColor: noColor)
    }

    static func swatch(_ theme: Theme, depth: ColorDepth) -> String {
        let samples: [(Role, String)] = [(.header, " head "), (.listSelected, " sel "), (.listDate, " date "),
                                         (.link, " link "), (.topic, " topic "), (.searchMatch, " match ")]
        return samples.map { role, text in sgr(theme.terminalStyle(role, depth: depth)) + text + "\u{1B}[0m" }.joined()
    }

    static func sgr(_ style: TerminalStyle) -> String {
        var codes: [String] = ["0"]
        let attributeCodes: [(TextAttributes, String)] = [(.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7")]
        for (attribute, code) in attributeCodes where style.attributes.contains(attribute) { codes.append(code) }
        if let foreground = style.foreground { codes.append(color(foreground, base: 30)) }
        if let background = style.background { codes.append(color(background, base: 40)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func color(_ color: TerminalColor, base: Int) -> String {
        switch color {
        case .terminalDefault: return String(base + 9)
        case .index(let index) where index < 8: return String(base + index)
        case .index(let index) where index < 16: return String(base + 60 + index - 8)
        case .index(let index): return "\(base + 8);5;\(index)"
        case .rgb(let red, let green, let blue): return "\(base + 8);2;\(red);\(green);\(blue)"
        }
    }
}
