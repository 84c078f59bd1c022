/// Cutting folded text into words and hashing each into a term. Every pass over the
/// corpus's text calls these for every word, so they read eight bytes at a time: finding
/// a word's end byte by byte mispredicted a branch per word, and mixing a byte at a time
/// cost a shift and an or per byte.
extension ArticleTerms {
    /// Each word's term hash, stop words and one-letter words left out; a plural `s` (and
    /// `ies`) is taken off so `activists` meets `activist`.
    static func words(of bytes: UnsafeBufferPointer<UInt8>, stops: TermTable = StopWords.table, _ visit: (UInt32) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var index = 0
        while index < count {
            while index < count && (base[index] == 0x20 || base[index] == 0x0A) { index += 1 }
            let start = index
            index = wordEnd(base, from: start, count: count)
            let length = index - start
            guard length >= 2 else { continue }
            let hash = termHash(base + start, length: length, readable: count - start)
            if stops.value(hash) == nil { visit(hash) }
        }
    }

    /// Where the word starting at `start` ends: at the next space or newline, or `count`.
    @inline(__always)
    static func wordEnd(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        while index + 8 <= count {
            let eight = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let ends = zeroBytes(eight ^ 0x2020_2020_2020_2020) | zeroBytes(eight ^ 0x0A0A_0A0A_0A0A_0A0A)
            if ends != 0 { return index + ends.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < count && base[index] != 0x20 && base[index] != 0x0A { index += 1 }
        return index
    }

    /// The top bit of each zero byte of `value` set. Bytes above the first zero may be
    /// flagged wrongly (a borrow runs on), so only the lowest flag is to be trusted.
    @inline(__always)
    private static func zeroBytes(_ value: UInt64) -> UInt64 {
        (value &- 0x0101_0101_0101_0101) & ~value & 0x8080_8080_8080_8080
    }

    /// Which term hash (and weight encoding) this is: snapshots keep both, so a change to
    /// either is a new layout.
    static let hashVersion = 3

    /// A hash of the word with its plural ending taken off, folded to 32 bits: its bytes
    /// read as little-endian 8-byte words, each mixed in once.
    static func termHash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let base = word.baseAddress else {
            var nothing: UInt8 = 0
            return termHash(&nothing, length: 0, readable: 0)
        }
        return termHash(base, length: word.count, readable: word.count)
    }

    static func termHash(_ word: String) -> UInt32 {
        var word = word
        return word.withUTF8 { termHash($0) }
    }

    /// The hash of the `length` bytes at `word`, where `readable` bytes from `word` may be
    /// read (so the last part of a word is read whole, and what follows it masked off).
    @inline(__always)
    static func termHash(_ word: UnsafePointer<UInt8>, length wordLength: Int, readable: Int) -> UInt32 {
        var length = wordLength
        var extra: UInt64 = 0
        if length >= 5 && word[length - 1] == 0x73 {
            let before = word[length - 2]
            if before == 0x65 && word[length - 3] == 0x69 {
                length -= 3
                extra = 0x79
            } else if before != 0x73 && before != 0x75 && before != 0x69 {
                length -= 1
            }
        }
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length + (extra == 0 ? 0 : 1))
        var position = 0
        while position + 8 <= length {
            hash = mix(hash ^ UnsafeRawPointer(word + position).loadUnaligned(as: UInt64.self))
            position += 8
        }
        let remaining = length - position
        var chunk: UInt64 = 0
        if remaining > 0 {
            if position + 8 <= readable {
                chunk = UnsafeRawPointer(word + position).loadUnaligned(as: UInt64.self) & (UInt64.max >> (64 - 8 * remaining))
            } else {
                for offset in 0..<remaining { chunk |= UInt64(word[position + offset]) << (8 * offset) }
            }
        }
        var shift = 8 * remaining
        if extra != 0 {
            chunk |= extra << shift
            shift += 8
            if shift == 64 {
                hash = mix(hash ^ chunk)
                shift = 0
            }
        }
        if shift > 0 { hash = mix(hash ^ chunk) }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let multiplied = value &* 0xC2B2_AE3D_27D4_EB4F
        return (multiplied << 31 | multiplied >> 33) &* 0x9E37_79B1_85EB_CA87
    }
}
