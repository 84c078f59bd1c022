import ArticleParsing

/// The arenas one batch of articles (or one snapshot) keeps its text in: plain UTF-8 for
/// display and folded bytes for search. Rows refer into them by offset, so a corpus of
/// 100,000 articles is a handful of buffers, not millions of small strings.
///
/// Unchecked Sendable: written by one builder, frozen before anyone else sees it.
public final class Segment: @unchecked Sendable {
    let text: ByteBuffer
    let folded: FoldedArena
    let cold: ColdText
    /// Folded related titles and excerpts, which `TablePiece.relatedTextIds` name.
    let relatedTexts: RelatedTextStore

    init(text: ByteBuffer, folded: FoldedArena, cold: ColdText, relatedTexts: RelatedTextStore = .empty) {
        self.text = text
        self.folded = folded
        self.cold = cold
        self.relatedTexts = relatedTexts
    }

    /// The same arenas with the cold text read into memory (related text, which only a
    /// search reads, stays where it is).
    func withColdTextInMemory() -> Segment {
        cold.isInMemory ? self : Segment(text: text, folded: folded, cold: cold.loadedIntoMemory(), relatedTexts: relatedTexts)
    }

    /// Cold text of `ref`, sanitised like `string`.
    func coldString(_ ref: TextRef) -> String? {
        guard !ref.isNone else { return nil }
        let text = String(decoding: cold.bytes(ref), as: UTF8.self)
        return TextSanitizer.needsCleaning(text) ? TextSanitizer.clean(text) : text
    }

    @inline(__always)
    func bytes(_ ref: TextRef) -> UnsafeBufferPointer<UInt8> {
        guard !ref.isNone else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: text.base + Int(ref.offset), count: Int(ref.length))
    }

    /// The text of `ref`, sanitised: rows made by the parser hold clean text already, but
    /// a snapshot's arena is only as trustworthy as whoever wrote the file.
    func string(_ ref: TextRef) -> String? {
        guard !ref.isNone else { return nil }
        let text = String(decoding: bytes(ref), as: UTF8.self)
        return TextSanitizer.needsCleaning(text) ? TextSanitizer.clean(text) : text
    }

    /// Whether every reference lies inside the arenas: what a row read from a snapshot
    /// must pass before anything follows it.
    func contains(_ ref: TextRef) -> Bool {
        ref.isNone || UInt64(ref.offset) + UInt64(ref.length) <= UInt64(text.count)
    }

    func containsFolded(_ start: UInt32, _ length: UInt64) -> Bool {
        UInt64(start) + length <= UInt64(folded.count)
    }
}

/// Rows and their columns over some segments: what a batch of parsed files yields, what a
/// snapshot holds, and what is kept of an old corpus when files change. A corpus is
/// assembled from pieces.
struct TablePiece {
    var segments: [Segment] = []
    var rows: [ArticleRow] = []
    var topics: [TextRef] = []
    var related: [RelatedRow] = []
    /// One per related item, in `related`'s order: the id of its folded title and excerpt
    /// in its article's segment's `relatedTexts` (`RelatedTextStore.none` for none).
    var relatedTextIds: [UInt32] = []
    var urlKeys: [UInt64] = []
    var failed: [FailedFile] = []
    /// Problems found in the files of this piece (not in walking the folders).
    var diagnostics: [Diagnostic] = []
    /// The parsed articles, parallel to `rows`, when they are to be kept in memory.
    var retained: [Article]?

    /// The files of this piece, articles and failures alike.
    var fileCount: Int { rows.count + failed.count }
}
