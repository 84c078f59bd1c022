import Foundation
import CorpusStore
import Testing
@testable import ArticleParsing
import SampleCorpus

/// The bundled sample corpus is what a first run of lede shows, so its link graph and
/// edge cases are designed, and these tests pin that design down.
@Suite struct SampleCorpusTests {
    let corpus: Corpus

    init() throws {
        let url = try #require(SampleCorpus.url)
        corpus = CorpusLoader.loadFiles([url.path])
    }

    private func article(_ id: String) throws -> Article {
        try #require(corpus.allArticles.first { $0.id == id }, "missing \(id)")
    }

    @Test func loadsEveryArticleCleanly() {
        #expect(corpus.articles.count == 16)
        let problems = corpus.diagnostics.filter { $0.severity == .error || $0.severity == .warning }
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func holdsBothFormatsInSeveralFolders() {
        #expect(corpus.allArticles.filter { $0.format == .card }.count == 11)
        #expect(corpus.allArticles.filter { $0.format == .plainText }.count == 5)
        let folders = Set(corpus.allArticles.compactMap { $0.id.split(separator: "/").first.map(String.init) })
        #expect(folders == ["climate", "culture", "tech", "transport"])
    }

    private enum LinkKind: String { case url, title }

    private struct Link: Hashable, CustomStringConvertible {
        var source: String
        var target: String
        var kind: LinkKind
        var description: String { "\(source) -\(kind.rawValue)-> \(target)" }
    }

    /// Resolved links, each marked by whether a URL key or only the title matched.
    private func resolvedLinks() -> [Link] {
        var links: [Link] = []
        for source in corpus.articles.indices {
            let targets = corpus.relatedTargets[source]
            for (offset, target) in targets.enumerated() {
                guard case .article(let position) = target else { continue }
                let item = corpus.allArticles[source].related[offset]
                let itemKeys = Set(item.urls.all.compactMap(LinkKeys.url))
                let targetKeys = Set(corpus.allArticles[position].urls.all.compactMap(LinkKeys.url))
                let kind: LinkKind = itemKeys.isDisjoint(with: targetKeys) ? .title : .url
                links.append(Link(source: corpus.allArticles[source].id, target: corpus.allArticles[position].id, kind: kind))
            }
        }
        return links
    }

    @Test func relatedLinksResolveAsDesigned() {
        let expected: Set<Link> = [
            Link(source: "climate/estuary-tidal-barrier.md", target: "climate/glaciers-chamonix.md", kind: .url),
            Link(source: "tech/basque-translation-model.md", target: "tech/lithography-tool-backlog.md", kind: .url),
            Link(source: "culture/wurzburg-museum-reopens.md", target: "culture/rosario-tango-festival.md", kind: .url),
            Link(source: "transport/night-trains-vienna-zurich.md", target: "climate/estuary-tidal-barrier.md", kind: .url),
            Link(source: "tech/bike-share-live-docks.md", target: "transport/night-trains-vienna-zurich.md", kind: .url),
            Link(source: "climate/estuary-tidal-barrier.md", target: "climate/saltmarsh-quay-seawall.txt", kind: .title),
            Link(source: "culture/rosario-tango-festival.md", target: "culture/lisbon-bookshop-centenary.txt", kind: .title),
            Link(source: "tech/bike-share-live-docks.md", target: "tech/kitahama-bus-delay-ai.md", kind: .title),
        ]
        let links = resolvedLinks()
        #expect(links.count == 8)
        #expect(Set(links) == expected)
        #expect(links.filter { $0.kind == .url }.count == 5)
        #expect(links.filter { $0.kind == .title }.count == 3)
        #expect(corpus.relatedLinkCount == 21)
        #expect(corpus.resolvedLinkCount == 8)
        #expect(corpus.relatedLinkCount - corpus.resolvedLinkCount == 13)
    }

    @Test func backlinksPointAtTheirSources() throws {
        let barrier = try #require(corpus.allArticles.firstIndex { $0.id == "climate/estuary-tidal-barrier.md" })
        let sources = corpus.backlinks[barrier].map { corpus.allArticles[$0].id }
        #expect(sources == ["transport/night-trains-vienna-zurich.md"])
    }

    @Test func cardEdgeCasesSurvive() throws {
        let longTitle = try article("tech/lithography-tool-backlog.md")
        #expect(longTitle.title.count > 150)
        #expect(longTitle.related.count == 2)
        #expect(longTitle.related[0].title == longTitle.related[1].title)
        #expect(longTitle.related[0].urls.web != longTitle.related[1].urls.web)

        #expect(try article("climate/heat-pump-installers.txt").related.isEmpty)
        #expect(try article("climate/heat-pump-installers.txt").title == "Heat-Pump Subsidies Doubled, but Installers Can't Keep Up")

        let japanese = try article("tech/kitahama-bus-delay-ai.md")
        #expect(japanese.title == "北浜市、AIで路線バスの遅延予測を開始")
        #expect(japanese.provider?.name == "北浜新報")
        #expect(japanese.body.count == 3)

        let emoji = try article("tech/bike-share-live-docks.md")
        #expect(emoji.title == "🚲 Bike-Share App Now Shows Live Dock Space, and Riders Love It 🎉")
        #expect(emoji.body.contains { $0.contains("👏") })

        let french = try article("climate/glaciers-chamonix.md")
        #expect(french.excerpt?.hasPrefix("Glaciologists at the Université de Savoie say this summer's melt") == true)
        #expect(french.body.contains { $0.contains("résumé") && $0.contains("Hélène Lefèvre") })

        let plainScalars = try article("culture/orchestra-walkout.md")
        #expect(plainScalars.title == "Northfield Philharmonic musicians walk out over pension changes")
        #expect(plainScalars.related[1].title == "Regional orchestras face a 'perfect storm' of costs, report says")
        #expect(plainScalars.body.isEmpty)
    }

    @Test func datesInEveryWrittenFormParse() throws {
        #expect(try article("climate/estuary-tidal-barrier.md").date?.day == "2024-03-05")
        // +02:00 local breakfast time is still the same UTC day.
        #expect(try article("climate/glaciers-chamonix.md").date?.instant == DateParser.parse("2023-09-18T05:45:00Z"))
        #expect(try article("climate/heat-pump-installers.txt").date?.day == "2024-01-22")
        #expect(try article("climate/wren-valley-otters.txt").date?.day == "2024-02-11")
        let undated = corpus.allArticles.filter { $0.date?.instant == nil }.map(\.id)
        #expect(Set(undated) == ["climate/saltmarsh-quay-seawall.txt", "culture/lisbon-bookshop-centenary.txt",
                                 "tech/warehouse-robots.txt", "transport/outer-isles-night-ferry.txt"])
    }

    @Test func plainTextRulesFindTheParts() throws {
        let seawall = try article("climate/saltmarsh-quay-seawall.txt")
        #expect(seawall.topics == ["Coastal towns"])
        #expect(seawall.title == "Residents of Saltmarsh Quay Ask Who Pays for the Seawall")
        #expect(seawall.excerpt?.hasPrefix("A £48 million defence") == true)
        #expect(seawall.provider?.name == "Harbour Light Media, Inc.")
        #expect(seawall.body.count == 5)
        #expect(!seawall.body.contains("Contact Us"))

        let otters = try article("climate/wren-valley-otters.txt")
        #expect(otters.title == "Volunteers counted otter tracks at 41 of the 60 survey points along the River Wren this winter")
        #expect(otters.extra.first?.value.text == "Photo credit: Wren Valley River Trust")

        let robots = try article("tech/warehouse-robots.txt")
        #expect(robots.title == "Warehouse Robots Learn to Ask for Help When a Parcel Looks Wrong")
        #expect(robots.provider?.name == "Kestrel Tech Review Ltd")
        #expect(robots.excerpt == nil)

        let bookshop = try article("culture/lisbon-bookshop-centenary.txt")
        #expect(bookshop.excerpt?.hasPrefix("The owners of a narrow shop") == true)
        #expect(bookshop.provider == nil)
        #expect(bookshop.body.count == 4)

        let ferry = try article("transport/outer-isles-night-ferry.txt")
        #expect(ferry.topics == ["Transport"])
        #expect(ferry.provider?.name == "Harbour Light Media, Inc.")
        #expect(ferry.body.count == 4)
        #expect(!ferry.body.contains("Advertisement"))
    }

    /// The sample is the first thing a user loads, so it should show the fast path at work.
    @Test func everySampleCardTakesTheFastScannerPath() throws {
        for article in corpus.allArticles where article.format == .card {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: article.path)))
            #expect(FrontMatterProbe.scannerAccepts(bytes), "\(article.id) fell back to Yams")
        }
    }

    @Test func topicsAndProvidersAreShared() {
        let topicCounts = Dictionary(corpus.allArticles.flatMap(\.topics).map { ($0, 1) }, uniquingKeysWith: +)
        #expect(topicCounts["Climate"] == 4)
        #expect(topicCounts["AI"] == 3)
        #expect(topicCounts["Transport"] == 4)
        let providers = Set(corpus.allArticles.compactMap { $0.provider?.label })
        #expect(providers.count >= 5)
        let years = Set(corpus.allArticles.compactMap { $0.date?.day.prefix(4) })
        #expect(years == ["2022", "2023", "2024"])
    }
}
