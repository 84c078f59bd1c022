import ArticleParsing
import Foundation

/// Reading against parsing, per file, on one core and on all: how far parsing is from the
/// cost of the bytes. Times are the best of several rounds, as other work shares the machine.
/// `--dump FILE` writes every outcome at both detail levels, so two builds can be diffed.
enum ParseBenchmark {
    static func run(arguments: [String]) {
        var roots: [String] = []
        var rounds = 5
        var dumpPath: String?
        var digestsOnly = false
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--rounds": rounds = remaining.popFirst().flatMap { Int($0) } ?? rounds
            case "--dump": dumpPath = remaining.popFirst()
            case "--digest": digestsOnly = true
            default: roots.append(argument)
            }
        }
        let entries = CorpusLoader.collect(roots).entries
        guard !entries.isEmpty else { return print("no files under \(roots.joined(separator: " "))") }
        if let dumpPath { return dump(entries, to: dumpPath, digestsOnly: digestsOnly) }

        let contents = entries.map(readBytes)
        let megabytes = Double(contents.reduce(0) { $0 + $1.count }) / 1_048_576
        print("files            \(entries.count) (\(format(megabytes)) MB), best of \(rounds) rounds")
        report("read", entries.count, best(rounds) { _ = entries.map(readBytes) },
               best(rounds) { _ = onAllCores(entries.count) { readBytes(entries[$0]) } })
        for detail in [ArticleReader.Detail.full, .listing] {
            @Sendable func parse(_ index: Int) -> ArticleReader.Outcome {
                ArticleReader.read(bytes: contents[index], id: entries[index].id, path: entries[index].path, detail: detail)
            }
            report("parse \(detail)", entries.count, best(rounds) { _ = (0..<entries.count).map(parse) },
                   best(rounds) { _ = onAllCores(entries.count, parse) })
        }
    }

    private static func report(_ name: String, _ files: Int, _ oneCore: Double, _ allCores: Double) {
        let label = name.padding(toLength: 17, withPad: " ", startingAt: 0)
        print("\(label)1 core \(format(oneCore / Double(files) * 1e6, 2)) µs/file = \(format(Double(files) / oneCore, 0)) files/s;"
            + " all cores \(format(Double(files) / allCores, 0)) files/s")
    }

    /// Fastest of `rounds` runs; what `body` returns is kept until it is timed, then freed.
    private static func best<T>(_ rounds: Int, _ body: () -> T) -> Double {
        var fastest = Double.infinity
        for _ in 0..<max(rounds, 1) {
            let (kept, seconds) = measure(body)
            withExtendedLifetime(kept) { fastest = min(fastest, seconds) }
        }
        return fastest
    }

    private static func onAllCores<T>(_ count: Int, _ body: @escaping @Sendable (Int) -> T) -> [T?] {
        let slots = IndexedResults<T>(count: count)
        let chunkSize = 64
        DispatchQueue.concurrentPerform(iterations: (count + chunkSize - 1) / chunkSize) { chunk in
            for index in (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize) { slots.set(index, body(index)) }
        }
        return slots.values
    }

    private static func dump(_ entries: [CorpusLoader.Entry], to path: String, digestsOnly: Bool) {
        guard FileManager.default.createFile(atPath: path, contents: nil), let output = FileHandle(forWritingAtPath: path) else {
            return print("cannot write \(path)")
        }
        for entry in entries {
            var text = ""
            for (variant, bytes) in variants(of: readBytes(entry)) {
                text += "== \(entry.id) (\(variant))\n"
                for detail in [ArticleReader.Detail.full, .listing] {
                    let outcome = ArticleReader.read(bytes: bytes, id: entry.id, path: entry.path, detail: detail)
                    let description = String(reflecting: outcome)
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
    private static func readBytes(_ entry: CorpusLoader.Entry) -> [UInt8] {
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
