import ArticleParsing
import CorpusStore
import Foundation
import Testing
import TestSupport

/// `lede list --json` must agree with PyYAML, a YAML 1.1 reference, on every card field it prints.
@Suite("Agreement with PyYAML", .enabled(if: PythonWithYAML.path != nil, "python3 with PyYAML is not installed: skipped"), .timeLimit(.minutes(3)))
struct PyYAMLReferenceTests {

    /// Prints, per card, what PyYAML reads: JSON with dates as epoch seconds.
    static let script = #"""
    import json, sys, os, datetime, yaml
    Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    def when(v):
        if isinstance(v, datetime.datetime):
            if v.tzinfo is None: v = v.replace(tzinfo=datetime.timezone.utc)
            return v.timestamp()
        if isinstance(v, datetime.date):
            return datetime.datetime(v.year, v.month, v.day, tzinfo=datetime.timezone.utc).timestamp()
        if isinstance(v, str):
            try: return when(datetime.datetime.fromisoformat(v.replace("Z", "+00:00")))
            except ValueError: return None
        return None
    def text(v):
        # lede trims the line break a folded or literal scalar ends with.
        return None if v is None else str(v).strip()
    for path in sys.argv[1:]:
        raw = open(path, encoding="utf-8-sig").read().replace("\r\n", "\n") + "\n"
        parts = raw.split("\n---\n", 1) if raw.startswith("---\n") else None
        if parts is None: continue
        doc = yaml.load(parts[0][4:], Loader=Loader) or {}
        provider = doc.get("provider")
        if isinstance(provider, dict): provider = provider.get("name") or provider.get("domain")
        related = [{"title": text(r.get("title")), "url": text(r.get("webUrl"))}
                   for r in (doc.get("related") or []) if isinstance(r, dict) and r.get("title")]
        print(json.dumps({"path": os.path.abspath(path), "title": text(doc.get("title")),
            "date": when(doc.get("publishedDateTime")), "provider": text(provider), "url": text(doc.get("webUrl")),
            "topics": [text(t) for t in (doc.get("topics") or [])], "related": related}))
    """#

    struct Result {
        var status: Int32
        var output: String
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    private func compare(folder: URL) throws -> Int {
        let corpus = CorpusLoader.loadFiles([folder.path])
        var ours: [String: [String: Any]] = [:]
        for index in corpus.articles.indices where corpus.allArticles[index].format == .card {
            let object = try JSONSerialization.jsonObject(with: Data(ArticleJSON.line(for: index, in: corpus).utf8))
            let dictionary = try #require(object as? [String: Any])
            ours[dictionary["path"] as! String] = dictionary
        }
        let files = corpus.allArticles.filter { $0.format == .card }.map(\.path)
        let reference = try Self.run(PythonWithYAML.path!, ["-c", Self.script] + files)
        #expect(reference.status == 0)
        var compared = 0
        for line in reference.output.split(separator: "\n") {
            let theirs = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let path = theirs["path"] as! String
            let mine = try #require(ours[path], "lede lost \(path)")
            #expect(mine["title"] as? String == theirs["title"] as? String, "title of \(path)")
            #expect(mine["provider"] as? String == theirs["provider"] as? String, "provider of \(path)")
            #expect(mine["url"] as? String == theirs["url"] as? String, "url of \(path)")
            #expect(mine["topics"] as? [String] == theirs["topics"] as? [String], "topics of \(path)")
            let myDate = (mine["date"] as? String).flatMap(DateParser.parse)?.timeIntervalSince1970
            #expect(myDate == theirs["date"] as? Double, "date of \(path)")
            let myRelated = (mine["related"] as? [[String: Any]] ?? []).map { "\($0["title"] ?? "")|\($0["url"] ?? "")" }
            let theirRelated = (theirs["related"] as? [[String: Any]] ?? []).map { "\($0["title"] ?? "")|\($0["url"] ?? "")" }
            #expect(myRelated == theirRelated, "related of \(path)")
            compared += 1
        }
        return compared
    }

    @Test(.enabled(if: TestPaths.seeds != nil, Comment(rawValue: TestPaths.seedsMissing)))
    func seeds() throws {
        #expect(try compare(folder: TestPaths.seeds!) == 3)
    }

    @Test func edgeCases() throws {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Excluded: YAML 1.1 turns `2024` into an int and `yes` into True, which lede shows as written.
        for (name, text) in EdgeCaseFixtures.validCards where name != "numbers-and-bools.md" && name != "odd-related.md" {
            try folder.write(name, text)
            try folder.write("crlf-" + name, text.replacingOccurrences(of: "\n", with: "\r\n"))
        }
        #expect(try compare(folder: folder) == (EdgeCaseFixtures.validCards.count - 2) * 2)
    }
}

/// A python3 that can import yaml, if this machine has one.
enum PythonWithYAML {
    static let path: String? = {
        for candidate in ["/usr/bin/python3", "/usr/local/bin/python3", "/root/.pyenv/shims/python3"] {
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            if (try? PyYAMLReferenceTests.run(candidate, ["-c", "import yaml"])).map({ $0.status == 0 }) == true { return candidate }
        }
        return nil
    }()
}
