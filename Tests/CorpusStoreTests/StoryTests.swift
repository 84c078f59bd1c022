import CorpusGenerator
import CorpusStore
import Foundation
import Testing
import TestSupport

/// Similar articles and stories, on the seeds and on a corpus written for these tests.
@Suite(.timeLimit(.minutes(3))) struct StoryTests {
    @Test(.enabled(if: TestPaths.seedsPath != nil, Comment(rawValue: TestPaths.seedsMissing)))
    func theThreeVersionsOfTheSeedStoryAreOneStoryAndTheLaterStoriesAreNot() throws {
        let corpus = CorpusLoader.loadFiles([TestPaths.seedsPath!]).withStories()
        let stories = try #require(corpus.stories)
        func seed(_ prefix: String) throws -> Int {
            try #require(corpus.articles.indices.first { corpus.articles[$0].fileName.hasPrefix(prefix) })
        }
        let trio = try ["000", "001", "002"].map(seed)
        let story = try #require(stories.story(of: trio[0]))
        #expect(Set(story.articles) == Set(trio))
        #expect(story.outletCount == 3)
        #expect(corpus.articles[story.headline].title.hasPrefix("Groups Call on Chicago"))
        for later in try ["003", "004"].map(seed) { #expect(stories.story(of: later) == nil) }
        #expect(stories.stories.count == 1)
        // Every article's similar list: others only, best first, at most five.
        for article in corpus.articles.indices {
            let similar = stories.similar(to: article)
            #expect(similar.count <= 5 && !similar.contains { $0.article == article })
            #expect(similar.map(\.score) == similar.map(\.score).sorted(by: >))
        }
        #expect(stories.similar(to: trio[1]).prefix(2).map(\.article).sorted() == [trio[0], trio[2]].sorted())
        #expect(stories.similar(to: trio[1], outsideStory: true).allSatisfy { !trio.contains($0.article) })
    }

    /// Beside the sample corpus, whose night train (a short card) and night ferry (plain
    /// text, undated) share words but not a subject, the seed story is still the only one.
    @Test(.enabled(if: TestPaths.seedsPath != nil, Comment(rawValue: TestPaths.seedsMissing)))
    func theSeedStoryAmongTheSampleCorpusIsTheOnlyStory() throws {
        let corpus = CorpusLoader.loadFiles([TestPaths.seedsPath!, FixtureFiles.sample]).withStories()
        let stories = try #require(corpus.stories).stories
        #expect(stories.count == 1, "\(stories.map { $0.articles.map { corpus.articles[$0].fileName } })")
        #expect(Set(stories.first?.articles.map { String(corpus.articles[$0].fileName.prefix(3)) } ?? []) == ["000", "001", "002"])
    }

    /// Where no term is in more articles than the index keeps for it, a similar list
    /// looks at every term the article keeps and every article sharing one, so it must be
    /// exactly the nearest by cosine against the whole corpus.
    @Test func similarListsAreTheTrulyNearestWhereNoTermIsCrowded() throws {
        let manifest = try StoryManifest.load()
        let corpus = CorpusLoader.loadFiles([manifest.root, FixtureFiles.sample]).withStories()
        let stories = try #require(corpus.stories)
        for article in corpus.articles.indices {
            let listed = stories.similar(to: article, limit: 5)
            let exact = stories.exactSimilar(to: article, limit: 5)
            #expect(listed.map(\.article) == exact.map(\.article), "\(corpus.articles[article].id)")
            #expect(zip(listed, exact).allSatisfy { abs($0.score - $1.score) < 1e-6 })
        }
    }

    @Test func writtenCorpusGroupsEveryStoryWholeAndKeepsLookAlikesApart() throws {
        let manifest = try StoryManifest.load()
        let corpus = CorpusLoader.loadFiles([manifest.root]).withStories()
        let stories = try #require(corpus.stories)
        var index: [String: Int] = [:]
        for article in corpus.articles.indices { index[corpus.articles[article].id] = article }
        func story(_ id: String) throws -> String? { try stories.story(of: #require(index[id], "\(id) loads"))?.id }

        for group in manifest.stories {
            let ids = try group.map(story)
            #expect(ids[0] != nil && Set(ids).count == 1, "one story: \(group)")
        }
        for (one, other, reason) in manifest.apart {
            let ids = (try story(one), try story(other))
            #expect(ids.0 == nil || ids.0 != ids.1, "apart: \(one) / \(other): \(reason)")
        }
        // Precision and recall over pairs of articles, for the closing note and for tuning.
        let truth = Set(manifest.stories.flatMap(StoryManifest.pairs))
        var found = Set<[String]>()
        for story in stories.stories {
            found.formUnion(StoryManifest.pairs(story.articles.map { corpus.articles[$0].id }))
        }
        let right = truth.intersection(found).count
        let precision = found.isEmpty ? 1 : Double(right) / Double(found.count)
        let recall = Double(right) / Double(truth.count)
        print("same-story pairs: precision \(precision) recall \(recall) (\(right) of \(truth.count) found, \(found.count) proposed)")
        #expect(precision == 1 && recall == 1)
    }

    @Test func storyIdsStayWhenUnrelatedArticlesArrive() throws {
        let manifest = try StoryManifest.load()
        let before = CorpusLoader.loadFiles([manifest.root]).withStories()
        let extra = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: extra) }
        FixtureFiles.write(FixtureFiles.card(title: "Orchard owners trial frost fans", date: "2023-03-02T10:00:00Z"),
                            to: extra + "/frost.md")
        let after = CorpusLoader.loadFiles([manifest.root, extra]).withStories()
        func ids(_ corpus: Corpus) -> [String: String] {
            var ids: [String: String] = [:]
            for story in corpus.stories!.stories { for article in story.articles { ids[corpus.articles[article].path] = story.id } }
            return ids
        }
        #expect(!ids(before).isEmpty && ids(before) == ids(after))
    }

    @Test func workGivenUpIsNotKept() throws {
        let corpus = CorpusLoader.loadFiles([try StoryManifest.load().root])
        var asked = 0
        #expect(corpus.withStories(unless: { asked += 1; return asked > 2 }) == nil, "given up at the third stage")
        #expect(asked == 3)
        #expect(corpus.withStories().stories?.stories.isEmpty == false, "worked out whole when asked again")
    }

    @Test func aRelatedCardFindsTheCorpusArticleItIsAbout() throws {
        let manifest = try StoryManifest.load()
        let corpus = CorpusLoader.loadFiles([manifest.root]).withStories()
        let stories = try #require(corpus.stories)
        let target = try #require(corpus.articles.indices.first { corpus.articles[$0].id.hasSuffix("a17-cobaltline-portal-breach.md") })
        let found = try #require(stories.closest(title: corpus.articles[target].title, excerpt: nil))
        #expect(stories.story(of: found.article)?.id == stories.story(of: target)?.id)
        #expect(stories.closest(title: "Zebra quilting championship", excerpt: "Needles and thread.") == nil)
    }

    /// The generated corpus is one template after another ("X Council Votes to …", "Y Named
    /// to Lead …") filled in with names from small lists: look-alikes, not stories.
    @Test func templatedArticlesMakeAlmostNoStories() throws {
        let folder = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CorpusGenerator(seed: 5).write(count: 3000, to: URL(fileURLWithPath: folder))
        let corpus = CorpusLoader.loadFiles([folder]).withStories()
        let stories = try #require(corpus.stories)
        let grouped = stories.stories.reduce(0) { $0 + $1.articles.count }
        print("generated corpus: \(stories.stories.count) stories, \(grouped) of \(corpus.count) articles in them")
        #expect(grouped * 100 <= corpus.count, "at most 1% of look-alikes grouped")
    }

    /// A third of the articles copies of one card, syndicated by 150 outlets over nine
    /// months: stories stay small and within the date window, and the work stays bounded.
    @Test func nearCopiesOfOneCardMakeNoGiantStory() throws {
        let folder = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CorpusGenerator(seed: 11).write(count: 600, to: URL(fileURLWithPath: folder))
        let template = try String(contentsOfFile: folder + "/" + CorpusGenerator(seed: 11).relativePath(index: 0), encoding: .utf8)
        for copy in 0..<300 {
            let day = String(format: "%02d", copy % 28 + 1)
            let text = template.replacingOccurrences(of: #"publishedDateTime: [^\n]*"#, with: "publishedDateTime: 2023-0\(copy % 9 + 1)-\(day)T10:00:00Z",
                                                     options: .regularExpression)
                .replacingOccurrences(of: "webUrl: \"", with: "webUrl: \"https://copies.example/\(copy)/")
                .replacingOccurrences(of: #"\nprovider:\n  name: [^\n]*"#, with: "\nprovider:\n  name: Outlet \(copy % 150)",
                                      options: .regularExpression)
            FixtureFiles.write(text, to: folder + "/copies/copy-\(copy).md")
        }
        let corpus = CorpusLoader.loadFiles([folder]).withStories()
        let stories = try #require(corpus.stories)
        for story in stories.stories {
            #expect(story.articles.count <= 64)
            let days = story.articles.map { corpus.instantSeconds($0) }.filter { !$0.isNaN }
            if let first = days.min(), let last = days.max() { #expect(last - first <= 3.5 * 86_400) }
        }
        #expect(stories.stories.contains { $0.articles.count > 2 }, "copies a few days apart are one story")
    }
}
