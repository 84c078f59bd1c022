import ArgumentParser
import ArticleParsing
import CorpusStore
import ReaderState

/// `lede show`: one article as reflowed text.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one article as reflowed text.")

    @Argument(help: "The article: its id (path within the corpus) or its file path.")
    var article: String

    @Option(name: .customLong("corpus"), help: "Corpus folders to resolve related links in (default: the file's own folder, or the sample corpus for an id).")
    var corpusPaths: [String] = []

    @Flag(help: "Read and write no snapshot in the cache: parse every file.")
    var noCache = false

    @Option(help: "Wrap text to this many columns (default: the terminal's width, or 80).")
    var width: Int?

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    func run() throws {
        Output.ignoreBrokenPipes()
        let (corpus, index) = try locate()
        let columns = width ?? min(Output.terminalWidth ?? 80, 100)
        let content = ArticleContent(article: index, in: corpus, addresses: true)
        for line in ArticlePlainText.lines(content, width: columns) { Output.line(line) }
        Output.flush()
    }

    /// Loads the corpus the article belongs to, so its related links can resolve.
    private func locate() throws -> (Corpus, Int) {
        let isFile = FileSystem.isFile(article)
        var roots = corpusPaths
        if roots.isEmpty {
            roots = isFile ? [FileSystem.parentFolder(of: article)] : try CorpusOptions.sampleRoots()
        }
        let cache = noCache ? nil : SnapshotStore.standard()
        let (loaded, stale) = CorpusLoader.load(roots, cache: cache, searchText: false)
        // The page lists the article's story and the articles like it.
        let corpus = loaded.withStories()
        if stale, let problem = cache?.write(corpus, roots: roots) {
            Output.error("lede: could not write the snapshot cache: " + problem)
        }
        if let index = corpus.index(ofIdOrPath: article) { return (corpus, index) }
        if isFile, let problem = corpus.diagnostics.first(where: { $0.severity == .error && $0.path.hasSuffix(lastComponent(article)) }) {
            throw ValidationError(problem.description)
        }
        throw ValidationError("no article \(TextSanitizer.cleanLine(article)) in \(roots.joined(separator: ", "))")
    }

    private func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
