import Foundation

/// Folds text for searching: lowercase, diacritics removed (`Résumé` → `resume`), every
/// run of spaces and punctuation kept as one space so phrases still line up.
public enum TextFolding {
    /// Folded UTF-8 of `text`, appended to `output`. A run of separators becomes one
    /// space, but only between words: never before the first byte written after `floor`.
    public static func fold(_ text: String, into output: ByteBuffer, floor: Int) {
        var text = text
        text.withUTF8 { fold($0, into: output, floor: floor) }
    }

    /// ASCII, nearly all of most text, is folded a byte at a time through a table into
    /// room reserved once; only other characters pay for Unicode properties. `bytes`
    /// must not point into `output`, whose storage moves when it grows.
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into output: ByteBuffer, floor: Int) {
        asciiTable.withUnsafeBufferPointer { table in
            // Folding ASCII never writes more bytes than it reads, so this much room is
            // enough until a non-ASCII character, after which it is made again.
            output.reserve(bytes.count + 1)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    let folded = table[Int(byte)]
                    if folded == 0 {
                        pendingSpace = output.count > floor
                    } else {
                        if pendingSpace { output.appendReserved(0x20) }
                        pendingSpace = false
                        output.appendReserved(folded)
                    }
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(bytes.count, index + length)
                var decoder = UTF8()
                var iterator = bytes[index..<end].makeIterator()
                index = end
                if case .scalarValue(let scalar) = decoder.decode(&iterator) {
                    foldScalar(scalar, into: output, pendingSpace: &pendingSpace, floor: floor)
                }
                output.reserve(bytes.count - index + 1)
            }
        }
    }

    private static func foldScalar(_ scalar: Unicode.Scalar, into output: ByteBuffer, pendingSpace: inout Bool, floor: Int) {
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark { return }
        guard properties.isAlphabetic || properties.numericType != nil else {
            pendingSpace = output.count > floor
            return
        }
        if pendingSpace { output.append(0x20) }
        pendingSpace = false
        if let base = latinBase(scalar.value) {
            output.append(contentsOf: base)
        } else if properties.changesWhenLowercased {
            output.append(contentsOf: properties.lowercaseMapping.utf8)
        } else {
            output.append(contentsOf: String(scalar).utf8)
        }
    }

    /// Each ASCII byte folded: letters lowercased, digits kept, 0 for everything that
    /// separates words.
    private static let asciiTable: [UInt8] = (0..<128).map { byte in
        switch byte {
        case 0x30...0x39, 0x61...0x7A: return UInt8(byte)
        case 0x41...0x5A: return UInt8(byte) | 0x20
        default: return 0
        }
    }

    public static func fold(_ text: String) -> [UInt8] {
        let output = ByteBuffer(capacity: text.utf8.count + 1)
        fold(text, into: output, floor: 0)
        return output.array
    }

    /// Latin letters with diacritics (U+00C0–U+024F) mapped to their lowercase base letters,
    /// worked out once from Unicode's canonical decompositions.
    private static let latinTable: [[UInt8]?] = (0xC0...0x24F).map { value -> [UInt8]? in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
        let base = decomposed.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
        let special: [Int: String] = [0xDF: "ss", 0xC6: "ae", 0xE6: "ae", 0x152: "oe", 0x153: "oe", 0xD8: "o", 0xF8: "o",
                                          0x141: "l", 0x142: "l", 0xD0: "d", 0xF0: "d", 0x110: "d", 0x111: "d", 0xDE: "th", 0xFE: "th"]
        if let text = special[value] { return Array(text.utf8) }
        guard base.allSatisfy({ $0.isASCII }), !base.isEmpty else { return nil }
        return Array(String(String.UnicodeScalarView(base)).utf8)
    }

    private static func latinBase(_ value: UInt32) -> [UInt8]? {
        guard value >= 0xC0, value <= 0x24F else { return nil }
        return latinTable[Int(value) - 0xC0]
    }
}
