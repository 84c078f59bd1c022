import Foundation

/// Whole reads and writes at an offset: `pread` and `pwrite` may move fewer bytes than
/// asked, or be interrupted; these go on until all are moved or a real error comes.
enum FileIO {
    /// False when the file ended or failed before `buffer` was filled.
    static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) -> Bool {
        transfer(buffer.count, at: offset) { done, position in
            pread(descriptor, buffer.baseAddress! + done, buffer.count - done, position)
        }
    }

    /// False when the write failed; `errno` says why.
    static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: UInt64) -> Bool {
        transfer(bytes.count, at: offset) { done, position in
            pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, position)
        }
    }

    /// Calls `step` with the bytes moved so far and the file position to go on from,
    /// until `count` bytes are moved; false on an error or an early end.
    private static func transfer(_ count: Int, at offset: UInt64, _ step: (Int, off_t) -> Int) -> Bool {
        var done = 0
        while done < count {
            let moved = step(done, off_t(offset) + off_t(done))
            if moved < 0 && errno == EINTR { continue }
            guard moved > 0 else { return false }
            done += moved
        }
        return true
    }
}
