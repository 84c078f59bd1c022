import Foundation

/// The folded title and excerpt of a segment's related items, each distinct text once.
/// Related lists repeat (many cards name the same article), and searching them would
/// otherwise mean folding ~900 bytes more per card into every article's search text; here
/// a search matches each distinct text once, and an article holds only the ids of its
/// items' texts (`TablePiece.relatedTextIds`), one per item: its title, a newline, its
/// excerpt.
///
/// The texts lie back to back, each followed by a newline (no search word holds one, so a
/// match never spans a title and an excerpt, or two texts), in cold storage: memory for a
/// small load, else the spill file or the snapshot, read a run at a time when searched.
/// Only the ends stay resident.
///
/// Unchecked Sendable: immutable once made.
public final class RelatedTextStore: @unchecked Sendable {
    /// The id of a missing text (an item whose title folds to nothing and has no excerpt).
    static let none = UInt32.max

    let arena: ColdText
    /// Where each text ends (its newline), by id; text `i` starts one past text `i - 1`'s end.
    let ends: [UInt32]

    var count: Int { ends.count }

    init(arena: ColdText, ends: [UInt32]) {
        self.arena = arena
        self.ends = ends
    }

    static let empty = RelatedTextStore(arena: .empty, ends: [])

    /// Whether the ends describe texts that each start after the last and lie in the arena:
    /// what one read from a snapshot must pass before anything follows them.
    var isWellFormed: Bool {
        var start: UInt64 = 0
        for end in ends {
            guard UInt64(end) >= start, UInt64(end) < UInt64(arena.count) else { return false }
            start = UInt64(end) + 1
        }
        return true
    }

    func start(of id: Int) -> UInt32 { id == 0 ? 0 : ends[id - 1] + 1 }

    /// The texts in runs of about `runBytes` bytes (a longer text is a run of its own), as
    /// ranges of ids, for scanning a run at a time.
    func runs(runBytes: Int) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var first = 0
        while first < ends.count {
            let start = start(of: first)
            var last = first
            while last + 1 < ends.count && Int(ends[last + 1] - start) < runBytes { last += 1 }
            runs.append(first...last)
            first = last + 1
        }
        return runs
    }

    /// Calls `body` with the bytes of the texts `run` (each followed by its newline), read
    /// in one go (into `scratch` when it is large enough); nil when they cannot be read.
    func withRun<Result>(_ run: ClosedRange<Int>, scratch: UnsafeMutableRawBufferPointer?,
                         _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        let start = start(of: run.lowerBound)
        return arena.withBytes(TextRef(offset: start, length: ends[run.upperBound] + 1 - start), scratch: scratch, body)
    }

    /// Calls `body` with the bytes of text `id`; nil when they cannot be read.
    func withText<Result>(_ id: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        let start = start(of: id)
        return arena.withBytes(TextRef(offset: start, length: ends[id] - start), body)
    }
}

/// Builds one batch's related-text store while its articles are added.
struct RelatedTextStoreBuilder {
    let arena: ByteBuffer
    private(set) var ends: [UInt32] = []
    /// Ids by the hash of their folded bytes; the bytes themselves decide.
    private var known: [UInt64: UInt32] = [:]

    init(expectedFiles: Int) {
        arena = ByteBuffer(capacity: expectedFiles * 512)
    }

    /// The id of an item's text — `title`, a newline, `excerpt`, folded — added unless an
    /// equal text is there; `none` when it folds to nothing.
    mutating func add(title: String, excerpt: String?) -> UInt32 {
        let start = arena.count
        TextFolding.fold(title, into: arena, floor: start)
        if let excerpt {
            arena.append(0x0A)
            TextFolding.fold(excerpt, into: arena, floor: arena.count)
        }
        let folded = UnsafeRawBufferPointer(start: arena.base + start, count: arena.count - start)
        guard !folded.isEmpty else { return RelatedTextStore.none }
        let hash = StableHash.of(folded)
        if let id = known[hash], matches(Int(id), folded) {
            arena.truncate(to: start)
            return id
        }
        let id = UInt32(ends.count)
        ends.append(UInt32(arena.count))
        arena.append(0x0A)
        if known[hash] == nil { known[hash] = id }
        return id
    }

    private func matches(_ id: Int, _ folded: UnsafeRawBufferPointer) -> Bool {
        let start = id == 0 ? 0 : Int(ends[id - 1]) + 1
        let length = Int(ends[id]) - start
        return length == folded.count && memcmp(arena.base + start, folded.baseAddress!, length) == 0
    }

    var byteCount: Int { arena.count }
}
