import ArgumentParser
import ArticleParsing
import CorpusStore
import Foundation

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
        try corpus.withCorpus(searching: selection.searches) { loaded in
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
                for line in MarkdownExport.lines(for: index, in: loaded) { Output.line(line) }
            }
        }
    }
}

/// One article as a Markdown section.
enum MarkdownExport {
    static func lines(for index: Int, in corpus: Corpus) -> [String] {
        let article = corpus.article(index)
        var lines = ["## \(escape(article.title))", ""]
        let meta = [article.date?.day, article.provider?.label, article.id].compactMap { $0 }
        lines.append("*" + meta.map(escape).joined(separator: " · ") + "*")
        lines.append("")
        if let excerpt = article.excerpt { lines += ["> " + escape(excerpt), ""] }
        if !article.topics.isEmpty { lines += ["Topics: " + article.topics.map(escape).joined(separator: ", "), ""] }
        if let url = article.urls.preferred { lines += ["<\(url)>", ""] }
        if !article.related.isEmpty {
            lines.append("Related:")
            lines.append("")
            for (position, item) in article.related.enumerated() {
                var entry = "\(position + 1). " + (item.urls.preferred.map { "[\(escape(item.title))](\($0))" } ?? escape(item.title))
                if case .article(let target) = corpus.relatedTargets[index][position] {
                    entry += " — in corpus: `\(corpus.articles[target].id)`"
                }
                lines.append(entry)
            }
            lines.append("")
        }
        return lines
    }

    private static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
