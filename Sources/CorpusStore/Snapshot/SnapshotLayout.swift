import Foundation

/// The snapshot file: a fixed header, then sections read whole with one `pread` each.
///
/// ```
/// 0    "LEDESNAP"  magic
/// 8    UInt32      format version
/// 12   UInt32      section count
/// 16   UInt64      layout fingerprint (sizes and offsets of the row types)
/// 24   UInt64      file length
/// 32   sections × (offset, length, checksum), UInt64 each
/// …    UInt64      checksum of the header before it
/// ```
/// Sections hold the row columns exactly as they lie in memory (hence the fingerprint:
/// another compiler's layout is another format), the two text arenas, and small
/// length-prefixed records. All integers little-endian, as on every machine lede runs on.
enum SnapshotLayout {
    static let magic = Array("LEDESNAP".utf8)
    static let version: UInt32 = 3

    enum Section: Int, CaseIterable {
        case roots, rows, topics, related, urlKeys, backlinks, text, folded, cold, files
        /// Searched related text: each item's title and excerpt ids, the ends of the
        /// distinct texts, and the folded texts (`RelatedTextStore`).
        case relatedTextIds, relatedTextEnds, relatedTexts
        /// Similar articles and stories (`StoredStories`); empty when none were worked out.
        case storyRoots, vectorOffsets, vectorTerms, vectorWeights, termKeys, termCounts
    }

    static let headerSize = 32 + Section.allCases.count * 24 + 8
    /// Where the first section starts; each starts on a multiple of this.
    static let alignment = 64

    struct Entry: Equatable {
        var offset: UInt64
        var length: UInt64
        var checksum: UInt64
    }

    /// Changes whenever a row type's size or field placement (or the term hash) does, so a snapshot written
    /// by a build with another layout is refused instead of misread.
    static let fingerprint: UInt64 = {
        var numbers = [MemoryLayout<ArticleRow>.size, MemoryLayout<ArticleRow>.stride, MemoryLayout<RelatedRow>.stride,
                       MemoryLayout<TextRef>.stride, MemoryLayout<ColumnRange>.stride, MemoryLayout<FileIdentity>.stride]
        let rowFields: [PartialKeyPath<ArticleRow>] = [\.segment, \.format, \.path, \.markKeyHash, \.instant, \.quality, \.topics,
                                                        \.titleKey, \.backlinks, \.foldedStart, \.foldedLabelsLength, \.identity]
        numbers += rowFields.map { MemoryLayout<ArticleRow>.offset(of: $0) ?? -1 }
        let relatedFields: [PartialKeyPath<RelatedRow>] = [\.title, \.webURL, \.urlKeys, \.titleKey, \.target]
        numbers += relatedFields.map { MemoryLayout<RelatedRow>.offset(of: $0) ?? -1 }
        // Stories keep term hashes: another hash is another layout.
        numbers.append(ArticleTerms.hashVersion)
        // Stories are kept as grouped: another way of finding them must not show a
        // snapshot's stories as this build's.
        numbers.append(StoryGrouping.searchVersion)
        // Related text is folded by `TextFolding`: another folding is another layout.
        numbers.append(relatedTextFormat)
        return numbers.withUnsafeBytes { StableHash.of($0) }
    }()

    /// Bumped when how related text is folded or stored changes.
    static let relatedTextFormat = 1

    /// The header for `entries`, checksum included.
    static func header(entries: [Entry], fileLength: UInt64) -> [UInt8] {
        var writer = RecordWriter()
        for byte in magic { writer.integer(byte) }
        writer.integer(version)
        writer.integer(UInt32(entries.count))
        writer.integer(fingerprint)
        writer.integer(fileLength)
        for entry in entries {
            writer.integer(entry.offset)
            writer.integer(entry.length)
            writer.integer(entry.checksum)
        }
        let checksum = writer.bytes.withUnsafeBytes { StableHash.of($0) }
        writer.integer(checksum)
        return writer.bytes
    }

    /// Why a header cannot be used, in words for the one-line note.
    enum Problem: Error {
        case foreign(String)
        case corrupt(String)
    }

    /// The section entries of `header`, once magic, version, layout, length and checksum
    /// agree and every section lies inside the file, aligned and apart from the header.
    static func entries(of header: UnsafeRawBufferPointer, fileLength: UInt64) throws -> [Entry] {
        guard header.count >= headerSize, Array(header[0..<8]) == magic else { throw Problem.corrupt("is not a lede snapshot") }
        var reader = RecordReader(UnsafeRawBufferPointer(rebasing: header[8..<headerSize]))
        let version = try reader.integer(UInt32.self)
        guard version == Self.version else { throw Problem.foreign("has format version \(version), not \(Self.version)") }
        guard try reader.integer(UInt32.self) == UInt32(Section.allCases.count) else { throw Problem.corrupt("has a bad section table") }
        guard try reader.integer(UInt64.self) == fingerprint else { throw Problem.foreign("was written by a build with another layout") }
        guard try reader.integer(UInt64.self) == fileLength else { throw Problem.corrupt("is truncated or overlong") }
        var entries: [Entry] = []
        for _ in Section.allCases {
            entries.append(Entry(offset: try reader.integer(), length: try reader.integer(), checksum: try reader.integer()))
        }
        let stored = try reader.integer(UInt64.self)
        guard stored == StableHash.of(UnsafeRawBufferPointer(rebasing: header[0..<headerSize - 8])) else {
            throw Problem.corrupt("has a damaged header")
        }
        for entry in entries {
            guard entry.offset >= UInt64(headerSize), entry.offset % UInt64(alignment) == 0,
                  entry.length <= fileLength, entry.offset <= fileLength - entry.length else {
                throw Problem.corrupt("has a section outside the file")
            }
        }
        return entries
    }

    static let checksumBlock = 4 << 20

    /// Checksum of a section: 4 MiB blocks hashed on every core, then the block hashes.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let block = checksumBlock
        let count = (bytes.count + block - 1) / block
        guard count > 1 else { return StableHash.of(bytes, seed: 0) }
        let hashes = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: count)
        defer { hashes.deallocate() }
        let shared = SendablePointer(hashes.baseAddress!)
        let source = SendablePointer(UnsafeMutablePointer(mutating: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)))
        let total = bytes.count
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let start = index * block
            let length = min(total, start + block) - start
            shared.pointer[index] = StableHash.of(UnsafeRawBufferPointer(start: source.pointer + start, count: length), seed: UInt64(index))
        }
        return StableHash.of(UnsafeRawBufferPointer(hashes), seed: UInt64(count))
    }
}

/// A pointer handed to concurrent workers that each write their own element.
struct SendablePointer<Element>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Element>

    init(_ pointer: UnsafeMutablePointer<Element>) {
        self.pointer = pointer
    }
}

/// The section checksum of `SnapshotLayout.checksum`, for bytes that arrive in pieces:
/// gathered into 4 MiB blocks, each hashed as it fills.
final class BlockHasher {
    private let block = UnsafeMutableRawBufferPointer.allocate(byteCount: SnapshotLayout.checksumBlock, alignment: 8)
    private var filled = 0
    private var hashes: [UInt64] = []

    deinit { block.deallocate() }

    func add(_ bytes: UnsafeRawBufferPointer) {
        var start = 0
        while start < bytes.count {
            let length = min(bytes.count - start, block.count - filled)
            UnsafeMutableRawBufferPointer(rebasing: block[filled..<filled + length])
                .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[start..<start + length]))
            filled += length
            start += length
            if filled == block.count { flush() }
        }
    }

    private func flush() {
        hashes.append(StableHash.of(UnsafeRawBufferPointer(rebasing: block[0..<filled]), seed: UInt64(hashes.count)))
        filled = 0
    }

    /// The checksum of everything added.
    func finish() -> UInt64 {
        if filled > 0 || hashes.isEmpty { flush() }
        guard hashes.count > 1 else { return hashes[0] }
        return hashes.withUnsafeBytes { StableHash.of($0, seed: UInt64(hashes.count)) }
    }
}
