import Foundation

/// Writes a corpus table as a snapshot file: the text and cold arenas of every segment one
/// after another (references moved along by where their segment landed), the search text
/// gathered into row order, the columns as they lie in memory, then the header. Nothing is
/// copied whole in memory: arenas go out as they are, the rest through small buffers.
/// Written to a temporary file, synced, and renamed over the old snapshot, so a reader sees
/// the old file or the new one, whole.
enum SnapshotWriter {
    struct Failure: Error {
        var message: String
    }

    static func write(_ table: CorpusTable, roots: [String], to path: String) throws {
        var rootsRecord = RecordWriter()
        rootsRecord.integer(UInt32(roots.count))
        for root in roots { rootsRecord.string(root) }
        let files = FileRecords.encode(failed: table.failed, diagnostics: table.fileDiagnostics)
        let rebased = RebasedColumns(table)

        let temporary = path + ".tmp.\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(message: "cannot create \(temporary): \(String(cString: strerror(errno)))") }
        var closed = false
        defer {
            if !closed { close(descriptor) }
            unlink(temporary)
        }
        var output = SectionOutput(descriptor: descriptor)
        // In the order of `SnapshotLayout.Section`.
        try output.section { try $0.write(rootsRecord.bytes) }
        try output.section { try $0.write(rebased.rows) }
        try output.section { try $0.write(rebased.topics) }
        try output.section { try $0.write(rebased.related) }
        try output.section { try $0.write(table.urlKeys) }
        try output.section { try $0.write(table.backlinks) }
        try output.section { out in for segment in table.segments { try out.write(UnsafeRawBufferPointer(segment.text.bytes)) } }
        try output.section { out in
            // In row order, so a search (which goes newest first) reads the arena front to
            // back; rows were parsed in walk order. Gathered through a small staging buffer.
            let bases = table.segments.map { $0.folded.buffer.base }
            var staging: [UInt8] = []
            staging.reserveCapacity(1 << 20)
            for row in table.rows {
                let length = Int(row.foldedTextLength) + Int(row.foldedLabelsLength)
                staging.append(contentsOf: UnsafeBufferPointer(start: bases[Int(row.segment)] + Int(row.foldedStart), count: length))
                if staging.count >= 1 << 20 {
                    try staging.withUnsafeBytes { try out.write($0) }
                    staging.removeAll(keepingCapacity: true)
                }
            }
            try staging.withUnsafeBytes { try out.write($0) }
        }
        // Read from a damaged snapshot only now: better no snapshot than one built on it.
        guard !table.segments.contains(where: \.folded.isDamaged) else {
            throw Failure(message: "the old snapshot's search text is damaged; it is rebuilt on the next start")
        }
        try output.section { out in
            for segment in table.segments { try segment.cold.forEachChunk(1 << 20) { try out.write($0) } }
        }
        try output.section { try $0.write(files) }
        try output.section { try $0.write(rebased.relatedTextIds) }
        try output.section { out in
            // Moved along by the bytes of the segments before, a segment at a time.
            var bytesBefore: UInt32 = 0
            for segment in table.segments {
                try out.write(segment.relatedTexts.ends.map { $0 + bytesBefore })
                bytesBefore += UInt32(segment.relatedTexts.arena.count)
            }
        }
        try output.section { out in
            for segment in table.segments { try segment.relatedTexts.arena.forEachChunk(1 << 20) { try out.write($0) } }
        }
        let stories = table.keptStories.map(StoredStories.init)
        try output.section { try $0.write(stories?.roots ?? []) }
        try output.section { try $0.write(stories?.vectorOffsets ?? []) }
        try output.section { try $0.write(stories?.vectorTerms ?? []) }
        try output.section { try $0.write(stories?.vectorWeights ?? []) }
        try output.section { try $0.write(stories?.termKeys ?? []) }
        try output.section { try $0.write(stories?.termCounts ?? []) }
        // Empty sections at the end lie at aligned offsets past the last byte written: the
        // file is made as long as the header says.
        guard ftruncate(descriptor, off_t(output.offset)) == 0 else {
            throw Failure(message: "cannot size \(temporary): \(String(cString: strerror(errno)))")
        }
        let header = SnapshotLayout.header(entries: output.entries, fileLength: output.offset)
        try header.withUnsafeBytes { try SectionOutput.writeAll(descriptor, $0, at: 0) }
        // On disk before the rename publishes it. Untestable, as in StateFile: a missing sync
        // shows only after a power cut or kernel crash, never to a process on the same kernel.
        guard fsync(descriptor) == 0 else { throw Failure(message: "cannot sync \(temporary): \(String(cString: strerror(errno)))") }
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
}

/// Writes sections one after another, each aligned, checksummed as it is written.
private struct SectionOutput {
    let descriptor: Int32
    private(set) var offset = UInt64(SnapshotLayout.headerSize)
    private(set) var entries: [SnapshotLayout.Entry] = []
    private var start: UInt64 = 0
    private var hasher = BlockHasher()

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    mutating func section(_ body: (inout SectionOutput) throws -> Void) throws {
        let alignment = UInt64(SnapshotLayout.alignment)
        offset = (offset + alignment - 1) / alignment * alignment
        start = offset
        hasher = BlockHasher()
        try body(&self)
        entries.append(.init(offset: start, length: offset - start, checksum: hasher.finish()))
    }

    mutating func write<Value>(_ values: [Value]) throws {
        try values.withUnsafeBytes { try write($0) }
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard !bytes.isEmpty else { return }
        try Self.writeAll(descriptor, bytes, at: offset)
        hasher.add(bytes)
        offset += UInt64(bytes.count)
    }

    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at start: UInt64) throws {
        guard FileIO.write(descriptor, bytes, at: start) else {
            throw SnapshotWriter.Failure(message: "write failed: \(String(cString: strerror(errno)))")
        }
    }
}

/// The columns with every reference moved to where its segment's arenas land in the
/// file's single arena of each kind.
private struct RebasedColumns {
    var rows: [ArticleRow]
    var topics: [TextRef]
    var related: [RelatedRow]
    /// Related-text ids, moved past the texts of earlier segments.
    var relatedTextIds: [UInt32]

    init(_ table: CorpusTable) {
        var textBase: [UInt32] = []
        var coldBase: [UInt32] = []
        var totals: (text: Int, folded: Int, cold: Int) = (0, 0, 0)
        for segment in table.segments {
            textBase.append(UInt32(totals.text))
            coldBase.append(UInt32(totals.cold))
            totals = (totals.text + segment.text.count, totals.folded + segment.folded.count, totals.cold + segment.cold.count)
        }
        func move(_ ref: TextRef, by base: UInt32) -> TextRef {
            ref.isNone ? ref : TextRef(offset: ref.offset + base, length: ref.length)
        }
        rows = table.rows
        topics = table.topics
        related = table.related
        relatedTextIds = table.relatedTextIds
        var relatedIdBase: [UInt32] = []
        var relatedTextCount: UInt32 = 0
        for segment in table.segments {
            relatedIdBase.append(relatedTextCount)
            relatedTextCount += UInt32(segment.relatedTexts.count)
        }
        var foldedOffset: UInt32 = 0
        for position in rows.indices {
            var row = rows[position]
            let segment = Int(row.segment)
            let (text, cold) = (textBase[segment], coldBase[segment])
            row.path = move(row.path, by: text)
            row.id = move(row.id, by: text)
            row.title = move(row.title, by: text)
            row.dateText = move(row.dateText, by: text)
            row.providerName = move(row.providerName, by: text)
            row.providerDomain = move(row.providerDomain, by: text)
            row.excerpt = move(row.excerpt, by: cold)
            row.webURL = move(row.webURL, by: cold)
            row.preferredURL = move(row.preferredURL, by: cold)
            for topic in row.topics.range { topics[topic] = move(topics[topic], by: text) }
            for item in row.related.range {
                related[item].title = move(related[item].title, by: cold)
                related[item].webURL = move(related[item].webURL, by: cold)
                if relatedTextIds[item] != RelatedTextStore.none { relatedTextIds[item] += relatedIdBase[segment] }
            }
            row.foldedStart = foldedOffset
            foldedOffset += row.foldedTextLength + row.foldedLabelsLength
            row.segment = 0
            rows[position] = row
        }
    }

    /// Whether every arena, gathered into one, fits the 32-bit offsets rows use.
    static func fit(_ table: CorpusTable) -> Bool {
        let limit = Int(UInt32.max) - 1
        return table.segments.reduce(0) { $0 + $1.text.count } < limit
            && table.segments.reduce(0) { $0 + $1.folded.count } < limit
            && table.segments.reduce(0) { $0 + $1.cold.count } < limit
            && table.segments.reduce(0) { $0 + $1.relatedTexts.arena.count } < limit
            && table.segments.reduce(0) { $0 + $1.relatedTexts.count } < limit
    }
}

extension SnapshotWriter {
    static func fits(_ table: CorpusTable) -> Bool { RebasedColumns.fit(table) }
}
