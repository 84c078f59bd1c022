import CorpusGenerator
@testable import CorpusStore
import Foundation
import Testing

/// The word cutter and term hash read eight bytes at a time; they must cut and hash
/// exactly as a plain byte-by-byte reading does (snapshots keep the hashes), wherever a
/// word lies against the end of the text.
@Suite struct TermWordsTests {
    @Test func wordsAreCutAndHashedAsAPlainReadingDoes() {
        var generator = SplitMix64(seed: 11)
        let letters = Array("abcdefghijklmnopqrstuvwxyzéü0123456789-'".utf8)
        let endings = ["s", "ss", "us", "is", "ies", "es", ""]
        for _ in 0..<3000 {
            var text: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                text += (0..<Int.random(in: 0...3, using: &generator)).map { _ in [0x20, 0x0A].randomElement(using: &generator)! }
                let length = Int.random(in: 1...22, using: &generator)
                text += (0..<length).map { _ in letters.randomElement(using: &generator)! }
                text += Array(endings.randomElement(using: &generator)!.utf8)
            }
            let expected = Self.plainTerms(text)
            var found: [UInt32] = []
            text.withUnsafeBufferPointer { ArticleTerms.words(of: $0, stops: TermTable()) { found.append($0) } }
            #expect(found == expected, "\(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }

    @Test func pluralEndingsMeetTheirSingulars() {
        #expect(ArticleTerms.termHash("activists") == ArticleTerms.termHash("activist"))
        #expect(ArticleTerms.termHash("agencies") == ArticleTerms.termHash("agency"))
        #expect(ArticleTerms.termHash("business") != ArticleTerms.termHash("busines"))
        #expect(ArticleTerms.termHash("status") != ArticleTerms.termHash("statu"))
        #expect(ArticleTerms.termHash("analysis") != ArticleTerms.termHash("analysi"))
        #expect(ArticleTerms.termHash("") == ArticleTerms.termHash(""))
    }

    /// The terms of `text` read a byte at a time: the definition the fast path must meet.
    static func plainTerms(_ text: [UInt8]) -> [UInt32] {
        var terms: [UInt32] = []
        var word: [UInt8] = []
        for byte in text + [0x20] {
            if byte != 0x20 && byte != 0x0A {
                word.append(byte)
                continue
            }
            if word.count >= 2 { terms.append(plainHash(word)) }
            word = []
        }
        return terms
    }

    static func plainHash(_ word: [UInt8]) -> UInt32 {
        var bytes = word
        if bytes.count >= 5 && bytes.last == 0x73 {
            let before = bytes[bytes.count - 2]
            if before == 0x65 && bytes[bytes.count - 3] == 0x69 {
                bytes = Array(bytes.dropLast(3)) + [0x79]
            } else if before != 0x73 && before != 0x75 && before != 0x69 {
                bytes.removeLast()
            }
        }
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        for start in stride(from: 0, to: bytes.count, by: 8) {
            var chunk: UInt64 = 0
            for (offset, byte) in bytes[start..<min(bytes.count, start + 8)].enumerated() { chunk |= UInt64(byte) << (8 * UInt64(offset)) }
            let multiplied = (hash ^ chunk) &* 0xC2B2_AE3D_27D4_EB4F
            hash = (multiplied << 31 | multiplied >> 33) &* 0x9E37_79B1_85EB_CA87
        }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
