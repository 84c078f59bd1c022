/// How many colours a terminal offers, from none to 24-bit.
public enum ColorDepth: Int, Sendable, Comparable, CaseIterable {
    case monochrome = 0
    case eight = 8
    case sixteen = 16
    case palette256 = 256
    case direct = 16_777_216

    public static func < (left: ColorDepth, right: ColorDepth) -> Bool { left.rawValue < right.rawValue }

    /// The depth of a terminal reporting `colors` colours (ncurses' COLORS), honouring
    /// `NO_COLOR` and `--monochrome`.
    public static func detect(colors: Int, directColor: Bool, noColor: Bool) -> ColorDepth {
        if noColor || colors < 8 { return .monochrome }
        if directColor { return .direct }
        if colors >= 256 { return .palette256 }
        if colors >= 16 { return .sixteen }
        return .eight
    }

    public var label: String {
        switch self {
        case .monochrome: return "no colour"
        case .eight: return "8 colours"
        case .sixteen: return "16 colours"
        case .palette256: return "256 colours"
        case .direct: return "24-bit colour"
        }
    }
}

/// A colour the terminal can show: its own default, a palette index, or 24-bit RGB.
public enum TerminalColor: Sendable, Hashable {
    case terminalDefault
    case index(Int)
    case rgb(red: Int, green: Int, blue: Int)
}

/// Maps theme colours down to what a terminal offers: the nearest entry of the 256-colour
/// cube or grey ramp, else of the 16 ANSI colours, else of the first 8.
public enum ColorMapping {
    /// The xterm default RGB values of the 16 ANSI colours, used to measure distances.
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// nil means "no colour": the terminal shows attributes only.
    public static func map(_ color: ThemeColor, to depth: ColorDepth) -> TerminalColor? {
        if depth == .monochrome { return nil }
        switch color {
        case .terminalDefault:
            return .terminalDefault
        case .ansi(let index):
            if index < 8 || depth >= .sixteen { return .index(index) }
            return .index(index - 8)
        case .indexed(let index):
            if depth >= .palette256 { return .index(index) }
            let (red, green, blue) = rgb(ofPaletteIndex: index)
            return .index(nearestANSI(red, green, blue, count: depth == .eight ? 8 : 16))
        case .rgb(let red, let green, let blue):
            switch depth {
            case .direct: return .rgb(red: red, green: green, blue: blue)
            case .palette256: return .index(nearest256(red, green, blue))
            case .sixteen: return .index(nearestANSI(red, green, blue, count: 16))
            default: return .index(nearestANSI(red, green, blue, count: 8))
            }
        }
    }

    /// The palette entry of the 6×6×6 cube or the 24-step grey ramp closest to an RGB colour.
    public static func nearest256(_ red: Int, _ green: Int, _ blue: Int) -> Int {
        func cubeStep(_ value: Int) -> Int {
            value < 48 ? 0 : value < 115 ? 1 : (value - 35) / 40
        }
        let (r, g, b) = (cubeStep(red), cubeStep(green), cubeStep(blue))
        let cubeIndex = 16 + 36 * r + 6 * g + b
        let cubeDistance = distance((cubeLevels[r], cubeLevels[g], cubeLevels[b]), (red, green, blue))
        let average = (red + green + blue) / 3
        let greyStep = average > 238 ? 23 : max(0, (average - 3) / 10)
        let greyLevel = 8 + 10 * greyStep
        let greyDistance = distance((greyLevel, greyLevel, greyLevel), (red, green, blue))
        return greyDistance < cubeDistance ? 232 + greyStep : cubeIndex
    }

    public static func nearestANSI(_ red: Int, _ green: Int, _ blue: Int, count: Int) -> Int {
        var best = 0
        var bestDistance = Int.max
        for index in 0..<count {
            let candidate = distance(ansiRGB[index], (red, green, blue))
            if candidate < bestDistance {
                best = index
                bestDistance = candidate
            }
        }
        return best
    }

    static func rgb(ofPaletteIndex index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16: return ansiRGB[index]
        case 16..<232:
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        default:
            let level = 8 + 10 * (index - 232)
            return (level, level, level)
        }
    }

    /// Squared distance weighted for the eye's sensitivity (a cheap "redmean" approximation).
    static func distance(_ left: (Int, Int, Int), _ right: (Int, Int, Int)) -> Int {
        let meanRed = (left.0 + right.0) / 2
        let red = left.0 - right.0, green = left.1 - right.1, blue = left.2 - right.2
        return (((512 + meanRed) * red * red) >> 8) + 4 * green * green + (((767 - meanRed) * blue * blue) >> 8)
    }
}
