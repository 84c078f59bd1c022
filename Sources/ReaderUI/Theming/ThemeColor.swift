/// A colour as a theme file names it.
public enum ThemeColor: Sendable, Hashable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 16 ANSI colours, 0–15.
    case ansi(Int)
    /// An index into the 256-colour palette.
    case indexed(Int)
    /// A 24-bit colour.
    case rgb(red: Int, green: Int, blue: Int)

    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan",
        "bright-white",
    ]

    /// Parses `default`, an ANSI name (`bright-red`, also `brightred` or `bright_red`),
    /// `#rrggbb`, or a palette index given as text.
    public init?(name: String) {
        let lowered = name.lowercased().replacingOccurrences(of: "_", with: "-")
        if lowered == "default" || lowered == "none" {
            self = .terminalDefault
        } else if let index = Self.ansiNames.firstIndex(of: lowered)
                    ?? Self.ansiNames.firstIndex(of: lowered.replacingOccurrences(of: "bright", with: "bright-")) {
            self = .ansi(index)
        } else if lowered == "gray" || lowered == "grey" {
            self = .ansi(8)
        } else if lowered.hasPrefix("#"), lowered.count == 7, let value = Int(lowered.dropFirst(), radix: 16) {
            self = .rgb(red: value >> 16, green: (value >> 8) & 0xFF, blue: value & 0xFF)
        } else if let index = Int(lowered), (0...255).contains(index) {
            self.init(index: index)
        } else {
            return nil
        }
    }

    /// A palette index: 0–15 are the ANSI colours.
    public init(index: Int) {
        self = index < 16 ? .ansi(index) : .indexed(index)
    }

    /// How a theme file would write this colour.
    public var name: String {
        switch self {
        case .terminalDefault: return "default"
        case .ansi(let index): return Self.ansiNames[index]
        case .indexed(let index): return String(index)
        case .rgb(let red, let green, let blue):
            return "#" + [red, green, blue].map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        }
    }

    /// The least colour depth that shows this colour as written.
    public var depthNeeded: ColorDepth {
        switch self {
        case .terminalDefault: return .monochrome
        case .ansi(let index): return index < 8 ? .eight : .sixteen
        case .indexed: return .palette256
        case .rgb: return .direct
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
