/// Builds front matter line by line, quoting scalars the way real cards mix them.
struct YAMLText {
    enum Quoting {
        case double
        case single
        /// Plain when YAML would read the text back unchanged, else double-quoted.
        case plain
    }

    private(set) var text = ""

    init(capacity: Int) {
        text.reserveCapacity(capacity)
    }

    mutating func line(_ raw: String) {
        text += raw
        text += "\n"
    }

    mutating func blank() {
        text += "\n"
    }

    /// `key: value` at `indent`, with `- ` instead of the last two spaces when `item`.
    mutating func pair(_ key: String, _ value: String, indent: Int = 0, item: Bool = false, quoting: Quoting = .double) {
        text += prefix(indent: indent, item: item)
        text += key
        text += ": "
        text += YAMLText.scalar(value, quoting)
        text += "\n"
    }

    /// `key: value` with the value written as is: numbers, dates and booleans, which cards
    /// leave unquoted and YAML must then resolve.
    mutating func raw(_ key: String, _ value: String, indent: Int = 0, item: Bool = false) {
        line(prefix(indent: indent, item: item) + "\(key): \(value)")
    }

    mutating func key(_ key: String, indent: Int = 0, item: Bool = false) {
        line(prefix(indent: indent, item: item) + "\(key):")
    }

    mutating func listItem(_ value: String, indent: Int, quoting: Quoting = .plain) {
        line(String(repeating: " ", count: indent) + "- " + YAMLText.scalar(value, quoting))
    }

    private func prefix(indent: Int, item: Bool) -> String {
        item ? String(repeating: " ", count: indent - 2) + "- " : String(repeating: " ", count: indent)
    }

    static func scalar(_ value: String, _ quoting: Quoting) -> String {
        switch quoting {
        case .single:
            return "'" + value.replacingAll(UInt8(ascii: "'"), with: "''") + "'"
        case .plain where isSafePlain(value):
            return value
        case .double, .plain:
            let escaped = value.replacingAll(UInt8(ascii: "\\"), with: "\\\\").replacingAll(UInt8(ascii: "\""), with: "\\\"")
            return "\"" + escaped + "\""
        }
    }

    private static let plainStarters = Set("-?:,[]{}#&*!|>'\"%@`".utf8)

    /// Text that stays a string, unchanged, when written without quotes.
    static func isSafePlain(_ value: String) -> Bool {
        let bytes = value.utf8
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20, last != 0x3A,
              !plainStarters.contains(first), !(0x30...0x39).contains(first) else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            // `: ` starts a mapping value and ` #` a comment; tabs are refused by the fast scanner.
            if byte == 0x09 || (previous == 0x3A && byte == 0x20) || (previous == 0x20 && byte == 0x23) { return false }
            previous = byte
        }
        // Words YAML resolves to null or booleans.
        return !["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(value.lowercased())
    }
}

private extension String {
    /// Byte-wise: every target here is ASCII, and card text runs to kilobytes.
    func replacingAll(_ target: UInt8, with replacement: String) -> String {
        guard utf8.contains(target) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if byte == target { bytes.append(contentsOf: replacement.utf8) } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
