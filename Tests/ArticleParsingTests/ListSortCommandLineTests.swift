import CorpusStore
import Foundation
import ReaderState
import SampleCorpus
import Testing

/// `lede list --sort` prints the reader's orders: the same articles in the same order as
/// the list after `s`, for every order.
extension CommandLineTests {
    @Test(arguments: SortKey.allCases)
    func listSortsAsTheReaderDoes(key: SortKey) throws {
        let sample = try #require(SampleCorpus.url)
        let run = try lede(["list", "--json", "--no-cache", "--sort", key.rawValue, sample.path])
        #expect(run.status == 0)
        let printed = try run.text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["path"] as? String
        }
        let corpus = CorpusLoader.loadFiles([sample.path]).withStories()
        let expected = SortKey.order(key, for: corpus).map { corpus.articles[$0].path }
        #expect(printed == expected, "\(key.rawValue)")
    }
}
