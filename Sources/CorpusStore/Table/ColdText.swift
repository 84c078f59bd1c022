import Foundation

/// Text that only an open article or a whole listing needs — excerpts, web addresses,
/// related items' titles and addresses — kept out of memory in a file (the snapshot, or a
/// spill file while loading) and read a piece at a time. Loading 100,000 articles then
/// holds only what the list, search and facets use.
///
/// Unchecked Sendable: immutable once made; reads use `pread`, which is safe to share.
public final class ColdText: @unchecked Sendable {
    private enum Storage {
        case memory(ByteBuffer)
        case file(OpenFile, base: UInt64)
    }

    private let storage: Storage
    /// Bytes held; every reference is checked against it.
    let count: Int

    init(memory: ByteBuffer) {
        storage = .memory(memory)
        count = memory.count
    }

    init(file: OpenFile, base: UInt64, count: Int) {
        storage = .file(file, base: base)
        self.count = count
    }

    static let empty = ColdText(memory: ByteBuffer(capacity: 16))

    var isInMemory: Bool {
        if case .memory = storage { return true }
        return false
    }

    func contains(_ ref: TextRef) -> Bool {
        ref.isNone || UInt64(ref.offset) + UInt64(ref.length) <= UInt64(count)
    }

    /// The bytes of `ref`; empty when it is missing, out of bounds or unreadable.
    func bytes(_ ref: TextRef) -> [UInt8] {
        guard !ref.isNone, contains(ref) else { return [] }
        switch storage {
        case .memory(let buffer):
            return Array(UnsafeBufferPointer(start: buffer.base + Int(ref.offset), count: Int(ref.length)))
        case .file(let file, let base):
            return file.read(at: base + UInt64(ref.offset), count: Int(ref.length)) ?? []
        }
    }

    /// Calls `body` with the bytes of `ref`, in place when in memory, else read into
    /// `scratch` when it is large enough (a scan reuses one); nil when `ref` is out of
    /// bounds or unreadable.
    func withBytes<Result>(_ ref: TextRef, scratch: UnsafeMutableRawBufferPointer? = nil,
                           _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        guard !ref.isNone, contains(ref) else { return nil }
        switch storage {
        case .memory(let buffer):
            return body(UnsafeRawBufferPointer(start: buffer.base + Int(ref.offset), count: Int(ref.length)))
        case .file(let file, let base):
            let length = Int(ref.length)
            if let scratch, scratch.count >= length {
                let target = UnsafeMutableRawBufferPointer(rebasing: scratch[0..<length])
                guard file.read(into: target, at: base + UInt64(ref.offset)) else { return nil }
                return body(UnsafeRawBufferPointer(target))
            }
            let own = UnsafeMutableRawBufferPointer.allocate(byteCount: length, alignment: 8)
            defer { own.deallocate() }
            guard file.read(into: own, at: base + UInt64(ref.offset)) else { return nil }
            return body(UnsafeRawBufferPointer(own))
        }
    }

    /// All of it in memory, for work that reads every article (a full listing).
    func loadedIntoMemory() -> ColdText {
        guard case .file(let file, let base) = storage else { return self }
        let buffer = ByteBuffer(capacity: count + 16)
        _ = buffer.appendUninitialized(count) { target in file.read(into: target, at: base) }
        return buffer.count == count ? ColdText(memory: buffer) : self
    }

    /// Calls `body` with the bytes in chunks of at most `chunk`, in order (for copying).
    func forEachChunk(_ chunk: Int, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        switch storage {
        case .memory(let buffer):
            var start = 0
            while start < count {
                let length = min(chunk, count - start)
                try body(UnsafeRawBufferPointer(start: buffer.base + start, count: length))
                start += length
            }
        case .file(let file, let base):
            let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 8)
            defer { scratch.deallocate() }
            var start = 0
            while start < count {
                let length = min(chunk, count - start)
                let part = UnsafeMutableRawBufferPointer(rebasing: scratch[0..<length])
                guard file.read(into: part, at: base + UInt64(start)) else { throw OpenFile.ReadFailure() }
                try body(UnsafeRawBufferPointer(part))
                start += length
            }
        }
    }
}

/// A file kept open for reading (and, while a load spills into it, appending), closed
/// when the last text in it is gone.
final class OpenFile: @unchecked Sendable {
    struct ReadFailure: Error {}

    let descriptor: Int32
    private let lock = NSLock()
    private var end: UInt64

    init(descriptor: Int32, end: UInt64 = 0) {
        self.descriptor = descriptor
        self.end = end
    }

    deinit { close(descriptor) }

    /// A new file that no other process can see (unlinked at once), in `folder`.
    static func scratch(in folder: String) -> OpenFile? {
        var template = Array((folder + "/lede-spill-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return OpenFile(descriptor: descriptor)
    }

    /// Appends `bytes`; returns where they start, or nil when the write failed.
    func append(_ bytes: UnsafeRawBufferPointer) -> UInt64? {
        lock.lock()
        defer { lock.unlock() }
        let start = end
        guard bytes.isEmpty || FileIO.write(descriptor, bytes, at: start) else { return nil }
        end += UInt64(bytes.count)
        return start
    }

    func read(at offset: UInt64, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        let ok = bytes.withUnsafeMutableBytes { read(into: $0, at: offset) }
        return ok ? bytes : nil
    }

    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) -> Bool {
        buffer.isEmpty || FileIO.read(descriptor, into: buffer, at: offset)
    }
}
