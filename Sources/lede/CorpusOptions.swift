import ArgumentParser
import ArticleParsing
import CorpusStore
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

    @Flag(help: "Read and write no snapshot in the cache: parse every file.")
    var noCache = false

    /// The snapshot cache, unless `--no-cache`.
    var cache: SnapshotStore? { noCache ? nil : SnapshotStore.standard() }

    /// Loads the corpus (from the snapshot when it is up to date) and hands it to `body`;
    /// afterwards, once the output is out, writes the snapshot if it was stale. `searching`:
    /// the body runs a query (else a snapshot's search text stays on disk); `everyAddress`:
    /// it prints every article's addresses and related items (so they are read at once).
    func withCorpus(searching: Bool = false, everyAddress: Bool = false, _ body: (Corpus) throws -> Void) throws {
        let roots = try roots()
        let (corpus, stale) = CorpusLoader.load(roots, name: paths.isEmpty ? "sample corpus" : nil, cache: cache,
                                                searchText: searching, allColdText: everyAddress) { event in
            if case .note(let text) = event { Output.error("lede: " + text) }
        }
        try body(corpus)
        Output.flush()
        if stale, let problem = cache?.write(corpus, roots: roots) {
            Output.error("lede: could not write the snapshot cache: " + problem)
        }
    }
}
