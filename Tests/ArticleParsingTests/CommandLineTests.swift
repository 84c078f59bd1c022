import ArticleParsing
import CorpusStore
import CorpusGenerator
import Foundation
import ReaderState
import Testing

/// The real `lede` binary on bad input: right exit status, and not one control byte on
/// stdout or stderr.
@Suite(.enabled(if: TestPaths.ledeBinary != nil, "the lede binary is not built: run `swift build` first"))
struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: [UInt8]
        var stderr: [UInt8]
        var text: String { String(decoding: stdout, as: UTF8.self) }
        var errorText: String { String(decoding: stderr, as: UTF8.self) }
    }

    func lede(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = TestPaths.ledeBinary
        process.arguments = arguments
        process.environment = TestPaths.isolatedEnvironment.merging(extra) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Drain stderr concurrently so a full pipe cannot stall the child; the group's
        // wait orders the reader's write before this thread's read.
        let errBytes = IndexedResults<[UInt8]>(count: 1)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            errBytes.set(0, Array(err.fileHandleForReading.readDataToEndOfFile()))
        }
        let outBytes = Array(out.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        group.wait()
        return Run(status: process.terminationStatus, stdout: outBytes, stderr: errBytes.values[0] ?? [])
    }

    private func badCorpus() throws -> URL {
        let folder = TestPaths.temporaryFolder()
        for (name, text) in BadInputTests.badFiles { try folder.write(name, text) }
        try folder.write("good.md", BadInputTests.goodCard)
        try folder.write("binary.bin", bytes: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        return folder
    }

    private func expectNoControlBytes(_ bytes: [UInt8], _ what: String) {
        let controls = bytes.filter { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F }
        #expect(controls.isEmpty, "\(controls.count) control bytes in \(what)")
        #expect(!TextSanitizer.needsCleaning(String(decoding: bytes, as: UTF8.self)), "C1 or bidi controls in \(what)")
    }

    @Test func checkReportsEveryProblemAndFails() throws {
        let folder = try badCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try lede(["check", folder.path])
        #expect(run.status == 1)
        expectNoControlBytes(run.stdout, "check stdout")
        expectNoControlBytes(run.stderr, "check stderr")
        #expect(run.text.contains("/unclosed.md:1: front matter opened with --- is never closed"))
        #expect(run.text.contains("/tabs.md:4: "))
        #expect(run.text.split(separator: "\n").last?.hasSuffix("errors, 3 related links (0 resolved)") == true)
    }

    @Test func listAndJSONStayClean() throws {
        let folder = try badCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["list", folder.path], ["list", "--json", folder.path], ["list", "--sort", "title", folder.path]] {
            let run = try lede(arguments)
            #expect(run.status == 0)
            expectNoControlBytes(run.stdout, arguments.joined(separator: " "))
            expectNoControlBytes(run.stderr, arguments.joined(separator: " ") + " (stderr)")
            #expect(run.text.contains("A good card"))
        }
        let json = try lede(["list", "--json", folder.path])
        for line in json.text.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["title"] is String && object?["topics"] is [Any] && object?["related"] is [Any])
        }
    }

    /// Two processes loading the same folders at once both write the snapshot; what is left
    /// is one valid snapshot, read by the next run without a note.
    @Test func twoProcessesWritingTheSnapshotAtOnceLeaveAValidOne() throws {
        let folder = TestPaths.temporaryFolder()
        let cache = TestPaths.temporaryFolder()
        defer { [folder, cache].forEach { try? FileManager.default.removeItem(at: $0) } }
        try CorpusGenerator(seed: 9).write(count: 1500, to: folder)
        var environment = TestPaths.isolatedEnvironment
        environment["XDG_CACHE_HOME"] = cache.path
        let runs = (0..<2).map { _ in
            let process = Process()
            process.executableURL = TestPaths.ledeBinary
            process.arguments = ["list", "--json", folder.path]
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            return process
        }
        for process in runs { try process.run() }
        for process in runs { process.waitUntilExit() }
        #expect(runs.allSatisfy { $0.terminationStatus == 0 })
        let warm = Process()
        warm.executableURL = TestPaths.ledeBinary
        warm.arguments = ["check", folder.path]
        warm.environment = environment
        let errors = Pipe()
        warm.standardError = errors
        warm.standardOutput = FileHandle.nullDevice
        try warm.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        warm.waitUntilExit()
        #expect(said.isEmpty, "the snapshot was read without a note: \(said)")
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.path + "/lede")
        #expect(files.filter { $0.hasSuffix(".lede") }.count == 1 && !files.contains { $0.contains(".tmp.") }, "\(files)")
    }

    /// `lede list | head` must end quietly when head closes the pipe.
    @Test func aClosedPipeEndsQuietly() throws {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CorpusGenerator(seed: 5).write(count: 1500, to: folder)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.environment = TestPaths.isolatedEnvironment
        process.arguments = ["-c", "'\(TestPaths.ledeBinary!.path)' list --json '\(folder.path)' 2>/tmp/lede-pipe-err-$$ | head -c 100 >/dev/null; status=${PIPESTATUS[0]}; cat /tmp/lede-pipe-err-$$; rm -f /tmp/lede-pipe-err-$$; echo \"status=$status\""]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text == "status=0\n", "expected a quiet exit 0, got: \(text)")
    }

    @Test func showFindsAnArticleOfTheSampleCorpusById() throws {
        let run = try lede(["show", "tech/kitahama-bus-delay-ai.md", "--width", "40"])
        #expect(run.status == 0)
        let lines = run.text.split(separator: "\n")
        #expect(lines.first == "北浜市、AIで路線バスの遅延予測を開始")
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 40 || $0.contains("http") })
        let missing = try lede(["show", "no/such/article.md"])
        #expect(missing.status != 0)
        #expect(String(decoding: missing.stderr, as: UTF8.self).contains("no article no/such/article.md"))
    }

    @Test func checkPassesOnTheSampleCorpus() throws {
        let run = try lede(["check"])
        #expect(run.status == 0, "\(run.text)")
    }

    @Test(.enabled(if: TestPaths.seeds != nil, Comment(rawValue: TestPaths.seedsMissing)))
    func showPrintsRelatedWithCorpusMarks() throws {
        let file = TestPaths.seeds!.appendingPathComponent("000_7d45522080cd48ab.txt").path
        let run = try lede(["show", file, "--width", "60"])
        #expect(run.status == 0)
        let lines = run.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Groups Call on Chicago to Ban Facial Recognition Technology")
        #expect(lines.allSatisfy { $0.count <= 60 || $0.hasPrefix("URL:") || $0.hasPrefix("    http") })
        #expect(run.text.contains("[8] "))
        #expect(run.text.contains("not in the corpus"))
    }

    /// Seeds 000–002 are one story that three outlets report: `outlets:3` keeps them and
    /// `--sort covered` lists them together.
    @Test(.enabled(if: TestPaths.seeds != nil, Comment(rawValue: TestPaths.seedsMissing)))
    func listFindsAndOrdersStoriesOfSeveralOutlets() throws {
        let seeds = TestPaths.seeds!.path
        let story = ["000_7d45522080cd48ab.txt", "001_0d1ef0c9cc388d2d.txt", "002_babed2c6dc0bdb0a.txt"]
        func files(_ arguments: [String]) throws -> [String] {
            let run = try lede(["list", "--json", "--no-cache"] + arguments + [seeds])
            #expect(run.status == 0, "\(run.stderr)")
            return run.text.split(separator: "\n").compactMap { line in
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                return (object?["path"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent }
            }
        }
        let several = try files(["--query", "outlets:3"])
        #expect(story.allSatisfy(several.contains), "\(several)")
        #expect(Set(try files(["--query", "is:story"])).isSuperset(of: several))
        let covered = try files(["--sort", "covered"])
        let positions = story.compactMap { covered.firstIndex(of: $0) }.sorted()
        #expect(positions.count == 3 && positions.last! - positions.first! == 2, "one story's articles together: \(positions)")
        let text = try lede(["list", "--no-cache", "--sort", "covered", "--query", "outlets:3", seeds])
        #expect(text.status == 0 && text.text.split(separator: "\n").count == several.count)
    }
}
