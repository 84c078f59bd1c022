import ArgumentParser
import ArticleParsing
import CorpusStore
import ReaderState

/// `lede list`: one line (or one JSON object) per article.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List articles, newest first.")

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print JSON Lines: one object per article.")
    var json = false

    @Option(help: """
        Order, as the reader's s cycles them: date (newest first), title, provider, quality, related \
        (most related links first) or covered (stories most outlets report first). With --query, ranked by \
        relevance unless given.
        """)
    var sort: SortKey?

    @OptionGroup var selection: SelectionOptions

    func run() throws {
        Output.ignoreBrokenPipes()
        try corpus.withCorpus(searching: selection.searches, everyAddress: json) { loaded in
            // Each JSON object says which story its article is in and what is like it; the
            // covered order ranks articles by their stories.
            let loaded = json || sort == .covered ? loaded.withStories() : loaded
            for diagnostic in loaded.diagnostics where diagnostic.severity == .error {
                Output.error(diagnostic.description)
            }
            let selected = try selection.select(in: loaded)
            let order = sort.map { ArticleOrder.indices(of: loaded, by: $0, among: selected) } ?? selected
            if json {
                ArticleJSON.lines(order, in: loaded, write: Output.bytes)
            } else {
                printTable(loaded, order)
            }
        }
    }

    private func printTable(_ corpus: Corpus, _ order: [Int]) {
        let providerWidth = 22
        let titleWidth = Output.terminalWidth.map { max(10, $0 - 10 - 2 - providerWidth - 2 - 10) }
        for index in order {
            let article = corpus.articles[index]
            let resolved = corpus.relatedTargets[index].filter { $0 != .card }.count
            let date = TextLayout.pad(article.date?.day ?? "-", to: 10)
            let provider = TextLayout.pad(article.provider?.label ?? "-", to: providerWidth)
            let title = titleWidth.map { TextLayout.pad(article.title, to: $0) } ?? article.title
            Output.line("\(date)  \(provider)  \(title)  \(article.relatedCount) (\(resolved))")
        }
    }
}

/// `--sort` takes the reader's orders by their names.
extension SortKey: ExpressibleByArgument {}

/// The selected articles in one of the reader's orders.
enum ArticleOrder {
    static func indices(of corpus: Corpus, by key: SortKey, among all: [Int]) -> [Int] {
        let selected = Set(all)
        return SortKey.order(key, for: corpus).filter(selected.contains)
    }
}
