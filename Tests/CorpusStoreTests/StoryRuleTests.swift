import CorpusGenerator
import CorpusStore
import Foundation
import Testing
import TestSupport

/// Two of the README's rules for a story, each with a pair of articles that the other
/// rules would let join: published the same day, titles that do not name different
/// subjects, among 200 generated articles that make their words' rarity mean something.
/// - "articles that are alike enough": a pair sharing only a rare name, little alike
///   otherwise (about 0.14), is not a story;
/// - "that share a rare word (in at most 1 article in 200) unless they are copies": a pair
///   alike in words that eight articles use (too many to be rare in a corpus this
///   small, where the bar is 5) and not copies is not a story.
@Suite(.timeLimit(.minutes(3))) struct StoryRuleTests {
    /// Words of one beat: every lighthouse article uses all of them.
    static let beat = ["lighthouse", "keeper", "restoration", "volunteers", "lantern", "gallery", "painted", "brass",
                       "fundraiser", "heritage", "tower", "repairs", "granite", "stairs", "beacon"]

    static func card(_ title: String, _ date: String, _ provider: String, _ paragraphs: [String], excerpt: String? = nil) -> String {
        "---\ntitle: \"\(title)\"\n" + (excerpt.map { "excerpt: \"\($0)\"\n" } ?? "")
            + "publishedDateTime: \(date)\nprovider:\n  name: \(provider)\n---\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// The beat's words in one sentence, in an order of `seed`'s, ending with `extra`.
    static func beatSentence(_ seed: UInt64, _ extra: String) -> String {
        var random = SplitMix64(seed: seed)
        var words = beat
        for position in words.indices.reversed() { words.swapAt(position, random.int(below: position + 1)) }
        return "The " + words[..<7].joined(separator: " ") + " and " + words[7...].joined(separator: " ") + " \(extra)."
    }

    static func writeCorpus(to folder: String) throws {
        try CorpusGenerator(seed: 42).write(count: 200, to: URL(fileURLWithPath: folder + "/filler"))
        FixtureFiles.write(card("Volunteers finish lighthouse gallery", "2023-04-10T09:00:00Z", "Coast Courier", [
            beatSentence(1, "quietly"),
            "Saturday morning brought a crowd, a ribbon, a brass band from Tollcross school and speeches by the mayor.",
            "Children queued for ice cream while a drone filmed the coastline for the tourism office website.",
            "Organisers thanked a carpenter from Pellworth who donated oak for the handrails and a new visitor bench.",
        ]), to: folder + "/beat/a-lighthouse.md")
        FixtureFiles.write(card("Lantern restoration completed at heritage tower", "2023-04-10T15:00:00Z", "Harbour Echo", [
            beatSentence(2, "weekend"),
            "Families shared photographs online, cheering the sunshine after weeks of fog and cancelled ferries.",
            "A bakery in Dunmere sold biscuits and gave the proceeds to the lifeboat station.",
            "Next spring the trust hopes to reopen the keeper's cottage as a small museum of shipwreck charts.",
        ]), to: folder + "/beat/b-lighthouse.md")
        // The same beat months earlier, each outside the others' window: they make the
        // beat's words common without joining anything.
        for month in 1...6 {
            FixtureFiles.write(card("Lighthouse heritage tower repairs update \(month)", "2022-0\(month)-15T09:00:00Z", "Outlet \(month)",
                                    (0..<5).map { beatSentence(UInt64(10 * month + $0), "note\(month)") }),
                               to: folder + "/beat/c\(month)-lighthouse.md")
        }
        // One name in common, little else: each is made alike to an old article of its
        // own instead (words no other article has count for nothing), so the name weighs
        // little in either.
        let festivalWords = "Quenby oysters fiddlers bunting shanties pallets lemonade pottery reels choir"
        let cyclewayWords = "Ardleigh cycleway Grimsdyke kerbside loading pavements crossings consultation junctions depot"
        FixtureFiles.write(card("Marchbanks opens Quenby festival", "2023-07-01T09:00:00Z", "Festival Weekly", [
            "Ysolde Marchbanks opened the harbour festival with a speech about fishing boats and summer markets.",
            "The festival drew crowds to the harbour, where stalls sold smoked fish, pottery and lemonade.",
            "The mayor praised the festival organisers and the harbour master for the weather plan.",
            "Musicians from three villages played reels on a stage built from old pallets, and a choir sang sea shanties at dusk.",
            "Volunteers collected litter each evening, and the lifeboat crew ran a stall explaining how rescues are coordinated.",
        ], excerpt: "Oysters, fiddlers, bunting, shanties, pallets, lemonade, pottery, reels and a choir."), to: folder + "/name/d-festival.md")
        FixtureFiles.write(card("Marchbanks backs Ardleigh cycleway", "2023-07-01T12:00:00Z", "Road Report", [
            "Councillors voted on painted routes along the ring road after the deputy mayor spoke.",
            "Councillors said commuters deserve safer routes; shopkeepers worried about parking and deliveries.",
            "Engineers will survey junctions in August, with kerbs and signals to follow in the autumn.",
            "Residents near the school asked for slower traffic, wider pavements and more crossings before winter arrives.",
            "A consultation opens next month online and in libraries, and objections must be lodged within six weeks.",
        ], excerpt: "Grimsdyke kerbside loading, pavements, crossings, junctions, consultation and the depot."), to: folder + "/name/e-cycling.md")
        FixtureFiles.write(card("Memories of an old seaside fair", "2019-03-01T09:00:00Z", "Archive Desk",
                                ["Older residents remember \(festivalWords)."], excerpt: festivalWords), to: folder + "/name/f1-fair.md")
        FixtureFiles.write(card("Notes from an old planning file", "2019-09-01T09:00:00Z", "Archive Desk",
                                ["The file mentions \(cyclewayWords)."], excerpt: cyclewayWords), to: folder + "/name/f2-file.md")
    }

    /// The corpus `writeCorpus` writes, loaded with its stories (the files removed after).
    private static func writtenCorpus() throws -> Corpus {
        let folder = FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeCorpus(to: folder)
        return CorpusLoader.loadFiles([folder]).withStories()
    }

    private func storyOf(_ corpus: Corpus, _ suffix: String) throws -> String? {
        let index = try #require(corpus.articles.indices.first { corpus.articles[$0].path.hasSuffix(suffix) }, "\(suffix) loads")
        return corpus.stories?.story(of: index)?.id
    }

    @Test func aPairSharingOnlyARareNameIsNotAStory() throws {
        let corpus = try Self.writtenCorpus()
        let (festival, cycling) = (try storyOf(corpus, "d-festival.md"), try storyOf(corpus, "e-cycling.md"))
        #expect(festival == nil || festival != cycling, "little alike beyond a name, yet one story")
    }

    @Test func aPairAlikeOnlyInCommonWordsIsNotAStory() throws {
        let corpus = try Self.writtenCorpus()
        let (first, second) = (try storyOf(corpus, "a-lighthouse.md"), try storyOf(corpus, "b-lighthouse.md"))
        #expect(first == nil || first != second, "no rare word shared, not copies, yet one story")
    }
}
