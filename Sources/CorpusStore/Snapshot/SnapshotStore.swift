import Foundation

/// The snapshot cache: one file per set of roots under `$XDG_CACHE_HOME/lede/` (default
/// `~/.cache/lede/`), so a warm start reads one file instead of parsing every article.
public struct SnapshotStore: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// The cache folder the environment names.
    public static func standard(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> SnapshotStore {
        let base: String
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            base = cache
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
        }
        return SnapshotStore(folder: base + "/lede")
    }

    enum Lookup {
        case found(CorpusTable)
        case missing
        /// There was a snapshot, but it cannot be used; the reason completes "The snapshot cache …".
        case rejected(String)
    }

    /// Roots as a snapshot names them: absolute, standardised, in the order given.
    static func normalised(_ roots: [String]) -> [String] {
        roots.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    /// The snapshot file for `roots`.
    public func path(for roots: [String]) -> String {
        let key = StableHash.of(Self.normalised(roots).joined(separator: "\n"))
        return folder + "/snapshot-" + String(key, radix: 16) + ".lede"
    }

    /// Whether a snapshot file (good or bad) is there for `roots`.
    func hasSnapshot(for roots: [String]) -> Bool {
        var status = stat()
        return lstat(path(for: roots), &status) == 0
    }

    func read(roots: [String], searchText: Bool = true, allColdText: Bool = false) -> Lookup {
        let path = path(for: roots)
        guard hasSnapshot(for: roots) else { return .missing }
        do {
            return .found(try SnapshotReader.read(path: path, roots: Self.normalised(roots), searchText: searchText,
                                                  allColdText: allColdText))
        } catch SnapshotLayout.Problem.foreign(let reason), SnapshotLayout.Problem.corrupt(let reason) {
            return .rejected("at \(path) \(reason)")
        } catch {
            return .rejected("at \(path) cannot be read")
        }
    }

    /// Writes the snapshot for `roots`, unless another process is writing it right now (it
    /// will leave an equally good one). Returns a problem in words, or nil.
    @discardableResult
    public func write(_ corpus: Corpus, roots: [String]) -> String? {
        guard SnapshotWriter.fits(corpus.table) else { return "the corpus is too large for a snapshot" }
        guard mkdirs(folder) else { return "cannot create \(folder): \(String(cString: strerror(errno)))" }
        let path = path(for: roots)
        let lock = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return "cannot lock \(path): \(String(cString: strerror(errno)))" }
        defer { close(lock) }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else { return nil }
        removeLeftovers(of: path)
        do {
            try SnapshotWriter.write(corpus.table, roots: Self.normalised(roots), to: path)
            return nil
        } catch let failure as SnapshotWriter.Failure {
            return failure.message
        } catch {
            return "cannot write \(path)"
        }
    }

    /// Every snapshot here: its path, size in bytes, and the roots it is for (nil when it
    /// cannot be read).
    public func list() -> [(path: String, size: Int, roots: [String]?)] {
        snapshotFiles().map { path in
            var status = stat()
            let size = stat(path, &status) == 0 ? Int(status.st_size) : 0
            return (path, size, try? SnapshotReader.roots(path: path))
        }
    }

    /// Removes every snapshot (and its lock and leftovers); returns how many snapshots went.
    @discardableResult
    public func clear() -> Int {
        var removed = 0
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix("snapshot-") {
            if unlink(folder + "/" + name) == 0, name.hasSuffix(".lede") { removed += 1 }
        }
        return removed
    }

    private func snapshotFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix("snapshot-") && $0.hasSuffix(".lede") }.sorted().map { folder + "/" + $0 }
    }

    /// Temporary files a killed writer left; only called with the lock held, when no
    /// other writer of this snapshot can be running.
    private func removeLeftovers(of path: String) {
        let prefix = (path as NSString).lastPathComponent + ".tmp."
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
            unlink(folder + "/" + name)
        }
    }

    /// The cache folder, created if need be; nil when it cannot be.
    func preparedFolder() -> String? { mkdirs(folder) ? folder : nil }

    private func mkdirs(_ path: String) -> Bool {
        (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)) != nil
    }
}
