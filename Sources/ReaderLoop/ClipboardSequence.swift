import Foundation

/// The escape sequence that asks a terminal to put text on the clipboard (OSC 52, from
/// xterm; kitty, iTerm2, WezTerm, foot, Windows Terminal and tmux with `set-clipboard on`
/// honour it): no clipboard program is needed, and it works over ssh.
public enum ClipboardSequence {
    /// Terminals refuse (or cut) longer payloads; an address is far shorter.
    public static let longestText = 65_536

    /// `ESC ] 52 ; c ; <base64> BEL`, or nil when `text` is too long to send. Base64 keeps
    /// whatever the text holds from ever being read as a control.
    public static func osc52(_ text: String) -> [UInt8]? {
        let bytes = Data(text.utf8)
        guard bytes.count <= longestText else { return nil }
        return Array("\u{1B}]52;c;\(bytes.base64EncodedString())\u{07}".utf8)
    }
}
