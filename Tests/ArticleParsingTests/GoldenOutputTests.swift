import Foundation
import SampleCorpus
import Testing

/// What the line-oriented commands print for the bundled sample corpus, byte for byte
/// against files kept in `Golden/`: a change of layout shows up in review as a change of
/// those files. `LEDE_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests` writes them
/// anew (then read the diff).
enum GoldenCommands {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Each golden file and the command that prints it; `SAMPLE` stands for the sample
    /// corpus folder, which is where the package happens to be checked out.
    static let all: [(file: String, arguments: [String])] = [
        ("list.txt", ["list", "--no-cache", "SAMPLE"]),
        ("list.jsonl", ["list", "--json", "--no-cache", "SAMPLE"]),
        ("list-query-sorted.txt", ["list", "--no-cache", "--query", "city -bus", "--sort", "title", "SAMPLE"]),
        ("show.txt", ["show", "--width", "72", "--no-cache", "SAMPLE/climate/estuary-tidal-barrier.md"]),
        ("show-plain-text.txt", ["show", "--width", "60", "--no-cache", "SAMPLE/climate/wren-valley-otters.txt"]),
        ("export.md", ["export", "--no-cache", "SAMPLE"]),
        ("export.json", ["export", "--format", "json", "--no-cache", "SAMPLE"]),
        ("stories.txt", ["stories", "--no-cache", "SAMPLE"]),
        ("check.txt", ["check", "--no-cache", "SAMPLE"]),
        ("themes.txt", ["themes"]),
    ]

    static var files: [String] { all.map { $0.file } }
}

extension CommandLineTests {
    @Test(arguments: GoldenCommands.files)
    func printsExactlyTheGoldenOutput(file: String) throws {
        let sample = try #require(SampleCorpus.url).standardizedFileURL.path
        let arguments = try #require(GoldenCommands.all.first { $0.file == file }).arguments
            .map { $0.replacingOccurrences(of: "SAMPLE", with: sample) }
        // Nothing of the user's: no config, no marks, no colour preference.
        let home = TestPaths.temporaryFolder().path
        let run = try lede(arguments, environment: ["XDG_CONFIG_HOME": home, "XDG_STATE_HOME": home, "NO_COLOR": "", "COLUMNS": "100"])
        #expect(run.status == 0, "\(run.errorText)")
        let printed = run.text.replacingOccurrences(of: sample, with: "SAMPLE")
        let golden = GoldenCommands.folder.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["LEDE_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: GoldenCommands.folder, withIntermediateDirectories: true)
            try printed.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(printed == expected, "lede \(arguments.joined(separator: " ")) differs from Golden/\(file):\n\(firstDifference(printed, expected))")
    }

    /// The first line where two texts part, for a readable failure.
    private func firstDifference(_ one: String, _ other: String) -> String {
        let (left, right) = (one.components(separatedBy: "\n"), other.components(separatedBy: "\n"))
        for index in 0..<max(left.count, right.count) {
            let (printed, golden) = (index < left.count ? left[index] : "<end>", index < right.count ? right[index] : "<end>")
            if printed != golden { return "line \(index + 1):\n  printed: \(printed)\n  golden:  \(golden)" }
        }
        return "(same lines; line endings differ)"
    }
}
