import ArticleParsing
import Foundation

/// Reads a snapshot file back into a corpus table, trusting nothing: the header is checked
/// (magic, version, layout, length, checksum), every section is read whole and checked
/// against its checksum, and every reference a row holds is bounds-checked before any is
/// followed. Text is sanitised where it leaves the table, as text from files is.
enum SnapshotReader {
    /// The table in the file at `path`, which must have been written for `roots`.
    /// `searchText` false leaves the folded search text in the file until it is needed;
    /// `allColdText` reads the cold text into memory at once (a full listing reads it all).
    static func read(path: String, roots: [String], searchText: Bool = true, allColdText: Bool = false) throws -> CorpusTable {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SnapshotLayout.Problem.corrupt("cannot be opened: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw SnapshotLayout.Problem.corrupt("is not a regular file")
        }
        let fileLength = UInt64(max(0, status.st_size))
        guard fileLength >= UInt64(SnapshotLayout.headerSize) else { throw SnapshotLayout.Problem.corrupt("is truncated") }
        let header = try readBytes(descriptor, offset: 0, length: SnapshotLayout.headerSize)
        let entries = try header.withUnsafeBytes { try SnapshotLayout.entries(of: $0, fileLength: fileLength) }
        func entry(_ section: SnapshotLayout.Section) -> SnapshotLayout.Entry { entries[section.rawValue] }

        let storedRoots = try readBytes(descriptor, entry(.roots)).withUnsafeBytes { bytes in
            var reader = RecordReader(bytes)
            return try (0..<reader.count(minimumSize: 4)).map { _ in try reader.string() }
        }
        guard storedRoots == roots else { throw SnapshotLayout.Problem.foreign("belongs to other folders") }
        // Only a search reads related text, so it stays in the file (even for a full
        // listing); its checksum is checked on another core while the rest is read.
        let relatedArena = BackgroundCheck { try coldText(descriptor, entry(.relatedTexts)) }
        // Waited for on every way out: it reads through `descriptor`.
        defer { _ = try? relatedArena.result() }
        var piece = TablePiece()
        piece.rows = try readColumn(descriptor, entry(.rows))
        piece.topics = try readColumn(descriptor, entry(.topics))
        piece.related = try readColumn(descriptor, entry(.related))
        piece.urlKeys = try readColumn(descriptor, entry(.urlKeys))
        let backlinks: [Int32] = try readColumn(descriptor, entry(.backlinks))
        let text = try readArena(descriptor, entry(.text))
        let folded = searchText ? FoldedArena(memory: try readArena(descriptor, entry(.folded)))
            : FoldedArena(file: try reopen(descriptor), base: entry(.folded).offset, count: Int(entry(.folded).length),
                          checksum: entry(.folded).checksum)
        (piece.failed, piece.diagnostics) = try readBytes(descriptor, entry(.files)).withUnsafeBytes { bytes in
            do {
                return try FileRecords.decode(bytes)
            } catch {
                throw SnapshotLayout.Problem.corrupt("has malformed file records")
            }
        }
        let cold = allColdText ? ColdText(memory: try readArena(descriptor, entry(.cold))) : try coldText(descriptor, entry(.cold))
        piece.relatedTextIds = try readColumn(descriptor, entry(.relatedTextIds))
        let relatedTexts = RelatedTextStore(arena: try relatedArena.result(), ends: try readColumn(descriptor, entry(.relatedTextEnds)))
        piece.segments = [Segment(text: text, folded: folded, cold: cold, relatedTexts: relatedTexts)]
        try SnapshotValidation.check(piece, backlinks: backlinks)
        let table = CorpusTable(piece, backlinks: backlinks)
        // Stories are read when first asked for (after the list shows), not on the way to
        // the rows; columns that fail their checksums or do not fit the rows are not
        // trusted, and the stories are worked out again.
        if entry(.storyRoots).length > 0 {
            let file = try reopen(descriptor)
            let sections = SnapshotLayout.Section.allCases.filter { $0.rawValue >= SnapshotLayout.Section.storyRoots.rawValue }
                .map { entry($0) }
            table.keepStoredStories { table in try? readStories(file.descriptor, sections, for: table) }
        }
        return table
    }

    /// The story index kept in `sections` (story roots first, in section order), for `table`.
    private static func readStories(_ descriptor: Int32, _ sections: [SnapshotLayout.Entry], for table: CorpusTable) throws -> StoryIndex? {
        let stored = try StoredStories(
            roots: readColumn(descriptor, sections[0]), vectorOffsets: readColumn(descriptor, sections[1]),
            vectorTerms: readColumn(descriptor, sections[2]), vectorWeights: readColumn(descriptor, sections[3]),
            termKeys: readColumn(descriptor, sections[4]), termCounts: readColumn(descriptor, sections[5]))
        return stored.index(for: table)
    }

    /// Only the roots a snapshot was written for (for `lede cache`), after checking its header.
    static func roots(path: String) throws -> [String] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SnapshotLayout.Problem.corrupt("cannot be opened") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size >= SnapshotLayout.headerSize else {
            throw SnapshotLayout.Problem.corrupt("is truncated")
        }
        let header = try readBytes(descriptor, offset: 0, length: SnapshotLayout.headerSize)
        let entries = try header.withUnsafeBytes { try SnapshotLayout.entries(of: $0, fileLength: UInt64(status.st_size)) }
        return try readBytes(descriptor, entries[SnapshotLayout.Section.roots.rawValue]).withUnsafeBytes { bytes in
            var reader = RecordReader(bytes)
            return try (0..<reader.count(minimumSize: 4)).map { _ in try reader.string() }
        }
    }

    private static func readBytes(_ descriptor: Int32, offset: UInt64, length: Int) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: length) { buffer, count in
            try fill(descriptor, UnsafeMutableRawBufferPointer(buffer), at: offset)
            count = length
        }
    }

    /// A section's bytes, checked against its checksum.
    private static func readBytes(_ descriptor: Int32, _ entry: SnapshotLayout.Entry) throws -> [UInt8] {
        let bytes = try readBytes(descriptor, offset: entry.offset, length: Int(entry.length))
        guard bytes.withUnsafeBytes(SnapshotLayout.checksum) == entry.checksum else {
            throw SnapshotLayout.Problem.corrupt("fails its checksum")
        }
        return bytes
    }

    /// A column of trivial values, read straight into the array's storage.
    private static func readColumn<Value>(_ descriptor: Int32, _ entry: SnapshotLayout.Entry) throws -> [Value] {
        let stride = MemoryLayout<Value>.stride
        guard entry.length % UInt64(stride) == 0 else { throw SnapshotLayout.Problem.corrupt("has a torn column") }
        let count = Int(entry.length) / stride
        let column = try [Value](unsafeUninitializedCapacity: count) { buffer, filled in
            try fill(descriptor, UnsafeMutableRawBufferPointer(buffer), at: entry.offset)
            filled = count
        }
        guard column.withUnsafeBytes(SnapshotLayout.checksum) == entry.checksum else {
            throw SnapshotLayout.Problem.corrupt("fails its checksum")
        }
        return column
    }

    private static func readArena(_ descriptor: Int32, _ entry: SnapshotLayout.Entry) throws -> ByteBuffer {
        let arena = ByteBuffer(capacity: Int(entry.length) + 16)
        var failure: Error?
        _ = arena.appendUninitialized(Int(entry.length)) { buffer in
            do {
                try fill(descriptor, buffer, at: entry.offset)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        guard SnapshotLayout.checksum(UnsafeRawBufferPointer(arena.bytes)) == entry.checksum else {
            throw SnapshotLayout.Problem.corrupt("fails its checksum")
        }
        return arena
    }

    /// The cold text stays in the file, read when asked for; its checksum is checked now,
    /// a block at a time, so it never all sits in memory.
    private static func coldText(_ descriptor: Int32, _ entry: SnapshotLayout.Entry) throws -> ColdText {
        let cold = ColdText(file: try reopen(descriptor), base: entry.offset, count: Int(entry.length))
        let hasher = BlockHasher()
        do {
            try cold.forEachChunk(SnapshotLayout.checksumBlock) { hasher.add($0) }
        } catch {
            throw SnapshotLayout.Problem.corrupt("is truncated")
        }
        guard hasher.finish() == entry.checksum else { throw SnapshotLayout.Problem.corrupt("fails its checksum") }
        return cold
    }

    /// The snapshot kept open for what is read from it later.
    private static func reopen(_ descriptor: Int32) throws -> OpenFile {
        let kept = dup(descriptor)
        guard kept >= 0 else { throw SnapshotLayout.Problem.corrupt("cannot be opened twice") }
        return OpenFile(descriptor: kept)
    }

    private static func fill(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) throws {
        guard buffer.isEmpty || FileIO.read(descriptor, into: buffer, at: offset) else {
            throw SnapshotLayout.Problem.corrupt("is truncated")
        }
    }
}

/// Work started on another core at once, whose result (or error) is waited for when
/// asked; asked more than once, it gives the same.
private final class BackgroundCheck<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var outcome: Result<Value, Error>?

    init(_ work: @escaping () throws -> Value) {
        let unchecked = UncheckedWork(work)
        DispatchQueue.global(qos: .userInitiated).async {
            let result = Result { try unchecked.work() }
            self.lock.withLock { self.outcome = result }
            self.done.signal()
        }
    }

    func result() throws -> Value {
        lock.lock()
        if outcome == nil {
            lock.unlock()
            done.wait()
            lock.lock()
        }
        defer { lock.unlock() }
        return try outcome!.get()
    }
}

/// A closure handed to one other thread, which alone calls it.
private struct UncheckedWork<Value>: @unchecked Sendable {
    let work: () throws -> Value

    init(_ work: @escaping () throws -> Value) {
        self.work = work
    }
}
