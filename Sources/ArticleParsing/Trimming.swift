import Foundation

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
