/// What lede actually draws for one grapheme cluster, and how many columns it takes.
///
/// Terminals draw an emoji ZWJ sequence, a skin-toned emoji or a flag as one 2-column
/// picture, while ncurses adds up `wcwidth` per code point (`👍🏽` = 4, `🇺🇸` = 2 cells of
/// 1). To keep every column where lede thinks it is, such clusters are normalised here,
/// in this one tested place, into something both sides agree on:
/// - emoji sequences keep their first emoji only (`👨‍👩‍👧` → `👨`, `👍🏽` → `👍`, `1️⃣` → `1`,
///   `❤️` → `❤`, a subdivision flag → `🏴`);
/// - regional-indicator flags become their two capital letters (`🇺🇸` → `US`);
/// - controls become a space; variation selectors are dropped.
public struct Glyph: Hashable, Sendable {
    /// The scalars to draw: one spacing scalar, possibly followed by zero-width ones,
    /// or (rarely, for clusters such as Indic conjuncts) several spacing scalars in a row.
    public let text: String
    /// Columns taken: the sum of `DisplayWidth.of(scalar:)` over `text`.
    public let width: Int

    public init(_ character: Character) {
        if let ascii = character.asciiValue {
            let printable = ascii >= 0x20 && ascii != 0x7F
            text = printable ? String(character) : " "
            width = 1
            return
        }
        let view = character.unicodeScalars
        if view.index(after: view.startIndex) == view.endIndex {
            // One scalar (most CJK text): no sequence to normalise, nothing to allocate.
            let scalar = view[view.startIndex]
            let scalarWidth = DisplayWidth.of(scalar: scalar)
            if Glyph.isRegionalIndicator(scalar) {
                text = String(Unicode.Scalar(scalar.value - 0x1F1E6 + 0x41)!)
                width = 1
            } else if scalarWidth == 0 {
                text = ""
                width = 0
            } else {
                text = String(character)
                width = scalarWidth
            }
            return
        }
        let kept = Glyph.normalise(Array(view))
        var drawn = String.UnicodeScalarView()
        var columns = 0
        for scalar in kept {
            let scalarWidth = DisplayWidth.of(scalar: scalar)
            // A control or unassigned scalar would be -1 for wcwidth: never send it.
            if scalarWidth == 0 && !Glyph.isCombining(scalar) { continue }
            drawn.append(scalar)
            columns += scalarWidth
        }
        // Zero-width leftovers with nothing to sit on (a lone combining mark) draw nothing.
        if columns == 0 { drawn.removeAll() }
        text = String(drawn)
        width = columns
    }

    /// The scalars of a cluster reduced to what ncurses and terminals draw alike.
    static func normalise(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let first = scalars.first else { return [] }
        if isRegionalIndicator(first) {
            return scalars.filter(isRegionalIndicator).map { Unicode.Scalar($0.value - 0x1F1E6 + 0x41)! }
        }
        if scalars.count > 1, first.properties.isEmoji, isEmojiSequencePart(scalars[1]) {
            return [first]
        }
        return scalars.filter { !isVariationSelector($0) }
    }

    /// Scalars that only make sense inside an emoji sequence: selectors, skin tones,
    /// ZWJ, the keycap mark and tag characters.
    static func isEmojiSequencePart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFE0E, 0xFE0F, 0x1F3FB...0x1F3FF, 0x200D, 0x20E3, 0xE0020...0xE007F: return true
        default: return false
        }
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
    }

    /// Zero-width scalars ncurses can stack onto the previous cell.
    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return (0x1160...0x11FF).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value)
        }
    }
}
