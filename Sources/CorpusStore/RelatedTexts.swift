/// The folded title and excerpt of every article's related items, as search needs them:
/// the distinct texts of every segment numbered one after another (a segment's ids follow
/// the ones before it), and each article's ids, one per item. A search matches a word
/// against each distinct text once, then asks which articles name a matching id.
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

    /// Whether the id of any of article `index`'s related items' texts satisfies `test`.
    @inline(__always)
    public func contains(article index: Int, where test: (Int) -> Bool) -> Bool {
        let row = table.rows[index]
        guard row.related.count > 0 else { return false }
        let base = Int(bases[Int(row.segment)])
        let range = row.related.range
        for position in range {
            let id = table.relatedTextIds[position]
            if id != RelatedTextStore.none && test(base + Int(id)) { return true }
        }
        return false
    }

    /// A run of texts of one segment, scanned in one read.
    public struct Run: Sendable {
        let segment: Int
        let local: ClosedRange<Int>
        /// The id of its first text.
        public let first: Int
    }

    /// How many bytes a run holds at most, unless one text is longer: the size of a
    /// scanner's buffer.
    public static let runBytes = 1 << 20

    /// Every text, in runs of about `runBytes` bytes, in id order: workers can scan them
    /// apart.
    public func runs(runBytes: Int = Self.runBytes) -> [Run] {
        zip(table.segments.indices, bases).flatMap { segment, base in
            table.segments[segment].relatedTexts.runs(runBytes: runBytes).map {
                Run(segment: segment, local: $0, first: Int(base) + $0.lowerBound)
            }
        }
    }

    /// Calls `body` with the bytes of `run`'s texts, each followed by a newline, and where
    /// each text ends in them; false when they could not be read (a damaged or vanished
    /// spill file), when `body` is not called. Texts in a file are read into `scratch`
    /// when it is large enough: a scan reuses one rather than mapping fresh memory per run.
    @discardableResult
    public func scan(_ run: Run, scratch: UnsafeMutableRawBufferPointer? = nil,
                     _ body: (_ ends: [Int], _ bytes: UnsafeRawBufferPointer) -> Void) -> Bool {
        let store = table.segments[run.segment].relatedTexts
        let start = store.start(of: run.local.lowerBound)
        let ends = store.ends[run.local].map { Int($0 - start) }
        return store.withRun(run.local, scratch: scratch) { body(ends, $0) } != nil
    }

    /// Calls `body` with the bytes of every run in turn (see `scan`); false if some could
    /// not be read.
    @discardableResult
    public func forEachRun(runBytes: Int = Self.runBytes, _ body: (_ first: Int, _ ends: [Int], _ bytes: UnsafeRawBufferPointer) -> Void) -> Bool {
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: runBytes, alignment: 8)
        defer { scratch.deallocate() }
        return runs(runBytes: runBytes).reduce(true) { complete, run in
            scan(run, scratch: scratch) { body(run.first, $0, $1) } && complete
        }
    }

    /// Calls `body` with the folded bytes of text `id`; nil when out of range or unreadable.
    public func withText<Result>(_ id: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        guard id >= 0, id < count else { return nil }
        // The last segment starting at or before `id`: segments without texts share a base
        // with the one after them.
        var low = 0
        var high = bases.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(bases[middle]) <= id { low = middle } else { high = middle - 1 }
        }
        let store = table.segments[low].relatedTexts
        let local = id - Int(bases[low])
        guard local < store.count else { return nil }
        return store.withText(local, body)
    }

    /// The folded bytes of text `id`; empty when out of range.
    public func text(_ id: Int) -> [UInt8] { withText(id) { Array($0) } ?? [] }
}

extension Corpus {
    /// The folded related titles and excerpts search matches.
    public var relatedTexts: RelatedTexts { RelatedTexts(table: table) }
}
