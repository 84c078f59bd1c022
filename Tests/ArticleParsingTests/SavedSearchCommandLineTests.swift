import CorpusStore
import Foundation
import ReaderState
import SampleCorpus
import Testing

/// `lede list --saved NAME` and `lede export --saved NAME` select what the reader's saved
/// search lists, from the same config file.
extension CommandLineTests {
    private func configHome(_ config: String) throws -> String {
        let home = TestPaths.temporaryFolder()
        try FileManager.default.createDirectory(at: home.appendingPathComponent("lede"), withIntermediateDirectories: true)
        try config.write(to: home.appendingPathComponent("lede/config.toml"), atomically: true, encoding: .utf8)
        return home.path
    }

    @Test func listAndExportTakeASavedSearchByName() throws {
        let sample = try #require(SampleCorpus.url)
        let corpus = CorpusLoader.loadFiles([sample.path])
        // A provider of the sample corpus, as the providers browser names it.
        let labels: [String] = corpus.articles.compactMap { article in article.provider?.label }
        let provider = try #require(labels.first)
        let home = try configHome("""
            [searches."from one outlet"]
            provider = "\(provider.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))"
            """)
        let environment = ["XDG_CONFIG_HOME": home, "XDG_STATE_HOME": home]
        let run = try lede(["list", "--json", "--no-cache", "--saved", "from one outlet", sample.path], environment: environment)
        #expect(run.status == 0, "\(run.errorText)")
        let printed = try run.text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["path"] as? String
        }
        let expected = corpus.articles.filter { $0.provider?.label == provider }.map(\.path)
        #expect(!expected.isEmpty && printed == expected)

        let export = try lede(["export", "--format", "json", "--no-cache", "--saved", "from one outlet", sample.path],
                              environment: environment)
        #expect(export.status == 0)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(export.text.utf8)) as? [[String: Any]])
        #expect(objects.compactMap { $0["path"] as? String } == expected)
    }

    @Test func anUnknownSavedSearchNamesTheOnesThereAre() throws {
        let sample = try #require(SampleCorpus.url)
        let home = try configHome("[searches.rivers]\nquery = \"river\"\n[searches.broken]\nquery = \"before:never\"\n")
        let run = try lede(["list", "--no-cache", "--saved", "lakes", sample.path], environment: ["XDG_CONFIG_HOME": home])
        #expect(run.status != 0)
        #expect(run.errorText.contains("no saved search named lakes (saved: rivers)"), "\(run.errorText)")
        #expect(run.errorText.contains("config.toml:4: query does not parse"), "a broken entry is reported: \(run.errorText)")
    }
}
