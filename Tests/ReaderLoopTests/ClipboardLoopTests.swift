import ArticleParsing
import CorpusStore
import Foundation
import ReaderState
import ReaderLoop
import Testing

/// `y` puts the address on the clipboard through the terminal: the OSC 52 bytes the loop
/// hands to it, and what the status line says.
@Suite(.timeLimit(.minutes(3))) struct ClipboardLoopTests {
    @Test func yCopiesTheSelectedArticlesAddressAsOSC52() throws {
        let run = runLoop([
            (ms(0), .corpus(LoopFixtures.news)),
            (ms(100), .key(.character("y"))),
            (ms(200), .key(.character("Q"))),
        ])
        let url = "https://news.example/0"
        let expected = "\u{1B}]52;c;" + Data(url.utf8).base64EncodedString() + "\u{07}"
        #expect(run.terminal.clipboardWrites.map { String(decoding: $0, as: UTF8.self) } == [expected])
        #expect(run.terminal.frame(at: ms(100))?.statusLine.contains("Copied \(url)") == true)
    }

    /// An address longer than any terminal's clipboard takes is not sent, and the status
    /// line says why rather than pretending it was copied.
    @Test func anAddressTooLongToCopyIsRefusedAloud() throws {
        let url = "https://long.example/" + String(repeating: "a", count: ClipboardSequence.longestText)
        let article = Article(id: "long.txt", path: "/long/long.txt", format: .card, title: "A very long address",
                              date: ArticleDate(text: "2024-03-20T10:00:00Z"), urls: ArticleURLs(web: url))
        let run = runLoop([
            (ms(0), .corpus(.complete(Corpus(name: "long", articles: [article])))),
            (ms(100), .key(.character("y"))),
            (ms(200), .key(.character("Q"))),
        ])
        #expect(run.terminal.clipboardWrites.isEmpty)
        let status = run.terminal.frame(at: ms(100))?.statusLine ?? ""
        #expect(status.contains("too long to copy") && !status.contains("Copied"), "\(status)")
    }

    @Test func theSequenceIsBase64AndRefusesWhatNoTerminalTakes() throws {
        let hostile = "https://x.example/\u{1B}]0;pwned\u{07}"
        let sequence = try #require(ClipboardSequence.osc52(hostile))
        // Only the opening ESC and the closing BEL are controls: the text is all base64.
        #expect(sequence.filter { $0 < 0x20 } == [0x1B, 0x07])
        let payload = String(decoding: sequence.dropFirst(7).dropLast(), as: UTF8.self)
        #expect(Data(base64Encoded: payload).map { String(decoding: $0, as: UTF8.self) } == hostile)
        #expect(ClipboardSequence.osc52(String(repeating: "a", count: ClipboardSequence.longestText + 1)) == nil)
    }
}
