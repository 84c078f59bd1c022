import Foundation

/// Writes a corpus table as a snapshot file: text gathered into one arena per kind, the
/// columns as they lie in memory, then the header. Written to a temporary file, synced,
/// and renamed over the old snapshot, so a reader sees the old file or the new one whole.
enum SnapshotWriter {
    struct Failure: Error {
        var message: String
    }

    static func write(_ table: CorpusTable, roots: [String], to path: String) throws {
        let packed = PackedTable(table)
        var rootsRecord = RecordWriter()
        rootsRecord.integer(UInt32(roots.count))
        for root in roots { rootsRecord.string(root) }
        let files = FileRecords.encode(failed: table.failed, diagnostics: table.fileDiagnostics)

        let temporary = path + ".tmp.\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(message: "cannot create \(temporary): \(String(cString: strerror(errno)))") }
        var closed = false
        defer {
            if !closed { close(descriptor) }
            unlink(temporary)
        }
        var entries: [SnapshotLayout.Entry] = []
        var offset = UInt64(SnapshotLayout.headerSize)
        func section(_ bytes: UnsafeRawBufferPointer) throws {
            offset = (offset + UInt64(SnapshotLayout.alignment) - 1) / UInt64(SnapshotLayout.alignment) * UInt64(SnapshotLayout.alignment)
            try writeAll(descriptor, bytes, at: offset)
            entries.append(.init(offset: offset, length: UInt64(bytes.count), checksum: SnapshotLayout.checksum(bytes)))
            offset += UInt64(bytes.count)
        }
        // In the order of `SnapshotLayout.Section`.
        try rootsRecord.bytes.withUnsafeBytes(section)
        try packed.rows.withUnsafeBytes(section)
        try packed.topics.withUnsafeBytes(section)
        try packed.related.withUnsafeBytes(section)
        try table.urlKeys.withUnsafeBytes(section)
        try table.backlinks.withUnsafeBytes(section)
        try section(UnsafeRawBufferPointer(packed.text.bytes))
        try section(UnsafeRawBufferPointer(packed.folded.bytes))
        try files.withUnsafeBytes(section)
        let header = SnapshotLayout.header(entries: entries, fileLength: offset)
        try header.withUnsafeBytes { try writeAll(descriptor, $0, at: 0) }
        guard ftruncate(descriptor, off_t(offset)) == 0, fsync(descriptor) == 0 else {
            throw Failure(message: "cannot write \(temporary): \(String(cString: strerror(errno)))")
        }
        closed = true
        guard close(descriptor) == 0, rename(temporary, path) == 0 else {
            throw Failure(message: "cannot replace \(path): \(String(cString: strerror(errno)))")
        }
        // The rename itself must survive a crash: sync the folder that holds it.
        let folder = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at start: UInt64) throws {
        var done = 0
        while done < bytes.count {
            let count = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(start) + off_t(done))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw Failure(message: "write failed: \(String(cString: strerror(errno)))") }
            done += count
        }
    }
}

/// A table's rows with all their text gathered into one text arena and one folded arena,
/// in row order: the single segment a snapshot holds. Text no row uses is left behind.
struct PackedTable {
    var rows: [ArticleRow]
    var topics: [TextRef]
    var related: [RelatedRow]
    let text: ByteBuffer
    let folded: ByteBuffer

    init(_ table: CorpusTable) {
        let textSize = table.segments.reduce(0) { $0 + $1.text.count }
        let foldedSize = table.segments.reduce(0) { $0 + $1.folded.count }
        text = ByteBuffer(capacity: textSize + 16)
        folded = ByteBuffer(capacity: foldedSize + 16)
        rows = table.rows
        topics = table.topics
        related = table.related
        let (text, folded) = (self.text, self.folded)
        for position in rows.indices {
            let segment = table.segments[Int(rows[position].segment)]
            func move(_ ref: TextRef) -> TextRef {
                guard !ref.isNone else { return .none }
                let start = text.count
                text.append(UnsafeRawBufferPointer(segment.bytes(ref)))
                return TextRef(offset: UInt32(start), length: ref.length)
            }
            var row = rows[position]
            let sharedURL = row.preferredURL == row.webURL
            row.path = move(row.path)
            row.id = move(row.id)
            row.title = move(row.title)
            row.excerpt = move(row.excerpt)
            row.dateText = move(row.dateText)
            row.providerName = move(row.providerName)
            row.providerDomain = move(row.providerDomain)
            row.webURL = move(row.webURL)
            row.preferredURL = sharedURL ? row.webURL : move(row.preferredURL)
            row.markKey = move(row.markKey)
            for topic in row.topics.range { topics[topic] = move(topics[topic]) }
            for item in row.related.range {
                related[item].title = move(related[item].title)
                related[item].webURL = move(related[item].webURL)
            }
            let foldedStart = folded.count
            folded.append(UnsafeRawBufferPointer(segment.foldedBytes(row.foldedStart, row.foldedTextLength + row.foldedLabelsLength)))
            row.foldedStart = UInt32(foldedStart)
            row.segment = 0
            rows[position] = row
        }
    }

    /// Whether the arenas fit the 32-bit offsets rows use.
    static func fits(_ table: CorpusTable) -> Bool {
        table.segments.reduce(0) { $0 + $1.text.count } < Int(UInt32.max) / 2
            && table.segments.reduce(0) { $0 + $1.folded.count } < Int(UInt32.max) / 2
    }
}
