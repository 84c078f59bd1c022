import CorpusStore

/// Where folded search words fall in displayed text, so views can highlight them.
extension TextFolding {
    /// Ranges of `text` whose folded form holds one of `needles` (folded words or
    /// phrases), in text order. Folds character by character to map each folded byte back
    /// to the character it came from; a quick check on the whole text comes first, since
    /// most lines hold no match.
    public static func matchRanges(of needles: [[UInt8]], in text: String) -> [Range<String.Index>] {
        let needles = needles.filter { !$0.isEmpty }
        guard !needles.isEmpty else { return [] }
        let whole = fold(text)
        guard needles.contains(where: { firstOffset(of: $0, in: whole, from: 0) != nil }) else { return [] }
        var folded: [UInt8] = []
        var owners: [String.Index] = []
        var pendingSpace: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            let piece = fold(String(text[index..<next]))
            if piece.isEmpty {
                if !folded.isEmpty && pendingSpace == nil { pendingSpace = index }
            } else {
                if let space = pendingSpace {
                    folded.append(0x20)
                    owners.append(space)
                    pendingSpace = nil
                }
                folded += piece
                owners += repeatElement(index, count: piece.count)
            }
            index = next
        }
        var ranges: [Range<String.Index>] = []
        for needle in needles {
            var start = 0
            while let found = firstOffset(of: needle, in: folded, from: start) {
                ranges.append(owners[found]..<text.index(after: owners[found + needle.count - 1]))
                start = found + needle.count
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    private static func firstOffset(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var position = start
        while position + needle.count <= haystack.count {
            if haystack[position] == first && haystack[position..<(position + needle.count)].elementsEqual(needle) { return position }
            position += 1
        }
        return nil
    }
}
