import TestSupport
import CorpusStore
import Foundation
@testable import ReaderState
import Testing

/// Search finds what the pane shows: words in a card's related titles and excerpts find
/// the card, after the articles holding them in their own text, in the list and inside
/// the open article; and a snapshot keeps it.
@Suite struct RelatedSearchTests {
    /// Files written to a new folder; `cache` holds its snapshot. Removed when done.
    final class Folder {
        let root = NSTemporaryDirectory() + "lede-related-\(UUID().uuidString)"
        var corpus: String { root + "/corpus" }
        var cache: String { root + "/cache" }

        init() {
            try? FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
            write("harbour.md", card(title: "Harbour reopens after storm", date: "2024-03-05", related: [
                ("Snow closes Minneapolis schools", "The district said the quokka plan was ready."),
                ("Shared headline about ferries", "Shared excerpt about ferries."),
            ]))
            write("excerpted.md", card(title: "Bridge repairs begin", date: "2024-03-02", excerpt: "Work starts in Minneapolis."))
            write("titled.md", card(title: "Minneapolis council votes", date: "2024-03-01"))
            write("older.md", card(title: "Ferry timetable changes", date: "2024-02-01", related: [
                ("A Minneapolis weekend", nil),
                ("Shared headline about ferries", "Shared excerpt about ferries."),
            ]))
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func write(_ name: String, _ text: String) {
            _ = FileManager.default.createFile(atPath: corpus + "/" + name, contents: Data(text.utf8))
        }

        func card(title: String, date: String, excerpt: String = "Nothing to see.", related: [(String, String?)] = []) -> String {
            var text = "---\ntitle: \"\(title)\"\nexcerpt: \"\(excerpt)\"\npublishedDateTime: \(date)T09:00:00Z\n"
            text += "provider:\n  name: Example Gazette\ntopics: [Weather]\n"
            if !related.isEmpty { text += "related:\n" }
            for (title, excerpt) in related {
                text += "  - title: \"\(title)\"\n"
                if let excerpt { text += "    excerpt: \"\(excerpt)\"\n" }
                text += "    webUrl: \"https://elsewhere.example/\(title.count)\"\n    provider: { name: Lake Times }\n"
            }
            return text + "---\nA body paragraph.\n"
        }

        func load() -> (corpus: Corpus, stale: Bool) {
            CorpusLoader.load([corpus], cache: SnapshotStore(folder: cache))
        }
    }

    private func titles(_ query: String, in corpus: Corpus) throws -> [String] {
        try SearchIndex(corpus).search(Query.parse(query)).map { corpus.articles[$0].title }
    }

    @Test func aWordOnlyInARelatedTitleOrExcerptFindsTheCard() throws {
        let folder = Folder()
        let corpus = folder.load().corpus
        #expect(try titles("quokka", in: corpus) == ["Harbour reopens after storm"], "only in a related excerpt")
        #expect(try titles("snow closes", in: corpus) == ["Harbour reopens after storm"], "only in a related title")
        #expect(try titles("\"closes minneapolis\"", in: corpus) == ["Harbour reopens after storm"])
    }

    @Test func ownTextRanksAboveRelatedTextAndNewestFirstAmongEach() throws {
        let corpus = Folder().load().corpus
        #expect(try titles("minneapolis", in: corpus)
            == ["Minneapolis council votes", "Bridge repairs begin", "Harbour reopens after storm", "Ferry timetable changes"])
    }

    /// Every word must be found, each in the article's own text or its related text; a
    /// phrase never runs from one text into the next; `-word` asks about the own text only:
    /// a related card mentioning it leaves the article in.
    @Test func wordsAndAcrossOwnAndRelatedText() throws {
        let corpus = Folder().load().corpus
        #expect(try titles("harbour quokka", in: corpus) == ["Harbour reopens after storm"])
        #expect(try titles("bridge quokka", in: corpus) == [])
        #expect(try titles("\"schools the district\"", in: corpus) == [], "title and excerpt are separate texts")
        #expect(try titles("minneapolis -quokka", in: corpus)
            == ["Minneapolis council votes", "Bridge repairs begin", "Harbour reopens after storm", "Ferry timetable changes"])
        #expect(try titles("minneapolis -harbour", in: corpus)
            == ["Minneapolis council votes", "Bridge repairs begin", "Ferry timetable changes"])
    }

    @Test func fieldTermsDoNotLookAtRelatedText() throws {
        let corpus = Folder().load().corpus
        #expect(try titles("provider:lake", in: corpus) == [], "the related items' provider is not the article's")
        #expect(try titles("topic:quokka", in: corpus) == [])
        #expect(try titles("provider:example", in: corpus).count == 4)
    }

    @Test func eachDistinctRelatedTextIsStoredOnce() {
        let texts = Folder().load().corpus.relatedTexts
        // Four items, one of them listed by both cards: each item's title and excerpt
        // together are one text.
        #expect(texts.count == 3)
        #expect((0..<texts.count).map { String(decoding: texts.text($0), as: UTF8.self) }
            .contains("snow closes minneapolis schools\nthe district said the quokka plan was ready"))
    }

    @Test func searchingInTheArticleFindsTheRelatedLine() throws {
        let folder = Folder()
        // The open article is read again from its file.
        defer { withExtendedLifetime(folder) {} }
        let corpus = folder.load().corpus
        var state = State(corpus: corpus, rows: 40, cols: 80)
        #expect(corpus.articles[0].title == "Harbour reopens after storm")
        press(&state, .enter, .character("/"))
        for word in ["quokka", "minneapolis"] {
            press(&state, .control("u"))
            type(&state, word)
            let document = try #require(state.document)
            let search = try #require(state.articleSearch)
            #expect(search.lines == [document.linkLines[0]], "\(word)")
            #expect(search.lines.first.map { document.lines[$0].kind } == .link(0))
        }
        press(&state, .enter)
        #expect(state.status?.text == "1 matching line")
    }

    @Test func aWarmStartFindsTheSameHits() throws {
        let folder = Folder()
        let cold = folder.load()
        #expect(SnapshotStore(folder: folder.cache).write(cold.corpus, roots: [folder.corpus]) == nil)
        let warm = folder.load()
        #expect(!warm.stale)
        for query in ["minneapolis", "quokka", "ferries", "harbour quokka", "minneapolis -quokka", "\"shared excerpt\""] {
            #expect(try titles(query, in: warm.corpus) == titles(query, in: cold.corpus), "\(query)")
        }
        #expect(try titles("quokka", in: warm.corpus) == ["Harbour reopens after storm"])
        #expect(warm.corpus.relatedTexts.count == cold.corpus.relatedTexts.count)
    }

    /// Related text read from the spill file (cold) and from the snapshot (warm), text by
    /// text or scanned whole, typed a key at a time so shorter words' matches are rechecked:
    /// the same hits every way.
    @Test func everyWayOfReadingRelatedTextAgrees() throws {
        let folder = Folder()
        let cold = folder.load().corpus
        SnapshotStore(folder: folder.cache).write(cold, roots: [folder.corpus])
        let warm = folder.load().corpus
        for corpus in [cold, warm] {
            var scanning = SearchIndex(corpus)
            scanning.relatedDirectLimit = 0
            for query in ["minneapolis", "quokka plan", "ferries -quokka", "\"shared excerpt\""] {
                var typed = ""
                for character in query {
                    typed.append(character)
                    guard let parsed = try? Query.parse(typed) else { continue }
                    #expect(scanning.search(parsed) == SearchIndex(corpus).search(parsed), "\(typed)")
                }
            }
            #expect(try titles("quokka", in: corpus) == ["Harbour reopens after storm"])
        }
    }

    /// A changed folder on a warm start: the rows kept from the snapshot and the files read
    /// anew are searched alike.
    @Test func aRefreshedSnapshotFindsKeptAndNewArticles() throws {
        let folder = Folder()
        let cold = folder.load()
        #expect(SnapshotStore(folder: folder.cache).write(cold.corpus, roots: [folder.corpus]) == nil)
        folder.write("new.md", folder.card(title: "Tram line opens", date: "2024-03-04", related: [("Wombat sightings rise", nil)]))
        let refreshed = folder.load()
        #expect(refreshed.stale)
        #expect(try titles("wombat", in: refreshed.corpus) == ["Tram line opens"])
        #expect(try titles("quokka", in: refreshed.corpus) == ["Harbour reopens after storm"])
        #expect(try titles("ferries", in: refreshed.corpus) == ["Harbour reopens after storm", "Ferry timetable changes"])
    }
}
