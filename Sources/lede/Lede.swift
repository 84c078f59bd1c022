import ArgumentParser
import CorpusStore

@main
struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "A terminal reader for folders of news-article files.",
        discussion: "With no command, opens the reader. With no PATH, uses the bundled sample corpus.",
        version: Lede.version,
        subcommands: [
            ReadCommand.self, ListCommand.self, ShowCommand.self, CheckCommand.self, ExportCommand.self, StoriesCommand.self, CacheCommand.self,
            ThemesCommand.self, StressStateCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// The release this build is: `lede --version`.
    static let version = "0.11.0"

    static func main() {
        MemoryTuning.returnLargeBuffersToTheKernel()
        main(nil)
    }
}
