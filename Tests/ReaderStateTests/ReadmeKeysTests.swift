import Foundation
import ReaderState
import CorpusStore
import Testing

/// The README's key list is the command table's: change a key and this test says so.
struct ReadmeKeysTests {
    @Test func readmeListsEveryKeyAsTheTableHasIt() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- keys:start -->\n"))
        let end = try #require(readme.range(of: "\n<!-- keys:end -->"))
        let listed = String(readme[start.upperBound..<end.lowerBound])
        let generated = CommandTable.markdown().trimmingCharacters(in: .newlines)
        #expect(listed == generated, "README key list is stale: replace it with the output of `lede --print-keys`")
    }
}
