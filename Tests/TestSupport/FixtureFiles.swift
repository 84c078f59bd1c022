import CorpusGenerator
import Foundation
import SampleCorpus

/// Article files on disk for tests that load folders: one small card, a generated corpus,
/// the sample corpus, and fresh folders to put them in.
public enum FixtureFiles {
    /// A fresh temporary folder's path; the caller removes it.
    public static func temporaryFolder() -> String { TestPaths.temporaryFolder("store-tests").path }

    /// The bundled sample corpus's folder.
    public static var sample: String { SampleCorpus.url!.path }

    /// A generated corpus of `count` files (cards with related links, some plain text).
    public static func generated(_ count: Int, seed: UInt64 = 7) -> String {
        let folder = temporaryFolder()
        try? CorpusGenerator(seed: seed).write(count: count, to: URL(fileURLWithPath: folder))
        return folder
    }

    /// Writes `text` to `path`, making its folder.
    public static func write(_ text: String, to path: String) {
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    /// A news card with one body paragraph; its web address is made from the title unless given.
    public static func card(title: String, date: String = "2024-05-01T10:00:00Z", url: String? = nil,
                            provider: String = "Example Wire", topic: String = "Tests",
                            body: String? = nil) -> String {
        """
        ---
        title: "\(title)"
        publishedDateTime: \(date)
        webUrl: "\(url ?? "https://example.org/" + title.lowercased().replacingOccurrences(of: " ", with: "-"))"
        provider:
          name: \(provider)
        topics: [\(topic)]
        ---
        \(body ?? "A body paragraph about \(title).")
        """
    }
}
