/// Checks every reference in a table read from a snapshot before any is followed: a
/// checksum only proves the file is as some writer left it, not that the writer was lede.
enum SnapshotValidation {
    static func check(_ piece: TablePiece, backlinks: [Int32]) throws {
        guard piece.segments.count == 1 else { throw problem("has no arenas") }
        let segment = piece.segments[0]
        let rowCount = piece.rows.count
        func inside(_ range: ColumnRange, _ count: Int) -> Bool { UInt64(range.start) + UInt64(range.count) <= UInt64(count) }
        for row in piece.rows {
            guard row.segment == 0, row.format <= 1, segment.contains(row.path), segment.contains(row.id),
                  segment.contains(row.title), segment.contains(row.dateText), segment.contains(row.providerName),
                  segment.contains(row.providerDomain), segment.cold.contains(row.excerpt), segment.cold.contains(row.webURL),
                  segment.cold.contains(row.preferredURL),
                  inside(row.topics, piece.topics.count), inside(row.related, piece.related.count),
                  inside(row.urlKeys, piece.urlKeys.count), inside(row.backlinks, backlinks.count),
                  row.foldedTitleLength <= row.foldedTextLength, row.foldedProviderLength <= row.foldedLabelsLength,
                  segment.containsFolded(row.foldedStart, UInt64(row.foldedTextLength) + UInt64(row.foldedLabelsLength)),
                  !row.instant.isInfinite
            else { throw problem("has a row that points outside it") }
        }
        guard piece.topics.allSatisfy(segment.contains) else { throw problem("has a topic that points outside it") }
        for item in piece.related {
            guard segment.cold.contains(item.title), segment.cold.contains(item.webURL), item.target >= -1,
                  Int(item.target) < rowCount else {
                throw problem("has a related link that points outside it")
            }
        }
        let relatedTexts = segment.relatedTexts
        guard relatedTexts.isWellFormed, piece.relatedTextIds.count == piece.related.count,
              piece.relatedTextIds.allSatisfy({ $0 == RelatedTextStore.none || Int($0) < relatedTexts.count }) else {
            throw problem("has related text that points outside it")
        }
        guard backlinks.allSatisfy({ $0 >= 0 && Int($0) < rowCount }) else { throw problem("has a backlink outside it") }
        guard isNewestFirst(piece) else { throw problem("is out of order") }
    }

    /// Rows must be in corpus order: the reader relies on it (date order is row order).
    private static func isNewestFirst(_ piece: TablePiece) -> Bool {
        var previous = Double.infinity
        for row in piece.rows {
            if row.instant.isNaN {
                previous = .nan
                continue
            }
            if previous.isNaN || row.instant > previous { return false }
            previous = row.instant
        }
        return true
    }

    private static func problem(_ text: String) -> SnapshotLayout.Problem { .corrupt(text) }
}
