import ArticleParsing
import CorpusStore
import Foundation
@testable import ReaderState
import SampleCorpus
import Testing
import TestSupport

/// The pane, `lede show` and the Markdown export render one `ArticleContent`: read back
/// from each output, every article of the sample corpus and of the seeds must give the
/// same title, meta, excerpt, paragraphs and numbered links as the content itself, and
/// the state must count and follow the same links.
@Suite(.timeLimit(.minutes(3))) struct ArticleContentAgreementTests {
    static let seeds = TestPaths.seeds

    @Test func everySampleArticleReadsTheSameInEveryOutput() throws {
        let url = try #require(SampleCorpus.url)
        try checkEveryArticle(of: CorpusLoader.loadFiles([url.path]))
    }

    @Test(.enabled(if: ArticleContentAgreementTests.seeds != nil, Comment(rawValue: TestPaths.seedsMissing)))
    func everySeedArticleReadsTheSameInEveryOutput() throws {
        try checkEveryArticle(of: CorpusLoader.loadFiles([Self.seeds!.path]))
    }

    private func checkEveryArticle(of loaded: Corpus) throws {
        #expect(loaded.count > 0)
        let state = State(corpus: loaded, rows: 24, cols: 80)
        // The reader's corpus, with its stories and similar articles worked out.
        let corpus = state.corpus
        #expect(corpus.stories != nil)
        var sawBacklinks = false
        for index in corpus.articles.indices {
            let content = ArticleContent(article: index, in: corpus, addresses: true)
            let expected = Digest(content)
            let name = corpus.articles[index].fileName
            #expect(!expected.title.isEmpty && !expected.meta.isEmpty, "\(name)")
            for width in [24, 60] {
                #expect(Digest(pane: ArticleDocument(content, width: width)) == expected, "pane at \(width): \(name)")
                #expect(Digest(plainText: ArticlePlainText.lines(content, width: width)) == expected, "show at \(width): \(name)")
            }
            #expect(Digest(markdown: ArticleMarkdown.lines(content)) == expected, "markdown: \(name)")
            // The reader's own document is the same content, and its links are the state's.
            #expect(ArticleDocument(article: index, in: corpus, width: 60).lines.map(\.text)
                == ArticleDocument(content, width: 60).lines.map(\.text))
            #expect(state.linkCount(of: index) == content.links.count, "\(name)")
            for (link, entry) in content.links.enumerated() {
                #expect(entry.number == link + 1)
                #expect(state.linkTarget(article: index, link: link) == entry.target, "\(name) link \(entry.number)")
            }
            #expect(state.linkTarget(article: index, link: content.links.count) == nil)
            if content.blocks.contains(where: { if case .links(let section) = $0 { section.kind == .linkedFrom } else { false } }) {
                sawBacklinks = true
            }
        }
        #expect(sawBacklinks || corpus.count < 10, "the corpus should exercise a second link section")
    }
}

/// What an output says, with all white space taken out, so wrapping and indents do not
/// count but every character of the text does.
private struct Digest: Equatable, CustomStringConvertible {
    var title = ""
    var meta = ""
    var excerpt = ""
    var paragraphs: [String] = []
    var headings: [String] = []
    var links: [String] = []

    var description: String { "title \(title)\nmeta \(meta)\nexcerpt \(excerpt)\nparagraphs \(paragraphs)\nheadings \(headings)\nlinks \(links)" }

    static func squeeze(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }) }

    static func link(_ number: Int, _ title: String) -> String { "\(number):" + squeeze(title) }

    /// What the content says.
    init(_ content: ArticleContent) {
        for block in content.blocks {
            switch block {
            case .title(let text): title = Self.squeeze(text)
            case .meta(let parts) where meta.isEmpty: meta = Self.squeeze(parts.joined(separator: " · "))
            case .excerpt(let text): excerpt = Self.squeeze(text)
            case .paragraph(let text): paragraphs.append(Self.squeeze(text))
            case .links(let section):
                headings.append(section.heading)
                links += section.entries.map { Self.link($0.number, $0.title) }
            default: break
            }
        }
    }

    /// What the pane's lines say, read by their kinds and blocks.
    init(pane document: ArticleDocument) {
        var groups: [(kind: ArticleDocument.Kind, text: String)] = []
        var lastBlock = -1
        for line in document.lines {
            if line.anchor.block == lastBlock { groups[groups.count - 1].text += line.text } else { groups.append((line.kind, line.text)) }
            lastBlock = line.anchor.block
        }
        for (kind, text) in groups {
            switch kind {
            case .title: title = Self.squeeze(text)
            case .meta where meta.isEmpty: meta = Self.squeeze(text)
            case .excerpt: excerpt = Self.squeeze(text)
            case .body: paragraphs.append(Self.squeeze(text))
            case .heading: headings.append(text)
            case .link(let link):
                let label = "[\(link + 1)] "
                #expect(text.hasPrefix(label))
                links.append(Self.link(link + 1, String(text.dropFirst(label.count))))
            default: break
            }
        }
    }

    /// What `lede show`'s lines say: the title over its underline, the meta lines, then
    /// blocks between blank lines, told apart by how they start.
    init(plainText lines: [String]) {
        let underline = lines.firstIndex { !$0.isEmpty && $0.allSatisfy { $0 == "=" } } ?? 0
        title = Self.squeeze(lines[..<underline].joined())
        let blocks = lines[(underline + 1)...].split(separator: "", omittingEmptySubsequences: true)
        meta = Self.squeeze(blocks.first?.joined() ?? "")
        for block in blocks.dropFirst() {
            let first = block.first!
            if first.hasPrefix("  ") {
                excerpt = Self.squeeze(block.joined())
            } else if first.hasPrefix("Topics: ") || first.hasPrefix("URL: ") {
                continue
            } else if LinkSection.allCases.contains(where: { $0.heading == first }), block.count > 1, block[block.startIndex + 1].hasPrefix("[") {
                headings.append(first)
                links += Self.plainTextLinks(block.dropFirst())
            } else {
                paragraphs.append(Self.squeeze(block.joined()))
            }
        }
    }

    /// `[n] title` lines (the title wraps without an indent), each followed by indented lines.
    private static func plainTextLinks(_ lines: ArraySlice<String>) -> [String] {
        var found: [(number: Int, title: String)] = []
        for line in lines where !line.hasPrefix(ArticlePlainText.linkIndent) {
            if line.hasPrefix("["), let close = line.firstIndex(of: "]"), let number = Int(line[line.index(after: line.startIndex)..<close]),
               found.isEmpty || number == found[found.count - 1].number + 1 {
                found.append((number, String(line[line.index(after: close)...])))
            } else if !found.isEmpty {
                found[found.count - 1].title += line
            }
        }
        return found.map { link($0.number, $0.title) }
    }

    /// What the Markdown says, unescaped.
    init(markdown lines: [String]) {
        var inLinks = false
        for line in lines where !line.isEmpty {
            if line.hasPrefix("## ") {
                title = Self.squeeze(Self.unescape(String(line.dropFirst(3))))
            } else if line.hasPrefix("*"), line.hasSuffix("*"), meta.isEmpty {
                meta = Self.squeeze(Self.unescape(String(line.dropFirst().dropLast())))
            } else if line.hasPrefix("> ") {
                excerpt = Self.squeeze(Self.unescape(String(line.dropFirst(2))))
            } else if line.hasPrefix("### ") {
                headings.append(Self.unescape(String(line.dropFirst(4))))
                inLinks = true
            } else if inLinks, let dot = line.firstIndex(of: "."), let number = Int(line[..<dot]) {
                links.append(Self.link(number, Self.markdownLinkTitle(String(line[line.index(dot, offsetBy: 2)...]))))
            } else if line.hasPrefix("Topics: ") || line.hasPrefix("<") {
                continue
            } else {
                paragraphs.append(Self.squeeze(Self.unescape(line)))
            }
        }
    }

    /// The title of `[title](address) — meta` or `title — meta`.
    private static func markdownLinkTitle(_ item: String) -> String {
        if item.hasPrefix("[") {
            // Brackets in the title are escaped, so the first bare `](` ends it.
            var previous: Character = " "
            var title = ""
            for (offset, character) in item.dropFirst().enumerated() {
                if character == "]", previous != "\\", item.dropFirst(offset + 2).hasPrefix("(") { break }
                title.append(character)
                previous = character
            }
            return unescape(title)
        }
        let end = item.range(of: " — ", options: .backwards)?.lowerBound ?? item.endIndex
        return unescape(String(item[..<end]))
    }

    private static func unescape(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if character == "\\", !escaping {
                escaping = true
                continue
            }
            escaping = false
            result.append(character)
        }
        return result
    }
}
