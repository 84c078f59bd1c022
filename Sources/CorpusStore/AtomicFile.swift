import Foundation

/// Replaces a file so that a reader, or a crash at any moment, sees the old contents or
/// the new, never a part: the bytes go to a temporary file beside it, which is synced,
/// renamed over the old one, and the folder synced so the rename itself is durable.
/// (No test can see a missing sync: it matters only when the machine loses power.)
public enum AtomicFile {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ data: Data, to path: String, permissions: mode_t = 0o600) throws(Failure) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw Failure(description: "cannot write \(temporary): \(String(cString: strerror(errno)))") }
        var written = 0
        let ok = data.withUnsafeBytes { raw -> Bool in
            while written < raw.count {
                let count = Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += count
            }
            return true
        }
        guard ok, fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            unlink(temporary)
            throw Failure(description: "cannot write \(temporary): \(reason)")
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: "cannot replace \(path): \(reason)")
        }
        let folder = open((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent,
                          O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }
}
