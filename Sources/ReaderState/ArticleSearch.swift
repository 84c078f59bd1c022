import CorpusStore

/// A search within the open article: the folded words, and the lines of the laid-out
/// document holding a match, so `n`/`N` are a lookup. Laid out again with the document
/// when the width changes.
public struct ArticleSearch: Sendable, Equatable {
    public let text: String
    /// Folded words and phrases to find and highlight.
    public let needles: [[UInt8]]
    /// Document lines holding at least one match, in order; a related link's first line
    /// counts when the card's excerpt holds one.
    public let lines: [Int]
    /// The width of the document the lines were found in.
    let width: Int
    /// The match `n`/`N` last went to, as an index into `lines`.
    public internal(set) var current: Int?

    init(_ text: String, in document: ArticleDocument) {
        self.text = text
        let needles = (try? Query.parse(text))?.highlights ?? []
        self.needles = needles
        width = document.width
        guard !needles.isEmpty else {
            lines = []
            return
        }
        var found = Set(document.lines.indices.filter { !TextFolding.matchRanges(of: needles, in: document.lines[$0].text).isEmpty })
        // A word only in a related card's excerpt finds the card's link, as it finds the
        // article in the list.
        for (link, hidden) in zip(document.linkLines, document.linkHiddenText) {
            if let hidden, !TextFolding.matchRanges(of: needles, in: hidden).isEmpty { found.insert(link) }
        }
        lines = found.sorted()
    }
}
