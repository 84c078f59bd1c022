import Foundation

/// Reads whole files with POSIX calls, refusing ones over a size limit, and says which
/// version of the file was read.
enum FileBytes {
    struct Problem: Error {
        var message: String
        var identity = FileIdentity.unknown
        /// A device, socket or FIFO is skipped on purpose, not a failure.
        var skipped = false
    }

    struct Contents {
        var bytes: [UInt8]
        var identity: FileIdentity
    }

    static func read(_ path: String, limit: Int) -> Result<Contents, Problem> {
        // Non-blocking, so a FIFO in the corpus cannot stall the load waiting for a writer.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Problem(message: "cannot open: \(String(cString: strerror(errno)))")) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(Problem(message: "cannot stat: \(String(cString: strerror(errno)))")) }
        let identity = FileIdentity(status)
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .failure(Problem(message: "skipped: not a regular file", identity: identity, skipped: true))
        }
        let size = Int(status.st_size)
        guard size <= limit else {
            return .failure(Problem(message: "file too large (\(size / 1_048_576) MB; the limit is \(limit / 1_048_576) MB)",
                                    identity: identity))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Problem(message: "read failed: \(String(cString: strerror(errno)))", identity: identity))
            }
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeLast(size - filled) }
        return .success(Contents(bytes: bytes, identity: identity))
    }
}

extension FileIdentity {
    init(_ status: stat) {
        self.init(size: UInt64(max(0, status.st_size)),
                  modified: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec),
                  inode: UInt64(status.st_ino))
    }
}
