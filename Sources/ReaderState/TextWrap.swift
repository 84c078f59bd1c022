/// Greedy word wrapping by display width.
///
/// Breaks at spaces; a word wider than the line (a URL, or CJK text, which has no
/// spaces) is broken between grapheme clusters, never inside one. Each line remembers
/// where in the source text it starts, so a reader can keep its place across re-wraps.
public enum TextWrap {
    /// One wrapped line: its text and the offset, in characters, where it starts.
    public struct Line: Equatable, Sendable {
        public var text: String
        public var offset: Int
    }

    /// `text` wrapped to `width` columns (at least 1). An empty text gives one empty line.
    /// Stops after `limit` lines, so a preview never lays out more than it shows.
    public static func wrap(_ text: String, width: Int, limit: Int = .max) -> [Line] {
        let width = max(1, width)
        var lines: [Line] = []
        var current = ""
        var currentWidth = 0
        var currentStart = 0
        var word = ""
        var wordWidth = 0
        var wordStart = 0
        var position = 0

        func flushLine() {
            lines.append(Line(text: current, offset: currentStart))
            current = ""
            currentWidth = 0
        }

        func placeWord() {
            guard !word.isEmpty else { return }
            let gap = currentWidth == 0 ? 0 : 1
            if currentWidth + gap + wordWidth <= width {
                if gap == 1 { current += " " }
                if currentWidth == 0 { currentStart = wordStart }
                current += word
                currentWidth += gap + wordWidth
            } else {
                if currentWidth > 0 { flushLine() }
                if wordWidth <= width {
                    current = word
                    currentWidth = wordWidth
                    currentStart = wordStart
                } else {
                    breakLongWord()
                }
            }
            word = ""
            wordWidth = 0
        }

        /// Splits an over-long word across lines, leaving its tail as the current line.
        func breakLongWord() {
            var offset = wordStart
            currentStart = offset
            for character in word {
                let glyphWidth = Glyph(character).width
                if currentWidth + glyphWidth > width && currentWidth > 0 {
                    flushLine()
                    currentStart = offset
                }
                current.append(character)
                currentWidth += glyphWidth
                offset += 1
            }
        }

        for character in text {
            if lines.count >= limit { return Array(lines.prefix(limit)) }
            if character == " " || character == "\n" {
                placeWord()
                if character == "\n" {
                    flushLine()
                    currentStart = position + 1
                }
            } else {
                if word.isEmpty { wordStart = position }
                word.append(character)
                wordWidth += Glyph(character).width
            }
            position += 1
        }
        placeWord()
        if currentWidth > 0 || lines.isEmpty { flushLine() }
        return Array(lines.prefix(limit))
    }
}
