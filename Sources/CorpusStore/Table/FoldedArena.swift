import Foundation

/// A segment's folded search text: in memory, or — for a snapshot read by a command that
/// does not search — left in the file until something searches, sorts by title or writes
/// it, then read whole and checked against its checksum. A damaged one reads as blanks
/// (nothing matches) and says so, so a snapshot is never written from it.
final class FoldedArena: @unchecked Sendable {
    let count: Int
    private let lock = NSLock()
    private var loaded: ByteBuffer?
    private let file: (file: OpenFile, base: UInt64, checksum: UInt64)?
    private var damaged = false

    init(memory: ByteBuffer) {
        loaded = memory
        count = memory.count
        file = nil
    }

    init(file: OpenFile, base: UInt64, count: Int, checksum: UInt64) {
        self.file = (file, base, checksum)
        self.count = count
    }

    /// The bytes, read from the file the first time.
    var buffer: ByteBuffer {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let buffer = ByteBuffer(capacity: count + 16)
        let read = buffer.appendUninitialized(count) { target in file!.file.read(into: target, at: file!.base) }
        if !read || SnapshotLayout.checksum(UnsafeRawBufferPointer(buffer.bytes)) != file!.checksum {
            damaged = true
            let blank = ByteBuffer(capacity: count + 16)
            _ = blank.appendUninitialized(count) { target in
                target.initializeMemory(as: UInt8.self, repeating: 0x20)
                return true
            }
            loaded = blank
            return blank
        }
        loaded = buffer
        return buffer
    }

    /// Whether reading it from the file found it damaged.
    var isDamaged: Bool {
        lock.lock()
        defer { lock.unlock() }
        return damaged
    }
}
