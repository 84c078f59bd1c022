import ArgumentParser
import ArticleParsing
import SampleCorpus

/// The PATH arguments every command takes, and what "no PATH" means.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders of articles, walked recursively (default: the bundled sample corpus).")
    var paths: [String] = []

    /// The roots to load: the given paths, or the bundled sample corpus.
    func roots() throws -> [String] {
        paths.isEmpty ? try Self.sampleRoots() : paths
    }

    /// The bundled sample corpus, what every command reads when given no PATH.
    static func sampleRoots() throws -> [String] {
        guard let sample = SampleCorpus.url else {
            throw ValidationError("no PATH given and the bundled sample corpus is missing from this installation")
        }
        return [sample.path]
    }

    func load(detail: ArticleReader.Detail = .full) throws -> Corpus {
        let roots = try roots()
        return CorpusLoader.load(roots, name: paths.isEmpty ? "sample corpus" : nil, detail: detail)
    }
}
