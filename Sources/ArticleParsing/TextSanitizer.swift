import Foundation

/// Removes everything in untrusted text that a terminal would act on rather than print:
/// C0/C1 controls, DEL, escape sequences (CSI, OSC, DCS and friends) and bidi overrides.
public enum TextSanitizer {
    /// Cleans `text`, keeping newlines and turning tabs into spaces.
    public static func clean(_ text: String) -> String {
        if !needsCleaning(text) { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x0A:
                output.append(scalar)
            case 0x09:
                output.append(" ")
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipControlString(&scalars)
            default:
                if !isStripped(scalar.value) { output.append(scalar) }
            }
        }
        return String(output)
    }

    /// Cleans text meant for one line: newlines become spaces as well.
    public static func cleanLine(_ text: String) -> String {
        let cleaned = clean(text)
        guard containsLineFeed(cleaned) else { return cleaned }
        return String(cleaned.map { $0 == "\n" ? " " : $0 })
    }

    /// True when `text` holds anything `clean` would change; a quick byte scan, so clean
    /// text costs no allocation.
    public static func needsCleaning(_ text: String) -> Bool {
        let utf8 = text.utf8
        if let answer = utf8.withContiguousStorageIfAvailable(needsCleaning) { return answer }
        return Array(utf8).withUnsafeBufferPointer(needsCleaning)
    }

    private static func containsLineFeed(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x0A, bytes.count) != nil
        } ?? text.utf8.contains(0x0A)
    }

    private static func needsCleaning(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var wordStart = 0
        while wordStart < bytes.count {
            let wordEnd = min(wordStart + 8, bytes.count)
            if wordEnd - wordStart == 8 {
                let word = UnsafeRawPointer(base + wordStart).loadUnaligned(as: UInt64.self)
                // Eight printable ASCII bytes, nearly all text: no byte below 0x20 (exact, as
                // a borrow only starts at such a byte) and none from 0x7F up.
                if ((word &- ones &* 0x20) & ~word | (word &+ ones) | word) & highs == 0 {
                    wordStart = wordEnd
                    continue
                }
            }
            for index in wordStart..<wordEnd where needsCleaning(bytes, at: index) { return true }
            wordStart = wordEnd
        }
        return false
    }

    /// Whether the byte at `index` is, or ends, something `clean` removes.
    private static func needsCleaning(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F { return false }
        if byte == 0x0A { return false }
        if byte < 0x80 { return true }
        let previous = index > 0 ? bytes[index - 1] : 0
        let beforePrevious = index > 1 ? bytes[index - 2] : 0
        // C1 controls are U+0080–U+009F: C2 80 … C2 9F in UTF-8.
        if previous == 0xC2 && byte >= 0x80 && byte <= 0x9F { return true }
        // Bidi controls live in E2 80 8E–8F, E2 80 AA–AE and E2 81 A6–A9; ALM is D8 9C; BOM is EF BB BF.
        if beforePrevious == 0xE2 && previous == 0x80 && (byte == 0x8E || byte == 0x8F || (0xAA...0xAE).contains(byte)) {
            return true
        }
        if beforePrevious == 0xE2 && previous == 0x81 && (0xA6...0xA9).contains(byte) { return true }
        if previous == 0xD8 && byte == 0x9C { return true }
        if beforePrevious == 0xEF && previous == 0xBB && byte == 0xBF { return true }
        return false
    }

    private static func isStripped(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF: return true
        default: return false
        }
    }

    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[": skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_": skipControlString(&scalars)
        default:
            // Two-character escapes (ESC c, ESC 7, ESC ( B …): intermediates then one final.
            var current = introducer
            while (0x20...0x2F).contains(current.value), let next = scalars.next() { current = next }
        }
    }

    /// CSI: parameters and intermediates up to one final byte in 0x40–0x7E.
    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            if (0x40...0x7E).contains(scalar.value) { return }
            if scalar.value < 0x20 || scalar.value > 0x7E { return }
        }
    }

    /// OSC/DCS/APC/PM: a string ended by BEL, ST (ESC \) or C1 ST.
    private static func skipControlString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x07, 0x9C: return
            case 0x1B:
                _ = scalars.next()
                return
            default: continue
            }
        }
    }
}

/// Trimming by Characters, as lede's rules are written, answered from the end scalars
/// whenever that settles it: most text needs no trimming, and then nothing is built.
///
/// The sets trimmed are one-scalar Characters with no decomposition (blanks, no-break space,
/// ASCII punctuation, dashes). A Character can then be one of them only if it is that scalar
/// alone, or one of the three scalars Unicode maps canonically onto ASCII (U+212A KELVIN SIGN,
/// U+037E GREEK QUESTION MARK, U+1FEF GREEK VARIA), so an end scalar outside the set and
/// not one of those three keeps its end.
struct TrimSet {
    static let blanks = TrimSet(" \t\u{00A0}")
    static let whitespace = TrimSet(" \t\n")

    let characters: String
    /// The set's ASCII members, one bit each.
    private let ascii: (low: UInt64, high: UInt64)
    private let others: [Unicode.Scalar]

    init(_ characters: String) {
        self.characters = characters
        var ascii: (low: UInt64, high: UInt64) = (0, 0)
        for scalar in characters.unicodeScalars where scalar.isASCII {
            if scalar.value < 64 { ascii.low |= 1 << scalar.value } else { ascii.high |= 1 << (scalar.value - 64) }
        }
        self.ascii = ascii
        others = characters.unicodeScalars.filter { !$0.isASCII }
    }

    /// Whether a Character starting or ending with `scalar` may belong to the set.
    func mayHold(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 { return ascii.low & (1 << value) != 0 }
        if value < 128 { return ascii.high & (1 << (value - 64)) != 0 }
        return scalar == "\u{212A}" || scalar == "\u{037E}" || scalar == "\u{1FEF}" || others.contains(scalar)
    }
}

extension StringProtocol {
    func trimmingBlanks() -> String {
        trimming(.blanks)
    }

    func trimmingCharacters(in characters: String) -> String {
        trimming(TrimSet(characters))
    }

    func trimming(_ set: TrimSet) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !set.mayHold(first) && !set.mayHold(last) { return String(self) }
        return trimmingSlowly(set)
    }

    fileprivate func trimmingSlowly(_ set: TrimSet) -> String {
        guard let start = firstIndex(where: { !set.characters.contains($0) }) else { return "" }
        let end = lastIndex(where: { !set.characters.contains($0) })!
        return String(self[start...end])
    }
}

extension String {
    /// As `StringProtocol`'s, returning the string itself when nothing is trimmed (consumed,
    /// so handing it back costs no retain).
    consuming func trimmingBlanks() -> String {
        trimming(.blanks)
    }

    consuming func trimming(_ set: TrimSet) -> String {
        // The end bytes settle it for ASCII ends, without decoding a scalar.
        if let ends = utf8.withContiguousStorageIfAvailable({ ($0.first, $0.last) }), let first = ends.0, let last = ends.1,
           first < 0x80, last < 0x80, !set.mayHold(Unicode.Scalar(first)), !set.mayHold(Unicode.Scalar(last)) {
            return self
        }
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !set.mayHold(first) && !set.mayHold(last) { return self }
        return trimmingSlowly(set)
    }
}
