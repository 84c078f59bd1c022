import ArticleParsing
import Foundation

/// Reading against parsing, per file, on one core and on all: how far parsing is from the
/// cost of the bytes. Times are the best of several rounds, as other work shares the machine;
/// `--only full|listing` times one detail level (for a profiler). `--dump FILE` writes every
/// outcome at both detail levels, of each file and of variants of it (CRLF, BOM, a NUL, cut
/// short, a lone CR), so two builds can be diffed; `--digest` writes a hash of each instead.
enum ParseBenchmark {
    static func run(arguments: [String]) {
        var roots: [String] = []
        var rounds = 5
        var dumpPath: String?
        var digestsOnly = false
        var details: [ArticleReader.Detail] = [.full, .listing]
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--rounds": rounds = remaining.popFirst().flatMap { Int($0) } ?? rounds
            case "--dump": dumpPath = remaining.popFirst()
            case "--digest": digestsOnly = true
            case "--only": details = remaining.popFirst() == "listing" ? [.listing] : [.full]
            default: roots.append(argument)
            }
        }
        let entries = files(under: roots)
        guard !entries.isEmpty else { return print("no files under \(roots.joined(separator: " "))") }
        if let dumpPath { return dump(entries, to: dumpPath, digestsOnly: digestsOnly) }

        let contents = entries.map(readBytes)
        let megabytes = Double(contents.reduce(0) { $0 + $1.count }) / 1_048_576
        print("files            \(entries.count) (\(format(megabytes)) MB), best of \(rounds) rounds;"
            + " one core timed by this thread's CPU time (wall time in brackets)")
        if details.count > 1 {
            @Sendable func read(_ index: Int) -> [UInt8] { readBytes(entries[index]) }
            report("read", entries.count, best(rounds, entries.count, allCores: false, read),
                   best(rounds, entries.count, allCores: true, read))
        }
        for detail in details {
            @Sendable func parse(_ index: Int) -> ArticleReader.Outcome {
                ArticleReader.read(bytes: contents[index], id: entries[index].id, path: entries[index].path, detail: detail)
            }
            report("parse \(detail)", entries.count, best(rounds, entries.count, allCores: false, parse),
                   best(rounds, entries.count, allCores: true, parse))
        }
    }

    private struct Timing {
        var wall: Double
        var cpu: Double
    }

    private static func report(_ name: String, _ files: Int, _ oneCore: Timing, _ allCores: Timing) {
        let label = name.padding(toLength: 17, withPad: " ", startingAt: 0)
        let perFile = oneCore.cpu / Double(files) * 1e6
        print("\(label)1 core \(format(perFile, 2)) µs/file = \(format(1e6 / perFile, 0)) files/s"
            + " (wall \(format(oneCore.wall / Double(files) * 1e6, 2)) µs);"
            + " all cores \(format(Double(files) / allCores.wall, 0)) files/s")
    }

    /// Fastest of `rounds` runs of `body` over every index, by wall and by this thread's CPU
    /// time, on one core or on all. Each round writes into slots made beforehand, with the
    /// allocator tidied first, so it pays neither for its result array nor for consolidating
    /// the last round's frees, which a cold start does not either.
    private static func best<T>(_ rounds: Int, _ count: Int, allCores: Bool, _ body: @escaping @Sendable (Int) -> T) -> Timing {
        var fastest = Timing(wall: .infinity, cpu: .infinity)
        for _ in 0..<max(rounds, 1) {
            let slots = Slots<T>(count: count)
            trimHeap()
            let cpuStart = threadCPUTime()
            let seconds = measure {
                if allCores {
                    let chunkSize = 64
                    DispatchQueue.concurrentPerform(iterations: (count + chunkSize - 1) / chunkSize) { chunk in
                        for index in (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize) { slots.set(index, body(index)) }
                    }
                } else {
                    for index in 0..<count { slots.set(index, body(index)) }
                }
            }.1
            let cpu = threadCPUTime() - cpuStart
            fastest = Timing(wall: min(fastest.wall, seconds), cpu: min(fastest.cpu, cpu))
        }
        return fastest
    }

    /// glibc's `malloc_trim(0)`, found at run time (no Swift module declares it): consolidates
    /// freed chunks now rather than inside the next timed round.
    private static func trimHeap() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }

    /// CPU seconds this thread has run: unlike wall time, not stretched by other work on the machine.
    private static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Every file under the roots (hidden ones skipped), in path order, with its path below its root as id.
    private static func files(under roots: [String]) -> [(path: String, id: String)] {
        var files: [(path: String, id: String)] = []
        for root in roots {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else { continue }
            guard isFolder.boolValue else {
                files.append((root, URL(fileURLWithPath: root).lastPathComponent))
                continue
            }
            var found: [(path: String, id: String)] = []
            let walker = FileManager.default.enumerator(atPath: root)
            while let relative = walker?.nextObject() as? String {
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                let path = root + "/" + relative
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                    found.append((path, relative))
                }
            }
            files += found.sorted { $0.path < $1.path }
        }
        return files
    }

    private static func dump(_ entries: [(path: String, id: String)], to path: String, digestsOnly: Bool) {
        guard FileManager.default.createFile(atPath: path, contents: nil), let output = FileHandle(forWritingAtPath: path) else {
            return print("cannot write \(path)")
        }
        for entry in entries {
            var text = ""
            for (variant, bytes) in variants(of: readBytes(entry)) {
                text += "== \(entry.id) (\(variant))\n"
                for detail in [ArticleReader.Detail.full, .listing] {
                    let outcome = ArticleReader.read(bytes: bytes, id: entry.id, path: entry.path, detail: detail)
                    // Dates print to the second: add every instant's exact bits.
                    let dates = [outcome.article?.date] + (outcome.article?.related.map(\.date) ?? [])
                    let instants = dates.map { $0?.instant.map { String($0.timeIntervalSince1970.bitPattern, radix: 16) } ?? "-" }
                    let description = String(reflecting: outcome) + " instants " + instants.joined(separator: ",")
                    text += "\(detail): \(digestsOnly ? digest(description) : description)\n"
                }
            }
            output.write(Data(text.utf8))
        }
        output.closeFile()
        print("dumped \(entries.count) files to \(path)")
    }

    /// FNV-1a of the text: enough to spot which outcomes differ in a large corpus.
    private static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return String(hash, radix: 16)
    }

    /// The file as it is and as other tools might have left it: CRLF line ends, a BOM, a
    /// stray NUL, cut short (often mid-character), a CR alone in its first line.
    private static func variants(of bytes: [UInt8]) -> [(String, [UInt8])] {
        let crlf = bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
        let firstBreak = bytes.firstIndex(of: 0x0A) ?? bytes.count
        var lone = bytes
        lone.insert(0x0D, at: firstBreak / 2)
        var nul = bytes
        nul.insert(0, at: bytes.count / 3)
        return [("as is", bytes), ("CRLF", crlf), ("BOM", [0xEF, 0xBB, 0xBF] + bytes), ("NUL", nul),
                ("cut", Array(bytes.prefix(bytes.count / 2 + 1))), ("lone CR", lone)]
    }

    /// The file's bytes with plain POSIX calls, as the loader reads them.
    private static func readBytes(_ entry: (path: String, id: String)) -> [UInt8] {
        let descriptor = open(entry.path, O_RDONLY)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return [] }
        let size = Int(status.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + filled, size - filled) }
            if count <= 0 { break }
            filled += count
        }
        if filled < size { bytes.removeLast(size - filled) }
        return bytes
    }
}

/// Results that concurrent workers write by index, read once all are done.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// Takes `value` over rather than copying it (an article copied is every field retained).
    func set(_ index: Int, _ value: consuming Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
