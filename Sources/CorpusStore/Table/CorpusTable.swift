import ArticleParsing
import Foundation

/// The rows of a corpus in corpus order, their shared columns and the segments their text
/// lives in. Immutable once assembled, so every copy of a `Corpus` shares it.
final class CorpusTable: @unchecked Sendable {
    let segments: [Segment]
    let rows: [ArticleRow]
    let topics: [TextRef]
    let related: [RelatedRow]
    let relatedTextIds: [UInt32]
    let urlKeys: [UInt64]
    let backlinks: [Int32]
    let failed: [FailedFile]
    let fileDiagnostics: [Diagnostic]
    /// The articles themselves, in corpus order, when the table was made from `Article`s
    /// in memory rather than files (tests, generated corpora).
    let retained: [Article]?
    /// Full articles read back from their files, for the pages on screen.
    let details = DetailCache()
    private let pathLock = NSLock()
    private let storyLock = NSLock()
    /// Built once on first use, or read from a snapshot.
    private var storyIndex: StoryIndex?
    private var storiesFromSnapshot = false
    private var storedStories: (@Sendable (CorpusTable) -> StoryIndex?)?
    private var pathIndex: [UInt64: Int32]?

    /// Concatenates `pieces`, orders the rows newest first (undated last, ties by id, so
    /// the order never depends on load order), resolves every related link and counts
    /// the backlinks.
    convenience init(assembling pieces: [TablePiece]) {
        self.init(ordered: TablePiece.joining(pieces))
    }

    /// `piece` in corpus order, with its links resolved.
    private convenience init(ordered piece: TablePiece) {
        var piece = piece
        let order = Self.newestFirst(piece)
        piece.rows = order.map { piece.rows[$0] }
        piece.retained = piece.retained.map { retained in order.map { retained[$0] } }
        let backlinks = LinkResolver.resolve(&piece)
        self.init(piece, backlinks: backlinks)
    }

    /// A table exactly as given: rows already in order and resolved (a snapshot's).
    init(_ piece: TablePiece, backlinks: [Int32]) {
        segments = piece.segments
        rows = piece.rows
        topics = piece.topics
        related = piece.related
        relatedTextIds = piece.relatedTextIds
        urlKeys = piece.urlKeys
        failed = piece.failed
        fileDiagnostics = piece.diagnostics
        retained = piece.retained
        self.backlinks = backlinks
    }

    /// Articles that are still loading, shown newest first before links are resolved.
    static func unresolved(_ pieces: [TablePiece]) -> CorpusTable {
        var whole = TablePiece.joining(pieces)
        let order = newestFirst(whole)
        whole.rows = order.map { whole.rows[$0] }
        return CorpusTable(whole, backlinks: [])
    }

    /// Positions in corpus order: by instant, newest first, undated last, ties by id.
    private static func newestFirst(_ piece: TablePiece) -> [Int] {
        let rows = piece.rows
        let segments = piece.segments
        return rows.indices.sorted { left, right in
            let (lhs, rhs) = (rows[left].instant, rows[right].instant)
            if lhs != rhs {
                if lhs.isNaN || rhs.isNaN {
                    if !(lhs.isNaN && rhs.isNaN) { return rhs.isNaN }
                } else {
                    return lhs > rhs
                }
            }
            let leftId = segments[Int(rows[left].segment)].bytes(rows[left].id)
            let rightId = segments[Int(rows[right].segment)].bytes(rows[right].id)
            return leftId.lexicographicallyPrecedes(rightId)
        }
    }

    @inline(__always)
    func segment(of index: Int) -> Segment { segments[Int(rows[index].segment)] }

    func string(_ index: Int, _ field: KeyPath<ArticleRow, TextRef>) -> String? {
        segment(of: index).string(rows[index][keyPath: field])
    }

    func coldString(_ index: Int, _ field: KeyPath<ArticleRow, TextRef>) -> String? {
        segment(of: index).coldString(rows[index][keyPath: field])
    }

    /// Position of the article read from `path`, through an index of path hashes built on
    /// first use (a dictionary of 100,000 path strings would cost more than the rows).
    func position(ofPath path: String) -> Int? {
        pathLock.lock()
        if pathIndex == nil {
            var built: [UInt64: Int32] = [:]
            built.reserveCapacity(rows.count)
            for index in rows.indices {
                let hash = StableHash.of(UnsafeRawBufferPointer(segment(of: index).bytes(rows[index].path)))
                if built[hash] == nil { built[hash] = Int32(index) }
            }
            pathIndex = built
        }
        let candidate = pathIndex![StableHash.of(path)]
        pathLock.unlock()
        // A hash is only a hint: the path itself decides.
        guard let candidate, string(Int(candidate), \.path) == path else {
            return candidate == nil ? nil : rows.indices.first { string($0, \.path) == path }
        }
        return Int(candidate)
    }

    /// The same table over `segments` (the same arenas, held another way).
    func replacingSegments(_ segments: [Segment]) -> CorpusTable {
        var piece = self.piece
        piece.segments = segments
        piece.retained = retained
        return CorpusTable(piece, backlinks: backlinks)
    }

    /// Everything in this table as one piece, rows in their order.
    var piece: TablePiece {
        TablePiece(segments: segments, rows: rows, topics: topics, related: related, relatedTextIds: relatedTextIds,
                   urlKeys: urlKeys, failed: failed, diagnostics: fileDiagnostics)
    }
}

extension TablePiece {
    /// All of `pieces` as one, each column sized once up front. Each piece is let go of
    /// as soon as it is copied, so a caller that hands over its only copy never holds
    /// every column twice.
    static func joining(_ pieces: consuming [TablePiece]) -> TablePiece {
        var whole = TablePiece()
        whole.rows.reserveCapacity(pieces.reduce(0) { $0 + $1.rows.count })
        whole.topics.reserveCapacity(pieces.reduce(0) { $0 + $1.topics.count })
        whole.related.reserveCapacity(pieces.reduce(0) { $0 + $1.related.count })
        whole.relatedTextIds.reserveCapacity(pieces.reduce(0) { $0 + $1.relatedTextIds.count })
        whole.urlKeys.reserveCapacity(pieces.reduce(0) { $0 + $1.urlKeys.count })
        if pieces.count == 1 { whole.retained = pieces[0].retained }
        for index in pieces.indices {
            whole.append(pieces[index])
            pieces[index] = TablePiece()
        }
        return whole
    }

    /// Adds `other`'s rows, renumbering its segments and column ranges to follow ours.
    mutating func append(_ other: TablePiece) {
        let segmentBase = UInt32(segments.count)
        let topicBase = UInt32(topics.count)
        let relatedBase = UInt32(related.count)
        let keyBase = UInt32(urlKeys.count)
        segments += other.segments
        for var row in other.rows {
            row.segment += segmentBase
            row.topics.start += topicBase
            row.related.start += relatedBase
            row.urlKeys.start += keyBase
            row.backlinks = ColumnRange()
            rows.append(row)
        }
        topics += other.topics
        // Targets are positions in the other piece's order: resolved again once assembled.
        related += other.related.map { item in
            var item = item
            item.target = -1
            return item
        }
        // Ids are within the item's own segment, which moves with it: nothing to renumber.
        relatedTextIds += other.relatedTextIds
        urlKeys += other.urlKeys
        failed += other.failed
        diagnostics += other.diagnostics
    }
}

extension TablePiece {
    /// The rows at `positions`, with only their own column entries, and the failures and
    /// diagnostics of files not in `dropped`: what is kept of a corpus when files change.
    func keeping(_ positions: [Int], dropping dropped: Set<String>) -> TablePiece {
        var kept = TablePiece(segments: segments, failed: failed.filter { !dropped.contains($0.path) },
                              diagnostics: diagnostics.filter { !dropped.contains($0.path) })
        kept.rows.reserveCapacity(positions.count)
        for position in positions {
            var row = rows[position]
            row.topics = kept.copy(topics, row.topics, into: \.topics)
            let items = row.related.range
            row.related = kept.copy(related, row.related, into: \.related)
            kept.relatedTextIds += relatedTextIds[items]
            row.urlKeys = kept.copy(urlKeys, row.urlKeys, into: \.urlKeys)
            kept.rows.append(row)
        }
        return kept
    }

    private mutating func copy<Value>(_ source: [Value], _ range: ColumnRange,
                                      into column: WritableKeyPath<TablePiece, [Value]>) -> ColumnRange {
        let start = UInt32(self[keyPath: column].count)
        self[keyPath: column] += source[range.range]
        return ColumnRange(start: start, count: range.count)
    }
}

extension CorpusTable {
    /// The table's story index: the one kept, else the snapshot's, else `build()`'s,
    /// kept for next time.
    func stories(_ build: () -> StoryIndex?) -> StoryIndex? {
        storyLock.lock()
        defer { storyLock.unlock() }
        if let storyIndex { return storyIndex }
        if let storedStories {
            self.storedStories = nil
            if let stored = storedStories(self) {
                storyIndex = stored
                storiesFromSnapshot = true
                return stored
            }
        }
        guard let built = build() else { return nil }
        storyIndex = built
        return built
    }

    /// Keeps the way to read the story index from the snapshot the table was read from.
    func keepStoredStories(_ read: @escaping @Sendable (CorpusTable) -> StoryIndex?) {
        storyLock.lock()
        storedStories = read
        storyLock.unlock()
    }

    /// Whether a story index is kept, or the snapshot the table was read from has one to
    /// give: asking for the stories then costs a read, not a build.
    var hasStoriesAtHand: Bool {
        storyLock.lock()
        defer { storyLock.unlock() }
        return storyIndex != nil || storedStories != nil
    }

    /// Whether the kept story index came with the snapshot the table was read from (asked
    /// once the stories have been asked for).
    var hasStoredStories: Bool {
        storyLock.lock()
        defer { storyLock.unlock() }
        return storiesFromSnapshot
    }

    /// The kept story index, if any; never builds or reads one.
    var keptStories: StoryIndex? {
        storyLock.lock()
        defer { storyLock.unlock() }
        return storyIndex
    }
}
