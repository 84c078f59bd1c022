import ArgumentParser
import ArticleParsing
import CorpusStore

/// `lede check`: every problem in a corpus, for scripts and CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Report every problem in a corpus; exit 1 if any file failed.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        Output.ignoreBrokenPipes()
        var errors = 0
        try corpus.withCorpus { loaded in
            for diagnostic in loaded.diagnostics {
                Output.line(diagnostic.description)
            }
            Output.line([Words.count(loaded.articles.count, "article"), Words.count(loaded.errorCount, "error"),
                         Words.count(loaded.relatedLinkCount, "related link") + " (\(loaded.resolvedLinkCount) resolved)"].joined(separator: ", "))
            errors = loaded.errorCount
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
