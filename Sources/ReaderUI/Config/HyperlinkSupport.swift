import Foundation

/// The config file's `hyperlinks` switch.
public enum HyperlinkSetting: Sendable, Equatable {
    /// On where the terminal is known to show OSC 8 hyperlinks (`HyperlinkSupport`).
    case auto
    case on
    case off
}

/// Whether to send OSC 8 hyperlinks, decided from the environment the reader runs in.
///
/// A terminal that does not know OSC 8 should ignore it, but some print it as junk (the
/// Linux console, older emulators), so `auto` turns hyperlinks on only where they are
/// known to work and leaves them off when unsure:
/// - off on the Linux console and dumb terminals, whatever else the environment says;
/// - inside tmux, on from tmux 3.4, the first to pass OSC 8 on (`TERM_PROGRAM_VERSION`,
///   set by tmux 3.2 and later); older or unknown versions drop the sequences, so off;
/// - inside GNU screen, off (it does not pass them on);
/// - on for VTE 0.50 and later (`VTE_VERSION` ≥ 5000: GNOME Terminal, Tilix…), iTerm2,
///   WezTerm, VS Code, Ghostty (`TERM_PROGRAM`), kitty (`KITTY_WINDOW_ID` or its TERM),
///   foot, Alacritty and WezTerm by TERM, and Windows Terminal (`WT_SESSION`);
/// - off otherwise (xterm, for one, shows no hyperlinks).
public enum HyperlinkSupport {
    public static func isOn(_ setting: HyperlinkSetting,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        switch setting {
        case .on: return true
        case .off: return false
        case .auto: return isKnownToWork(environment)
        }
    }

    static let programs: Set<String> = ["iTerm.app", "WezTerm", "vscode", "ghostty"]
    static let terms = ["xterm-kitty", "foot", "alacritty", "wezterm", "xterm-ghostty"]

    static func isKnownToWork(_ environment: [String: String]) -> Bool {
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "linux" || term == "dumb" { return false }
        if environment["TMUX"] != nil || environment["TERM_PROGRAM"] == "tmux" {
            guard environment["TERM_PROGRAM"] == "tmux", let version = tmuxVersion(environment["TERM_PROGRAM_VERSION"]) else {
                return false
            }
            return version >= (3, 4)
        }
        if environment["STY"] != nil || term.hasPrefix("screen") { return false }
        if let vte = environment["VTE_VERSION"].flatMap({ Int($0) }), vte >= 5000 { return true }
        if let program = environment["TERM_PROGRAM"], programs.contains(program) { return true }
        if environment["KITTY_WINDOW_ID"] != nil || environment["WT_SESSION"] != nil { return true }
        return terms.contains { term == $0 || term.hasPrefix($0 + "-") }
    }

    /// `3.4` → (3, 4); `3.3a` → (3, 3); `next-3.5` → (3, 5); nil when unreadable.
    static func tmuxVersion(_ text: String?) -> (major: Int, minor: Int)? {
        guard let text else { return nil }
        let numbers = text.drop { !$0.isNumber }.prefix { $0.isNumber || $0 == "." }
        let parts = numbers.split(separator: ".").compactMap { Int($0) }
        return parts.count >= 2 ? (parts[0], parts[1]) : nil
    }
}
