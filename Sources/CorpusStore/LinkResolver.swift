/// Resolves every related item of a corpus to an article, through dictionaries from the
/// hashes of normalised URLs and folded titles that each row carries: following a link is
/// a lookup, and re-resolving after a change touches no text.
enum LinkResolver {
    /// Sets each related item's target in `piece` (rows in corpus order) and returns the
    /// backlinks column, filling in each row's range of it.
    static func resolve(_ piece: inout TablePiece) -> [Int32] {
        var byURL: [UInt64: Int32] = [:]
        var byTitle: [UInt64: Int32] = [:]
        byURL.reserveCapacity(piece.urlKeys.count)
        byTitle.reserveCapacity(piece.rows.count)
        // The newest article wins a shared key: rows are newest first.
        for (position, row) in piece.rows.enumerated() {
            for key in piece.urlKeys[row.urlKeys.range] where byURL[key] == nil { byURL[key] = Int32(position) }
            if row.titleKey != 0, byTitle[row.titleKey] == nil { byTitle[row.titleKey] = Int32(position) }
        }
        var incoming = [Int32](repeating: 0, count: piece.rows.count)
        for (source, row) in piece.rows.enumerated() {
            for item in row.related.range {
                let target = Self.target(of: piece.related[item], byURL, byTitle) ?? -1
                piece.related[item].target = target == Int32(source) ? -1 : target
                if piece.related[item].target >= 0 { incoming[Int(piece.related[item].target)] += 1 }
            }
        }
        // Backlinks grouped by target, each group in source order, a source once per target.
        var start: Int32 = 0
        for position in piece.rows.indices {
            piece.rows[position].backlinks = ColumnRange(start: UInt32(start), count: 0)
            start += incoming[position]
        }
        var backlinks = [Int32](repeating: 0, count: Int(start))
        for (source, row) in piece.rows.enumerated() {
            for item in row.related.range where piece.related[item].target >= 0 {
                let target = Int(piece.related[item].target)
                let range = piece.rows[target].backlinks
                if range.count > 0, backlinks[Int(range.start + range.count) - 1] == Int32(source) { continue }
                backlinks[Int(range.start + range.count)] = Int32(source)
                piece.rows[target].backlinks.count += 1
            }
        }
        return backlinks
    }

    private static func target(of item: RelatedRow, _ byURL: [UInt64: Int32], _ byTitle: [UInt64: Int32]) -> Int32? {
        for key in [item.urlKeys.0, item.urlKeys.1, item.urlKeys.2] where key != 0 {
            if let target = byURL[key] { return target }
        }
        return item.titleKey == 0 ? nil : byTitle[item.titleKey]
    }
}
