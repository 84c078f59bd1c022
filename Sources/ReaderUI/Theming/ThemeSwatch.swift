import Foundation

/// A theme's colours as SGR escapes, for `lede themes` (lede's own output, not file text),
/// and the colour depth the environment offers outside curses.
public enum ThemeSwatch {
    public static func depthFromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ColorDepth {
        let noColor = ConfigPaths.noColorRequested(environment)
        let term = environment["TERM"] ?? ""
        let colorTerm = environment["COLORTERM"] ?? ""
        let colors = term.contains("256") || term.contains("direct") ? 256 : term.isEmpty || term == "dumb" ? 0 : 8
        return ColorDepth.detect(colors: colors, directColor: colorTerm == "truecolor" || colorTerm == "24bit", noColor: noColor)
    }

    public static func swatch(_ theme: Theme, depth: ColorDepth) -> String {
        let samples: [(Role, String)] = [(.header, " head "), (.listSelected, " sel "), (.listDate, " date "),
                                         (.link, " link "), (.topic, " topic "), (.searchMatch, " match ")]
        return samples.map { role, text in sgr(theme.terminalStyle(role, depth: depth)) + text + "\u{1B}[0m" }.joined()
    }

    /// The SGR escape that sets `style` from a clean slate (also how the backend writes a
    /// hyperlink's cells in their own look).
    public static func sgr(_ style: TerminalStyle) -> String {
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
