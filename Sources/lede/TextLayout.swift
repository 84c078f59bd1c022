/// Display-width helpers for the line-oriented commands.
enum TextLayout {
    static func width(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200D || (0xFE00...0xFE0F).contains(value) { return 0 }
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value) || (0x1F900...0x1F9FF).contains(value)
            || (0x20000...0x3FFFD).contains(value) || (0x1F680...0x1F6FF).contains(value) {
            return 2
        }
        return 1
    }

    static func width(_ character: Character) -> Int {
        character.unicodeScalars.first.map { width($0) } ?? 0
    }

    static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + width($1) }
    }

    /// Cuts `text` to at most `columns` display columns, ending in `…` when cut.
    static func truncate(_ text: String, to columns: Int) -> String {
        guard width(text) > columns else { return text }
        guard columns > 1 else { return columns == 1 ? "…" : "" }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = width(character)
            if used + characterWidth > columns - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    static func pad(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return cut + String(repeating: " ", count: max(0, columns - width(cut)))
    }

    /// Greedy word wrap to `columns`; words wider than a line are split.
    static func wrap(_ text: String, to columns: Int, indent: String = "") -> [String] {
        let available = max(1, columns - width(indent))
        var lines: [String] = []
        var current = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = width(word)
            if used > 0 && used + 1 + wordWidth <= available {
                current += " " + word
                used += 1 + wordWidth
                continue
            }
            if used > 0 {
                lines.append(indent + current)
                current = ""
                used = 0
            }
            while wordWidth > available {
                var head = ""
                var headWidth = 0
                for character in word {
                    let characterWidth = width(character)
                    if headWidth + characterWidth > available { break }
                    head.append(character)
                    headWidth += characterWidth
                }
                if head.isEmpty { break }
                lines.append(indent + head)
                word = String(word.dropFirst(head.count))
                wordWidth = width(word)
            }
            current = word
            used = wordWidth
        }
        if !current.isEmpty { lines.append(indent + current) }
        return lines
    }
}
