import Foundation

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
            let end = lineEnd(rest, from: start)
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
            let end = lineEnd(rest, from: start)
            if field >= fields.excerpts + fields.labels + fields.topics, end - start <= ParagraphBoilerplate.longestLine,
               end - start >= 16 {
                visit(StableHash.of(UnsafeBufferPointer(rebasing: rest[start..<end])))
            }
            field += 1
            start = end + 1
        }
    }

    /// The index of the first newline in `text` from `start`, or its end: by `memchr`,
    /// which reads a vector at a time, as bodies run to kilobytes.
    @inline(__always)
    static func lineEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = text.baseAddress, start < text.count,
              let found = memchr(base + start, 0x0A, text.count - start) else { return text.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}
