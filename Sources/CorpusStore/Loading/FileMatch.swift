/// Which files found by a walk are the versions a table was made from: those keep their
/// rows; new and changed ones are to be parsed; the rest are gone. Rows are found by a
/// hash of their path and confirmed byte by byte, so no path string is made per row.
struct FileMatch {
    /// Rows whose file is unchanged, in table order.
    private(set) var kept: [Int] = []
    private(set) var toParse: [CorpusEntry] = []
    /// Paths whose rows or failures go (changed or deleted files).
    private(set) var dropped: Set<String> = []
    /// Those of them that were articles.
    private(set) var droppedArticles: Set<String> = []

    var isEmpty: Bool { toParse.isEmpty && dropped.isEmpty }

    init(_ table: CorpusTable, _ entries: [CorpusEntry]) {
        var rowsByHash: [UInt64: Int32] = [:]
        rowsByHash.reserveCapacity(table.rows.count)
        for position in table.rows.indices {
            let hash = StableHash.of(table.segment(of: position).bytes(table.rows[position].path))
            if rowsByHash[hash] == nil { rowsByHash[hash] = Int32(position) }
        }
        var failures: [String: Int] = [:]
        for (position, failure) in table.failed.enumerated() { failures[failure.path] = position }
        var matched = [Bool](repeating: false, count: table.rows.count)
        for entry in entries {
            if let found = rowsByHash[StableHash.of(entry.path)], !matched[Int(found)],
               table.segment(of: Int(found)).bytes(table.rows[Int(found)].path).elementsEqual(entry.path.utf8) {
                let position = Int(found)
                matched[position] = true
                let row = table.rows[position]
                if row.identity == entry.identity, row.identity != .unknown,
                   table.segment(of: position).bytes(row.id).elementsEqual(entry.id.utf8) {
                    kept.append(position)
                    continue
                }
                dropped.insert(entry.path)
                droppedArticles.insert(entry.path)
            } else if let position = failures.removeValue(forKey: entry.path) {
                let failure = table.failed[position]
                // An unchanged failure stays, diagnostics and all.
                if failure.identity == entry.identity, failure.identity != .unknown, failure.id == entry.id { continue }
                dropped.insert(entry.path)
            }
            toParse.append(entry)
        }
        for position in table.rows.indices where !matched[position] {
            let path = table.string(position, \.path) ?? ""
            dropped.insert(path)
            droppedArticles.insert(path)
        }
        dropped.formUnion(failures.keys)
        kept.sort()
    }
}
