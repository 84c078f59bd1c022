import ArticleParsing
import CorpusStore
import Foundation
import Testing
import TestSupport

@Suite("Seed corpus", .enabled(if: TestPaths.seeds != nil, Comment(rawValue: TestPaths.seedsMissing)), .timeLimit(.minutes(3)))
struct SeedTests {
    let corpus = CorpusLoader.loadFiles([TestPaths.seeds?.path ?? "/nonexistent"])

    private func article(_ prefix: String) throws -> Article {
        try #require(corpus.allArticles.first { $0.id.hasPrefix(prefix) })
    }

    @Test func loadsEveryFileWithoutProblems() {
        #expect(corpus.articles.count == 5)
        #expect(corpus.diagnostics.filter { $0.severity != .note }.isEmpty, "\(corpus.diagnostics)")
    }

    @Test func cardsHaveTitleDateProviderAndEveryRelatedItem() throws {
        let chicago = try article("000")
        #expect(chicago.format == .card)
        #expect(chicago.title == "Groups Call on Chicago to Ban Facial Recognition Technology")
        #expect(chicago.date?.text == "2020-02-06T22:37:00Z")
        #expect(chicago.provider == Provider(name: "Government Technology", domain: "govtech.com"))
        #expect(chicago.topics == ["AI", "Computer Vision"])
        #expect(chicago.related.count == 8)
        #expect(chicago.related[0].title.hasPrefix("Army looks to block data"))
        #expect(chicago.images.first?.width == 1119)
        #expect(chicago.quality == 59 && chicago.heat == -1)
        #expect(chicago.secured != nil)
        // The two Congress items share a title but not a URL: both are kept.
        let congress = chicago.related.filter { $0.title.hasPrefix("Despite public concerns") }
        #expect(congress.count == 2 && congress[0].urls.web != congress[1].urls.web)

        let police = try article("003")
        #expect(police.title == "Chicago Police Drop Clearview Facial Recognition Technology")
        #expect(police.date?.day == "2020-05-29")
        #expect(police.provider?.name == "U.S. News & World Report")
        #expect(police.related.count == 2)

        let amnesty = try article("004")
        #expect(amnesty.title == "Ban dangerous facial recognition technology that reinforces racist police work")
        #expect(amnesty.date?.day == "2021-01-26")
        #expect(amnesty.provider?.name == "Windows")
        #expect(amnesty.urls.original != nil)
        #expect(amnesty.related.count == 6)
        #expect(amnesty.related[0].extra.isEmpty)
    }

    @Test func plainTextArticlesFollowTheRules() throws {
        let groups = try article("001")
        #expect(groups.format == .plainText)
        #expect(groups.title == "Chicago-Area Groups Demand End to Facial Recognition Amid Concerns")
        #expect(groups.topics == ["facial recognition"])
        #expect(groups.provider?.name == "NBCUniversal, Inc.")
        #expect(groups.body.last?.hasPrefix("From early on") == true)
        #expect(!groups.body.contains("Contact Us"))

        let mayor = try article("002")
        #expect(mayor.date?.text == "2020-02-05")
        #expect(mayor.title.hasPrefix("The Mayor of Chicago, Lori Lightfoot"))
        #expect(mayor.title.count <= 101)
        #expect(mayor.body.first?.hasPrefix("The Mayor of Chicago") == true)
    }

    @Test func newestFirst() {
        let days = corpus.allArticles.compactMap { $0.date?.day }
        #expect(days == days.sorted(by: >))
        #expect(corpus.allArticles.last?.date == nil)
    }

    @Test func seedCardsTakeTheFastPath() throws {
        for name in ["000", "003", "004"] {
            let path = try article(name).path
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(FrontMatterProbe.scannerAccepts(bytes), "\(name) fell back to Yams")
        }
    }

    @Test func aSelfLinkIsNotFollowedIntoItself() throws {
        let police = try article("003")
        let index = try #require(corpus.allArticles.firstIndex(of: police))
        #expect(corpus.relatedTargets[index] == [.card, .card])
    }
}
