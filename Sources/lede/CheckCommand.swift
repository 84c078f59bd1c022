import ArgumentParser
import ArticleParsing

/// `lede check`: every problem in a corpus, for scripts and CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Report every problem in a corpus; exit 1 if any file failed.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        Output.ignoreBrokenPipes()
        let loaded = try corpus.load(detail: .listing)
        for diagnostic in loaded.diagnostics {
            Output.line(diagnostic.description)
        }
        Output.line("\(loaded.articles.count) articles, \(loaded.errorCount) errors, \(loaded.relatedLinkCount) related links (\(loaded.resolvedLinkCount) resolved)")
        Output.flush()
        if loaded.errorCount > 0 { throw ExitCode(1) }
    }
}
