@testable import ArticleParsing
import CorpusGenerator
import Foundation
import Testing

/// The reader's byte-level shortcuts, each held to the plain definition it stands in for:
/// the standard library's UTF-8 check, Character trimming, a byte-by-byte scan, line-by-line
/// paragraphs, and the key names.
@Suite(.timeLimit(.minutes(3)))
struct ByteShortcutTests {
    /// Bytes that make UTF-8 interesting: ASCII, continuation bytes, every lead byte class,
    /// the edges of the overlong, surrogate and past-U+10FFFF ranges.
    static let utf8Bytes: [UInt8] = [0x41, 0x0A, 0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                     0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]

    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var inputs: [[UInt8]] = []
        for first in Self.utf8Bytes {
            for second in Self.utf8Bytes {
                for third in Self.utf8Bytes { inputs.append([first, second, third]) }
            }
        }
        var random = SplitMix64(seed: 5)
        for _ in 0..<20_000 {
            let length = random.int(below: 24)
            inputs.append((0..<length).map { _ in Self.utf8Bytes[random.int(below: Self.utf8Bytes.count)] })
        }
        for sequence in inputs {
            // Inside ASCII words, so the eight-byte path is crossed at every offset.
            for padding in [0, 5, 8] {
                let bytes = Array(repeating: 0x61, count: padding) + sequence + Array(repeating: 0x62, count: padding)
                let expected = String(validating: bytes, as: UTF8.self) != nil
                #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == expected, "\(bytes)")
                #expect((UTF8Validation.firstInvalidOffset(bytes) == nil) == expected, "\(bytes)")
            }
        }
    }

    @Test func cardKeysAreToldApartByTheirNames() throws {
        #expect(CardKey.allCases.count == 22)
        for key in CardKey.allCases {
            let name = String(describing: key)
            #expect(CardKey(name) == key)
            // At the end of a buffer (read byte by byte) and with room after it (read by words).
            let padded = Array(name.utf8) + Array(repeating: 0x3A, count: 32)
            padded.withUnsafeBufferPointer { buffer in
                #expect(CardKey(in: buffer, at: 0..<name.utf8.count) == key)
                #expect(CardKey(in: buffer, at: 0..<(name.utf8.count - 1)) == nil)
                #expect(CardKey(in: buffer, at: 0..<(name.utf8.count + 1)) == nil)
            }
            #expect(CardKey(name.uppercased()) == nil)
            #expect(CardKey(String(name.dropLast()) + "_") == nil)
            #expect(CardKey(name + " ") == nil)
            var packed: (UInt64, UInt64, UInt64) = (0, 0, 0)
            for (index, byte) in name.utf8.enumerated() {
                let bits = UInt64(byte) << (8 * (index % 8))
                switch index / 8 {
                case 0: packed.0 |= bits
                case 1: packed.1 |= bits
                default: packed.2 |= bits
                }
            }
            #expect(key.spelling == packed, "\(name)'s spelling")
        }
    }

    /// Scalars that decide trimming by Characters: blanks, marks that join a blank, a prepended
    /// mark, scalars canonically equal to ASCII, dashes, and plain letters.
    static let trimmingScalars: [String] = [" ", "\t", "\n", "\u{00A0}", "\u{0301}", "\u{200D}", "\u{0600}", "\u{212A}", "K",
                                            "\u{037E}", ";", "\u{1FEF}", "`", "–", "—", "-", ".", ":", "!", ",", "a", "é", "中", "\r"]

    @Test func trimmingAgreesWithCharacterTrimming() {
        var random = SplitMix64(seed: 8)
        let sets = [TrimSet.blanks, TrimSet.whitespace, TrimSet(".:!"), TrimSet(",;:-–—")]
        for _ in 0..<20_000 {
            let text = (0..<random.int(below: 6)).map { _ in Self.trimmingScalars[random.int(below: Self.trimmingScalars.count)] }.joined()
            for set in sets {
                let characters = Array(text)
                let kept = characters.drop { set.characters.contains($0) }.reversed().drop { set.characters.contains($0) }.reversed()
                let expected = String(kept)
                #expect(text.trimming(set) == expected, "\(text.debugDescription) in \(set.characters.debugDescription)")
                #expect(text[...].trimming(set) == expected, "\(text.debugDescription) as a Substring")
            }
        }
    }

    @Test func needsCleaningAgreesWithAByteByByteScan() {
        var random = SplitMix64(seed: 13)
        let pieces = ["a", "abcdefgh", " ", "\t", "\n", "\r", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{A0}", "é", "\u{200E}",
                      "\u{202A}",
                      "\u{202E}", "\u{2066}", "\u{2069}", "\u{2028}", "\u{061C}", "\u{FEFF}", "\u{FFFD}", "“", "中", "😀"]
        for _ in 0..<20_000 {
            let text = (0..<random.int(below: 12)).map { _ in pieces[random.int(below: pieces.count)] }.joined()
            #expect(TextSanitizer.needsCleaning(text) == Self.needsCleaningByBytes(Array(text.utf8)), "\(text.debugDescription)")
        }
    }

    /// The definition, one byte at a time.
    static func needsCleaningByBytes(_ bytes: [UInt8]) -> Bool {
        for (index, byte) in bytes.enumerated() {
            if (byte >= 0x20 && byte < 0x7F) || byte == 0x0A { continue }
            if byte < 0x80 { return true }
            let previous = index > 0 ? bytes[index - 1] : 0
            let beforePrevious = index > 1 ? bytes[index - 2] : 0
            if previous == 0xC2 && (0x80...0x9F).contains(byte) { return true }
            if beforePrevious == 0xE2 && previous == 0x80 && (byte == 0x8E || byte == 0x8F || (0xAA...0xAE).contains(byte)) { return true }
            if beforePrevious == 0xE2 && previous == 0x81 && (0xA6...0xA9).contains(byte) { return true }
            if previous == 0xD8 && byte == 0x9C { return true }
            if beforePrevious == 0xEF && previous == 0xBB && byte == 0xBF { return true }
        }
        return false
    }

    @Test func paragraphsFromBytesAgreeWithParagraphsFromLines() {
        var random = SplitMix64(seed: 21)
        let pieces = ["word", " ", "\t", "\u{00A0}", "\u{0301}", " \u{0301}", "\u{0600}", "é", "“x”", "\r", "", "中文",
                      "\u{00A0}\u{0301}"]
        for _ in 0..<5_000 {
            let lines = (0..<random.int(below: 8)).map { _ in
                (0..<random.int(below: 4)).map { _ in pieces[random.int(below: pieces.count)] }.joined()
            }
            let text = lines.joined(separator: random.int(below: 2) == 0 ? "\n" : "\r\n")
            Array(text.utf8).withUnsafeBufferPointer { buffer in
                let file = SourceFile(buffer)
                let lineTexts = file.lineTexts(from: file.start)
                #expect(Paragraphs.read(file, from: file.start, isValidUTF8: true) == PlainTextRules.paragraphs(lineTexts),
                        "\(text.debugDescription)")
                // A listing reads lines up to the first of spaces and tabs alone after some text.
                var firstLines: [String] = []
                for line in lineTexts {
                    if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                        if firstLines.isEmpty { continue } else { break }
                    }
                    firstLines.append(line)
                }
                let firstParagraphs = Paragraphs.read(file, from: file.start, isValidUTF8: true, firstOnly: true)
                #expect(firstParagraphs == PlainTextRules.paragraphs(firstLines), "\(text.debugDescription), first paragraph")
            }
        }
    }
}
