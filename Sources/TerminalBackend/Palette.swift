import CNcursesw
import ReaderUI

/// The terminal's look for each role under one theme: attributes plus a colour pair, with
/// colours mapped to what the terminal offers. Pairs are allocated on first use and
/// shared by roles with the same colours; when the terminal runs out, roles fall back to
/// the default pair and keep their attributes.
final class Palette {
    let theme: Theme
    let depth: ColorDepth
    private var looks: [Role: (attr_t, Int32)] = [:]
    private var sgrs: [Role: String] = [:]
    private var pairs: [PairKey: Int32] = [:]
    private let pairLimit: Int32

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    init(theme: Theme, depth: ColorDepth) {
        self.theme = theme
        self.depth = depth
        pairLimit = depth == .monochrome ? 0 : Int32(max(0, lede_color_pairs() - 1))
    }

    /// Attributes and colour pair for cells of `role`.
    func look(for role: Role) -> (attributes: attr_t, pair: Int32) {
        if let look = looks[role] { return look }
        let style = theme.terminalStyle(role, depth: depth)
        var attributes = lede_a_normal()
        if style.attributes.contains(.bold) { attributes |= lede_a_bold() }
        if style.attributes.contains(.dim) { attributes |= lede_a_dim() }
        if style.attributes.contains(.italic) { attributes |= lede_a_italic() }
        if style.attributes.contains(.underline) { attributes |= lede_a_underline() }
        if style.attributes.contains(.reverse) { attributes |= lede_a_reverse() }
        let look = (attributes, pair(style.foreground, style.background))
        looks[role] = look
        return look
    }

    /// The same look as an SGR sequence, for text written past curses (hyperlinks).
    func sgr(for role: Role) -> String {
        if let sgr = sgrs[role] { return sgr }
        let sgr = ThemeSwatch.sgr(theme.terminalStyle(role, depth: depth))
        sgrs[role] = sgr
        return sgr
    }

    private func pair(_ foreground: TerminalColor?, _ background: TerminalColor?) -> Int32 {
        let key = PairKey(foreground: number(foreground), background: number(background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let next = Int32(pairs.count + 1)
        guard next <= pairLimit, lede_init_pair(next, key.foreground, key.background) == OK else { return 0 }
        pairs[key] = next
        return next
    }

    /// ncurses' colour number: -1 is the terminal's default (after use_default_colors),
    /// and a direct-colour terminal takes 0xRRGGBB.
    private func number(_ color: TerminalColor?) -> Int32 {
        switch color {
        case nil, .terminalDefault?: return -1
        case .index(let index)?: return Int32(index)
        case .rgb(let red, let green, let blue)?: return Int32(red << 16 | green << 8 | blue)
        }
    }
}
