import ArgumentParser
import ArticleParsing
import CorpusStore
import Foundation
import ReaderState

/// `lede export`: the selected articles as JSON or Markdown, for scripts and notes.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export articles (all, or those a query selects) as JSON or Markdown.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var selection: SelectionOptions

    @Option(help: "json (an array of full article objects) or markdown.")
    var format: Format = .markdown

    func run() throws {
        Output.ignoreBrokenPipes()
        try corpus.withCorpus(searching: true) { loaded in
            // Each article's page lists its story and the articles like it.
            let loaded = loaded.withStories()
            let selected = try selection.select(in: loaded)
            write(selected, of: loaded)
        }
    }

    private func write(_ selected: [Int], of loaded: Corpus) {
        switch format {
        case .json:
            Output.line("[")
            for (position, index) in selected.enumerated() {
                Output.line { out in
                    ArticleJSON.appendFull(index, in: loaded, to: &out)
                    if position < selected.count - 1 { out.append(0x2C) }
                }
            }
            Output.line("]")
        case .markdown:
            for index in selected {
                let content = ArticleContent(article: index, in: loaded, addresses: true)
                for line in ArticleMarkdown.lines(content) { Output.line(line) }
            }
        }
    }
}
