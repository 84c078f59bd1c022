import Foundation
import TestSupport

/// `StoryCorpus/manifest.json`: which written articles report one story, and which pairs
/// must stay apart (same topic but another event, one template with another subject,
/// one outlet's boilerplate).
struct StoryManifest: Decodable {
    var root: String
    var stories: [[String]]
    var apartPairs: [[String]]

    var apart: [(String, String, String)] { apartPairs.map { ($0[0], $0[1], $0[2]) } }

    private enum CodingKeys: String, CodingKey {
        case root, stories
        case apartPairs = "apart"
    }

    static func load() throws -> StoryManifest {
        let folder = TestPaths.packageRoot.appendingPathComponent("Tests/CorpusStoreTests/StoryCorpus")
        var manifest = try JSONDecoder().decode(StoryManifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
        manifest.root = folder.appendingPathComponent(manifest.root).path
        return manifest
    }

    /// Every unordered pair of `ids`, each sorted.
    static func pairs(_ ids: [String]) -> [[String]] {
        var pairs: [[String]] = []
        for (position, one) in ids.enumerated() {
            for other in ids[(position + 1)...] { pairs.append([one, other].sorted()) }
        }
        return pairs
    }
}
