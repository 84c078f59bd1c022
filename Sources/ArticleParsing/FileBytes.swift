import Foundation

/// Reads whole files with POSIX calls, refusing ones over a size limit.
enum FileBytes {
    struct Problem: Error {
        var message: String
    }

    static func read(_ path: String, limit: Int) -> Result<[UInt8], Problem> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(Problem(message: "cannot open: \(String(cString: strerror(errno)))")) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(Problem(message: "cannot stat: \(String(cString: strerror(errno)))")) }
        let size = Int(status.st_size)
        guard size <= limit else {
            return .failure(Problem(message: "file too large (\(size / 1_048_576) MB; the limit is \(limit / 1_048_576) MB)"))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Problem(message: "read failed: \(String(cString: strerror(errno)))"))
            }
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeLast(size - filled) }
        return .success(bytes)
    }
}
