/// The folded titles and excerpts of every article's related items, as search needs them:
/// the distinct texts of every segment numbered one after another (a segment's ids follow
/// the ones before it), and each article's ids. A search matches a word against each
/// distinct text once, then asks which articles name a matching id.
public struct RelatedTexts: Sendable {
    let table: CorpusTable
    /// The id each segment's first text takes.
    private let bases: [UInt32]
    /// How many distinct texts there are: ids run from 0 to this.
    public let count: Int

    init(table: CorpusTable) {
        self.table = table
        var bases: [UInt32] = []
        var total = 0
        for segment in table.segments {
            bases.append(UInt32(truncatingIfNeeded: total))
            total += segment.relatedTexts.count
        }
        self.bases = bases
        count = total
    }

    /// Whether any id of article `index`'s related titles and excerpts satisfies `test`.
    @inline(__always)
    public func contains(article index: Int, where test: (Int) -> Bool) -> Bool {
        let row = table.rows[index]
        guard row.related.count > 0 else { return false }
        let base = Int(bases[Int(row.segment)])
        let range = row.related.range
        for position in 2 * range.lowerBound..<2 * range.upperBound {
            let id = table.relatedTextIds[position]
            if id != RelatedTextStore.none && test(base + Int(id)) { return true }
        }
        return false
    }

    /// Calls `body` with runs of whole texts, every segment's in turn: the id of the run's
    /// first text, and the run's bytes, each text followed by a newline, with where each
    /// text ends in them. Returns false if some text could not be read (a damaged or
    /// vanished spill file): what was read is still reported.
    @discardableResult
    public func forEachRun(runBytes: Int = 4 << 20, _ body: (_ first: Int, _ ends: [Int], _ bytes: UnsafeRawBufferPointer) -> Void) -> Bool {
        var complete = true
        for (segment, base) in zip(table.segments, bases) {
            let store = segment.relatedTexts
            let read = store.forEachRun(runBytes: runBytes) { first, ends, bytes in
                let start = store.start(of: first)
                body(Int(base) + first, ends.map { Int($0 - start) }, bytes)
            }
            complete = complete && read
        }
        return complete
    }

    /// The folded bytes of text `id`; empty when out of range.
    public func text(_ id: Int) -> [UInt8] {
        guard id >= 0, id < count else { return [] }
        let segment = bases.lastIndex { Int($0) <= id } ?? 0
        let store = table.segments[segment].relatedTexts
        let local = id - Int(bases[segment])
        guard local < store.count else { return [] }
        let start = store.start(of: local)
        return store.arena.bytes(TextRef(offset: start, length: store.ends[local] - start))
    }
}

extension Corpus {
    /// The folded related titles and excerpts search matches.
    public var relatedTexts: RelatedTexts { RelatedTexts(table: table) }
}
