/// Key names as configuration files write them: `j`, `Space`, `Down`, `PgDn`, `Ctrl-L`,
/// `Shift-Tab`, `F1` — the labels help shows, plus common spellings.
extension Key {
    private static let named: [String: Key] = [
        "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "backspace": .backspace,
        "delete": .delete, "del": .delete, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
        "↑": .up, "↓": .down, "←": .left, "→": .right,
    ]

    /// Parses a key name; nil when it names no key.
    public init?(name: String) {
        let lowered = name.lowercased()
        if name.count == 1, let character = name.first {
            self = .character(character)
        } else if let key = Self.named[lowered] {
            self = key
        } else if lowered.hasPrefix("ctrl-") || lowered.hasPrefix("c-"), let letter = lowered.split(separator: "-").last,
                  letter.count == 1, let character = letter.first, character.isLetter {
            self = .control(character)
        } else if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number) {
            self = .function(number)
        } else {
            return nil
        }
    }
}
