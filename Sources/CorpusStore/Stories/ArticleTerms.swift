/// The words an article is compared by: its folded search text cut into terms, each with
/// the weight of the field it came from. The title counts three times and the excerpt
/// twice, because they state what the story is about; the provider labels not at all,
/// because sharing an outlet does not make two articles alike; the body only up to
/// `bodyLimit` bytes, because a story's lede names its who, where and what, and the rest
/// costs time without changing which articles are nearest.
struct ArticleTerms {
    static let titleWeight: Float = 3
    static let excerptWeight: Float = 2
    static let bodyLimit = 600

    /// How the fields after the title are laid out in the folded text.
    struct Fields {
        var excerpts = 0
        var labels = 0
        var topics = 0
    }

    /// Calls `visit` with each term's hash and weight, in text order. `skipParagraph`
    /// gets each body paragraph's hash and says whether it is boilerplate to leave out.
    static func scan(_ text: FoldedText, fields: Fields, skipParagraph: (UInt64) -> Bool = { _ in false },
                     visit: (UInt32, Float) -> Void) {
        // Once per article, not once per word: a static is checked for its first use at every read.
        let stops = StopWords.table
        words(of: text.title, stops: stops) { visit($0, titleWeight) }
        let rest = text.rest
        var field = -1
        var start = 0
        var bodyBytes = 0
        // Fields are separated by newlines; `rest` begins with one when there are any.
        while start < rest.count && bodyBytes < bodyLimit {
            var end = start
            while end < rest.count && rest[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            if field < 0 { field = 0; continue }
            let part = UnsafeBufferPointer(rebasing: rest[start..<end])
            defer { field += 1 }
            if field < fields.excerpts {
                words(of: part, stops: stops) { visit($0, excerptWeight) }
            } else if field < fields.excerpts + fields.labels {
                continue
            } else if field < fields.excerpts + fields.labels + fields.topics {
                words(of: part, stops: stops) { visit($0, 1) }
            } else {
                if part.count <= ParagraphBoilerplate.longestLine, skipParagraph(StableHash.of(part)) { continue }
                let kept = UnsafeBufferPointer(rebasing: part[..<min(part.count, bodyLimit - bodyBytes)])
                bodyBytes += kept.count
                words(of: kept, stops: stops) { visit($0, 1) }
            }
        }
    }

    /// Body paragraphs of `text` short enough to be boilerplate, by hash.
    static func paragraphs(_ text: FoldedText, fields: Fields, visit: (UInt64) -> Void) {
        let rest = text.rest
        var field = -1
        var start = 0
        while start < rest.count {
            var end = start
            while end < rest.count && rest[end] != 0x0A { end += 1 }
            if field >= fields.excerpts + fields.labels + fields.topics, end - start <= ParagraphBoilerplate.longestLine,
               end - start >= 16 {
                visit(StableHash.of(UnsafeBufferPointer(rebasing: rest[start..<end])))
            }
            field += 1
            start = end + 1
        }
    }

    /// Each word's term hash, stop words and one-letter words left out; a plural `s` (and
    /// `ies`) is taken off so `activists` meets `activist`.
    static func words(of bytes: UnsafeBufferPointer<UInt8>, stops: TermTable = StopWords.table, _ visit: (UInt32) -> Void) {
        var index = 0
        let count = bytes.count
        while index < count {
            while index < count && (bytes[index] == 0x20 || bytes[index] == 0x0A) { index += 1 }
            let start = index
            while index < count && bytes[index] != 0x20 && bytes[index] != 0x0A { index += 1 }
            let length = index - start
            guard length >= 2 else { continue }
            let hash = termHash(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            if stops.value(hash) == nil { visit(hash) }
        }
    }

    /// Which term hash (and weight encoding) this is: snapshots keep both, so a change to
    /// either is a new layout.
    static let hashVersion = 3

    /// A hash of the word with its plural ending taken off, folded to 32 bits. Bytes are
    /// gathered eight at a time and mixed once per eight: a multiply per byte (FNV) was
    /// most of the time of cutting 100,000 articles into terms.
    @inline(__always)
    static func termHash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var length = word.count
        var extra: UInt8 = 0
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
        var chunk: UInt64 = 0
        var shift: UInt64 = 0
        @inline(__always) func push(_ byte: UInt8) {
            chunk |= UInt64(byte) << shift
            shift += 8
            if shift == 64 {
                hash = mix(hash ^ chunk)
                chunk = 0
                shift = 0
            }
        }
        for position in 0..<length { push(word[position]) }
        if extra != 0 { push(extra) }
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

    static func termHash(_ word: String) -> UInt32 {
        var word = word
        return word.withUTF8 { termHash($0) }
    }
}
