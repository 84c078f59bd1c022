import Foundation
@testable import ReaderState
import CorpusStore
import Testing

struct TextFoldingTests {
    private func folded(_ text: String) -> String { String(decoding: TextFolding.fold(text), as: UTF8.self) }

    @Test func caseDiacriticsAndSeparators() {
        #expect(folded("Résumé") == "resume")
        #expect(folded("  ¡Hola, SEÑOR!  ") == "hola senor")
        #expect(folded("Straße Œuvre Łódź") == "strasse oeuvre lodz")
        #expect(folded("e\u{301}te\u{301}") == "ete")
        #expect(folded("AI—and… “ML” 2.0") == "ai and ml 2 0")
        #expect(folded("ΑΘΗΝΑ 東京") == "αθηνα 東京")
        #expect(folded("...") == "")
        #expect(folded("") == "")
    }

    /// The byte-at-a-time folding agrees with a plain one written scalar by scalar, on
    /// random mixes of ASCII, Latin letters, marks, punctuation and other scripts, long
    /// enough to make the output buffer grow.
    @Test func agreesWithAPlainFolding() {
        // Ⱥ and Ⱦ lowercase to longer UTF-8 (2 bytes to 3), so text rich in them makes the
        // output outgrow the room reserved from the input's length.
        let alphabet: [String] = ["a", "Z", "7", " ", ".", "-", "\n", "é", "Ö", "ß", "Æ", "\u{301}", "İ", "Σ", "ς", "ж",
                                  "東", "😀", "…", "\u{00A0}", "ǅ", "Ⅻ", "²", "ﬁ", "\t", "'", "Ⱥ", "Ⱦ"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let length = Int.random(in: 0..<(Bool.random(using: &generator) ? 12 : 6000), using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            #expect(TextFolding.fold(text) == plainFold(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Folding onto a buffer that already holds text, from the smallest capacity: the
    /// buffer grows as often as it must, earlier bytes stay, and `floor` decides whether
    /// a leading separator becomes a space.
    @Test func foldingAppendsGrowingTheBufferAndHonoursTheFloor() {
        let output = ByteBuffer(capacity: 0)
        TextFolding.fold("Title", into: output, floor: 0)
        let widened = String(repeating: "Ⱥ", count: 3000)
        TextFolding.fold(" \(widened)!", into: output, floor: 0)
        #expect(output.array == Array("title".utf8) + [0x20] + Array(String(repeating: "ⱥ", count: 3000).utf8))
        let fresh = output.count
        TextFolding.fold("...Next", into: output, floor: fresh)
        #expect(Array(output.array[fresh...]) == Array("next".utf8), "nothing before the first word past the floor")
        TextFolding.fold("...After", into: output, floor: fresh)
        #expect(String(decoding: output.array[fresh...], as: UTF8.self) == "next after")
    }

    private func plainFold(_ text: String) -> [UInt8] {
        let special: [UInt32: String] = [0xDF: "ss", 0xC6: "ae", 0xE6: "ae", 0x152: "oe", 0x153: "oe", 0xD8: "o", 0xF8: "o",
                                         0x141: "l", 0x142: "l", 0xD0: "d", 0xF0: "d", 0x110: "d", 0x111: "d", 0xDE: "th", 0xFE: "th"]
        var output: [UInt8] = []
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { continue }
            let isWordScalar = scalar.isASCII
                ? ("a"..."z").contains(Character(scalar)) || ("A"..."Z").contains(Character(scalar)) || ("0"..."9").contains(Character(scalar))
                : properties.isAlphabetic || properties.numericType != nil
            guard isWordScalar else {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(0x20) }
            pendingSpace = false
            var piece: String
            if let text = special[scalar.value] {
                piece = text
            } else if (0xC0...0x24F).contains(scalar.value) {
                let base = String(scalar).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars
                    .filter { $0.properties.generalCategory != .nonspacingMark }
                piece = base.allSatisfy(\.isASCII) && !base.isEmpty ? String(String.UnicodeScalarView(base)) : properties.lowercaseMapping
            } else {
                piece = properties.lowercaseMapping
            }
            output += Array(piece.utf8)
        }
        return output
    }
}
