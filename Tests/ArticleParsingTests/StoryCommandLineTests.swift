import Foundation
import Testing
import TestSupport

/// `lede stories` and the story fields of `lede list --json`, and counts in words, from
/// the real binary.
extension CommandLineTests {
    @Test(.enabled(if: TestPaths.seeds != nil, "../shared/corpus/seeds is absent: story commands skipped (CI always has it)"))
    func storiesAndListJSONAgreeOnTheSeedStory() throws {
        let seeds = TestPaths.seeds!.path
        let stories = try lede(["stories", "--json", "--no-cache", seeds])
        #expect(stories.status == 0)
        let lines = stories.text.split(separator: "\n")
        try #require(lines.count == 1, "one story among the seeds:\n\(stories.text)")
        let story = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let paths = try #require(story["paths"] as? [String]).map { ($0 as NSString).lastPathComponent.prefix(3) }
        #expect(Set(paths) == ["000", "001", "002"])
        #expect(story["outletCount"] as? Int == 3 && story["size"] as? Int == 3)
        #expect((story["headline"] as? String)?.hasPrefix("Groups Call on Chicago") == true)

        let list = try lede(["list", "--json", "--no-cache", seeds])
        var storyOf: [String: String] = [:]
        for line in list.text.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let name = String(((object["path"] as? String ?? "") as NSString).lastPathComponent.prefix(3))
            if let id = object["story"] as? String { storyOf[name] = id } else { #expect(object["story"] is NSNull) }
            let similar = try #require(object["similar"] as? [[String: Any]])
            #expect(similar.count <= 5 && similar.allSatisfy { ($0["score"] as? Double).map { $0 > 0 && $0 <= 1 } == true })
        }
        #expect(storyOf == ["000": story["id"] as! String, "001": story["id"] as! String, "002": story["id"] as! String])
    }

    @Test func countsAreInTheRightNumber() throws {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try folder.write("one.md", BadInputTests.goodCard)
        let run = try lede(["check", "--no-cache", folder.path])
        #expect(run.text.contains("1 article, 0 errors,"), "\(run.text)")
    }
}
