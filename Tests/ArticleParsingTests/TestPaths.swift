import Foundation

/// Where the package and the shared seed corpus are, seen from the test sources.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/corpus/seeds` beside the package, when present (CI always has it).
    static var seeds: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static let seedsMissing = "../shared/corpus/seeds is absent: seed tests skipped (CI always has it)"

    /// A fresh temporary folder, removed by the caller's `defer`.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A snapshot cache of the tests' own, so runs never touch the user's.
    static let cacheHome = NSTemporaryDirectory() + "lede-tests-cache-\(getpid())"

    /// The environment the `lede` binary runs in under test: the caller's, with the cache
    /// moved to `cacheHome`.
    static var isolatedEnvironment: [String: String] {
        ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cacheHome]) { $1 }
    }

    /// The built `lede` binary beside the test bundle.
    static var ledeBinary: URL? {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("lede")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        for configuration in ["debug", "release"] {
            let candidate = packageRoot.appendingPathComponent(".build/\(configuration)/lede")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}

extension URL {
    func write(_ name: String, _ text: String) throws {
        let file = appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: appendingPathComponent(name))
    }
}
