import Foundation

/// Where the package, the shared seed corpus and the built binary are, seen from the
/// test sources, for every test target alike.
public enum TestPaths {
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/corpus/seeds` beside the package, when present (CI always has it).
    public static var seeds: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// `seeds` as a path.
    public static var seedsPath: String? { seeds?.path }

    /// Why a test that needs the seeds was skipped: the condition and message of its
    /// `.enabled(if: TestPaths.seeds != nil, Comment(rawValue: TestPaths.seedsMissing))`.
    public static let seedsMissing = "../shared/corpus/seeds is absent: seed tests skipped (CI always has it)"

    /// A fresh temporary folder, removed by the caller's `defer`.
    public static func temporaryFolder(_ purpose: String = "tests") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-\(purpose)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A snapshot cache of the tests' own, so runs never touch the user's.
    public static let cacheHome = NSTemporaryDirectory() + "lede-tests-cache-\(getpid())"

    /// The environment the `lede` binary runs in under test: the caller's, with the cache
    /// moved to `cacheHome`.
    public static var isolatedEnvironment: [String: String] {
        ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cacheHome]) { $1 }
    }

    /// Where the built `lede` binary may be: beside the running test bundle (which is
    /// built into the same folder), else the package's debug or release build.
    public static var ledeCandidates: [URL] {
        var candidates: [URL] = []
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("lede"))
            folder.deleteLastPathComponent()
        }
        for configuration in ["debug", "release"] {
            candidates.append(packageRoot.appendingPathComponent(".build/\(configuration)/lede"))
        }
        return candidates
    }

    /// The built `lede` binary, or nil when it is not built.
    public static var ledeBinary: URL? {
        ledeCandidates.first { candidate in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder) && !isFolder.boolValue
                && FileManager.default.isExecutableFile(atPath: candidate.path)
        }
    }
}

extension URL {
    /// Writes `text` to `name` under this folder, making the folders on the way.
    public func write(_ name: String, _ text: String) throws {
        let file = appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    public func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: appendingPathComponent(name))
    }
}
