import CorpusGenerator
import CorpusStore
import Foundation
import Testing
import TestSupport

/// The versions of a story are found however many older articles weigh their words
/// more. Two outlets report one ferry deal this week in six words (two towns, a ferry, a
/// deal, an estuary, the councils); 96 almanacs of other years each repeat two of them,
/// so every word's 32 heaviest articles are almanacs. The words are still rare (in 34 of
/// some 7,100 articles, where the bar is 1 in 200), so the pair may join, and the story
/// search must look among the articles published near them, not only among each word's
/// heaviest.
@Suite(.timeLimit(.minutes(3))) struct StoryWindowTests {
    static let words = ["Quillfeather", "Brindlemoor", "ferry", "deal", "estuary", "councils"]

    static func card(_ title: String, _ date: String, _ provider: String, _ paragraphs: [String]) -> String {
        "---\ntitle: \"\(title)\"\npublishedDateTime: \(date)\nprovider:\n  name: \(provider)\n---\n"
            + paragraphs.joined(separator: "\n\n") + "\n"
    }

    static func writeCorpus(to folder: String) throws {
        try CorpusGenerator(seed: 5).write(count: 7000, to: URL(fileURLWithPath: folder + "/filler"))
        for pair in words.indices {
            let (one, other) = (words[pair], words[(pair + 1) % words.count])
            for copy in 0..<16 {
                let number = pair * 16 + copy
                let date = String(format: "%04d-%02d-10T09:00:00Z", 1900 + number, number % 12 + 1)
                FixtureFiles.write(card("\(one) \(other) almanac", date, "Almanac \(number)", [
                    "\(one) \(other) \(one) \(other) \(one) \(other).",
                ]), to: folder + "/old/almanac-\(number).md")
            }
        }
        FixtureFiles.write(card("Quillfeather and Brindlemoor councils: estuary ferry deal", "2023-05-10T09:00:00Z",
                                "Harbour Echo", ["The Quillfeather and Brindlemoor councils have an estuary ferry deal."]),
                           to: folder + "/new/a-ferry.md")
        FixtureFiles.write(card("Estuary ferry deal for Brindlemoor and Quillfeather councils", "2023-05-11T07:30:00Z",
                                "Coast Courier", ["An estuary ferry deal for the councils of Brindlemoor and Quillfeather."]),
                           to: folder + "/new/b-ferry.md")
    }

    @Test func theVersionsOfAStoryMeetThoughOlderArticlesWeighTheirWordsMore() throws {
        let folder = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.writeCorpus(to: folder)
        let corpus = CorpusLoader.loadFiles([folder]).withStories()
        let stories = try #require(corpus.stories)
        func index(_ suffix: String) throws -> Int {
            try #require(corpus.articles.indices.first { corpus.articles[$0].path.hasSuffix(suffix) }, "\(suffix) loads")
        }
        let (first, second) = (try index("a-ferry.md"), try index("b-ferry.md"))
        let story = try #require(stories.story(of: first), "the ferry deal is no story")
        #expect(story.articles.contains(second))
        #expect(story.articles.count == 2)
    }
}
