import CorpusStore
import Foundation
import Testing
@testable import ReaderState
import TestSupport

/// The Same story and Similar sections in the reader, on the seeds: 000, 001 and 002 are
/// one story from three outlets; 003 and 004 are later stories on the same topic.
@Suite struct SameStoryReadingTests {
    static let seeds = TestPaths.seeds

    /// A reader on the seeds with `prefix`'s article open.
    private func reader(opening prefix: String) throws -> (State, [String: Int]) {
        var state = State(corpus: CorpusLoader.loadFiles([Self.seeds!.path]), rows: 40, cols: 120)
        var byPrefix: [String: Int] = [:]
        for index in state.corpus.articles.indices { byPrefix[String(state.corpus.articles[index].fileName.prefix(3))] = index }
        let target = try #require(byPrefix[prefix])
        while state.selectedArticle != target {
            let before = state.selection
            press(&state, .down)
            try #require(state.selection != before, "\(prefix) is in the list")
        }
        press(&state, .enter)
        #expect(state.topView == .article(target))
        return (state, byPrefix)
    }

    @Test(.enabled(if: seeds != nil, Comment(rawValue: TestPaths.seedsMissing)))
    func opening001ListsTheOtherVersionsAndTheirNumbersOpenThem() throws {
        var (state, seed) = try reader(opening: "001")
        let lines = try #require(state.document).lines
        let heading = try #require(lines.firstIndex { $0.kind == .heading && $0.text == "Same story" })
        let similar = lines.firstIndex { $0.kind == .heading && $0.text == "Similar" } ?? lines.count
        let storyLinks = lines[heading..<similar].compactMap { line -> Int? in
            if case .link(let link) = line.kind, line.text.hasPrefix("[") { return link }
            return nil
        }
        let targets = storyLinks.compactMap { state.linkTarget(article: seed["001"]!, link: $0) }
        #expect(Set(targets) == [.article(seed["000"]!), .article(seed["002"]!)])
        for (link, target) in zip(storyLinks, targets) {
            press(&state, .character(Character(String(link + 1))))
            guard case .article(let article) = target else { continue }
            #expect(state.topView == .article(article), "link \(link + 1) opens its version")
            press(&state, .backspace)
            #expect(state.topView == .article(seed["001"]!), "Backspace comes back")
        }
        // 003 and 004 are later stories: not under Same story, but alike enough to be Similar.
        let similarTitles = lines[similar...].map(\.text).joined(separator: "\n")
        #expect(!lines[heading..<similar].map(\.text).joined().contains("Clearview Facial Recognition Technology"))
        #expect(similarTitles.contains("Chicago Police Drop Clearview"))
    }

    @Test(.enabled(if: seeds != nil, Comment(rawValue: TestPaths.seedsMissing)))
    func aLaterStoryHasNoSameStorySection() throws {
        let (state, _) = try reader(opening: "003")
        let headings = try #require(state.document).lines.filter { $0.kind == .heading }.map(\.text)
        #expect(!headings.contains("Same story"))
        #expect(headings.contains("Similar"))
    }
}
