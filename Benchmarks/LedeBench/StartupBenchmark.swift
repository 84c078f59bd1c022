import Foundation

/// `lede-bench startup PATH`: what a user waits for, in one run. The raw read of every
/// file (one after another, like `cat`), then the reader started cold (no snapshot) and
/// warm (a valid snapshot), each in a fresh process running the real loop on a watching
/// terminal: to the first article rows, to fully loaded, its peak RSS, and how long it
/// takes to be gone after `Q`. Then `lede list --json`, cold and warm. Each figure is the
/// median of three runs (the machine is noisy), cold and warm runs taking turns.
enum StartupBenchmark {
    struct Child {
        var lines: [String: Double] = [:]
        var exited = 0.0
        var peakBytes = 0
    }

    static func run(roots: [String], rounds: Int = 3) {
        let files = CorpusFiles(roots)
        _ = files.readAll()
        let raw = median((0..<rounds).map { _ in files.readAll() })
        let cat = median((0..<rounds).map { _ in files.catAll() })
        let cache = NSTemporaryDirectory() + "lede-bench-cache-\(getpid())"
        setenv("XDG_CACHE_HOME", cache, 1)
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let bench = CommandLine.arguments[0]
        print("corpus           \(files.paths.count) files, \(format(Double(files.bytes) / 1_048_576)) MiB (\(format(Double(files.blocks) / 1_048_576)) MiB on disk)")
        print("raw read         \(ms(cat)) with find | xargs cat (the base of the ratios below); \(ms(raw)) read in-process, one file after another")
        print("                 medians of \(rounds) runs")
        var reader: [String: [(rows: Double, loaded: Double, stories: Double, peak: Int, quit: Double)]] = [:]
        for _ in 0..<rounds {
            for pass in ["cold", "warm"] {
                if pass == "cold" { try? FileManager.default.removeItem(atPath: cache) }
                let started = StartupProbeTime.now()
                let child = spawn([bench, "startup-probe"] + roots)
                reader[pass, default: []].append(((child.lines["rows"] ?? .nan) - started, (child.lines["loaded"] ?? .nan) - started,
                                                  (child.lines["stories"] ?? .nan) - started, child.peakBytes,
                                                  child.exited - (child.lines["quit"] ?? .nan)))
            }
        }
        for pass in ["cold", "warm"] {
            let runs = reader[pass]!
            let (rows, loaded, quit) = (median(runs.map(\.rows)), median(runs.map(\.loaded)), median(runs.map(\.quit)))
            let peak = runs.map(\.peak).sorted()[runs.count / 2]
            let stories = median(runs.map(\.stories))
            print("reader \(pass)      rows \(ms(rows)) (\(ratio(rows, cat))), loaded \(ms(loaded)) (\(ratio(loaded, cat))), "
                + "stories \(ms(stories)) (+\(format((stories - loaded) / loaded * 100, 0))%), peak RSS \(mib(peak)) (\(format(Double(peak) / Double(files.blocks), 2))× on disk), quit \(ms(quit))")
        }
        guard let lede = siblingBinary("lede") else { return print("lede list       (no lede binary next to \(bench))") }
        var listing: [String: [(took: Double, peak: Int)]] = [:]
        for _ in 0..<rounds {
            for pass in ["cold", "warm"] {
                if pass == "cold" { try? FileManager.default.removeItem(atPath: cache) }
                let started = StartupProbeTime.now()
                let child = spawn([lede, "list", "--json"] + roots, discardOutput: true)
                listing[pass, default: []].append((child.exited - started, child.peakBytes))
            }
        }
        for pass in ["cold", "warm"] {
            let runs = listing[pass]!
            let took = median(runs.map(\.took))
            let peak = runs.map(\.peak).sorted()[runs.count / 2]
            print("list --json \(pass)  \(ms(took)) (\(ratio(took, cat))), peak RSS \(mib(peak)) (\(format(Double(peak) / Double(files.blocks), 2))× on disk)")
        }
    }

    private static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    private static func ms(_ seconds: Double) -> String { format(seconds * 1000, 0) + " ms" }
    private static func mib(_ bytes: Int) -> String { format(Double(bytes) / 1_048_576, 0) + " MiB" }
    private static func ratio(_ part: Double, _ whole: Double) -> String { format(part / whole, 2) + "× raw" }

    private static func siblingBinary(_ name: String) -> String? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let path = folder.appendingPathComponent(name).path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Runs `arguments`, collecting `NAME SECONDS` lines from its stdout, the moment it
    /// was reaped and its peak RSS.
    private static func spawn(_ arguments: [String], discardOutput: Bool = false) -> Child {
        var pipe: [Int32] = [0, 0]
        _ = pipe.withUnsafeMutableBufferPointer { Glibc.pipe($0.baseAddress!) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        if discardOutput {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        }
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { fatalError("cannot start \(arguments[0])") }
        posix_spawn_file_actions_destroy(&actions)
        close(pipe[1])
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, $0.count) }
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        close(pipe[0])
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        var child = Child(exited: StartupProbeTime.now(), peakBytes: Int(usage.ru_maxrss) * 1024)
        for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let value = Double(parts[1]) { child.lines[String(parts[0])] = value }
        }
        return child
    }
}

enum StartupProbeTime {
    static func now() -> Double { StartupProbe.monotonicSeconds() }
}

/// The corpus's files, for the raw read: what `cat` would be given.
struct CorpusFiles {
    let roots: [String]
    let paths: [String]
    let bytes: Int
    let blocks: Int

    init(_ roots: [String]) {
        self.roots = roots
        var paths: [String] = []
        for root in roots {
            let enumerator = FileManager.default.enumerator(atPath: root)
            while let name = enumerator?.nextObject() as? String {
                var status = stat()
                let path = root + "/" + name
                if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG { paths.append(path) }
            }
        }
        self.paths = paths
        var bytes = 0
        var blocks = 0
        for path in paths {
            var status = stat()
            if stat(path, &status) == 0 {
                bytes += Int(status.st_size)
                blocks += Int(status.st_blocks) * 512
            }
        }
        self.bytes = bytes
        self.blocks = blocks
    }

    /// Seconds `find ROOT -type f -print0 | xargs -0 cat > /dev/null` takes: the raw read
    /// the targets are set against.
    func catAll() -> Double {
        let roots = self.roots.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "find \(roots) -type f -print0 | xargs -0 cat > /dev/null"]
        return measure {
            try? process.run()
            process.waitUntilExit()
        }.1
    }

    /// Seconds to read every file whole, one after another.
    func readAll() -> Double {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        return measure {
            for path in paths {
                let descriptor = open(path, O_RDONLY)
                guard descriptor >= 0 else { continue }
                while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
                close(descriptor)
            }
        }.1
    }
}
