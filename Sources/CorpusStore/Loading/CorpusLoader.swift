import ArticleParsing
import Foundation

/// What a load reports while it runs, in order.
public enum LoadEvent: Sendable {
    /// Files parsed so far; `total` is nil while the walk is still finding files.
    case progress(done: Int, total: Int?)
    /// The articles read so far, newest first, links not yet resolved (a cold load).
    case rows(Corpus)
    /// A complete corpus: from the snapshot (before the files are checked), after a full
    /// parse, or brought up to date with the files; `change` says against the last one.
    case loaded(Corpus, CorpusChange)
    /// Something the user should know about the cache (a snapshot rebuilt, and why).
    case note(String)
}

/// Loads folders and files of articles into a `Corpus`: from a snapshot when a valid one
/// exists, then checked against the files; otherwise by parsing every file on every core,
/// handing out the rows read so far while it goes.
public enum CorpusLoader {
    public typealias Events = @Sendable (LoadEvent) -> Void

    /// The corpus under `roots`, up to date with the files. `cache` nil reads and writes no
    /// snapshot. `partialRows`: hand out the rows read so far while parsing, and the
    /// snapshot's rows before checking the files (a reader wants them; a command that prints
    /// once loading is over does not). Returns the corpus and
    /// whether the snapshot should be written anew. `searchText` false: a snapshot's folded
    /// search text is read only if something searches. `allColdText`: every article's cold
    /// text will be read (a full listing), so a snapshot's is read whole at once.
    public static func load(_ roots: [String], name: String? = nil, cache: SnapshotStore? = nil, partialRows: Bool = false,
                            searchText: Bool = true, allColdText: Bool = false,
                            events: Events? = nil) -> (corpus: Corpus, stale: Bool) {
        let name = name ?? roots.map { lastPathComponent($0) }.joined(separator: ", ")
        if let cache, cache.hasSnapshot(for: roots) {
            // The walk that checks the snapshot runs while the snapshot is read, unless rows
            // are wanted on screen first: then it waits, so as not to slow them.
            let early = partialRows ? nil : WalkThread(roots: roots, statFiles: true)
            switch cache.read(roots: roots, searchText: searchText, allColdText: allColdText) {
            case .found(let table):
                let cached = Corpus(name: name, table: table, walkDiagnostics: [])
                events?(.loaded(cached, CorpusChange()))
                let walk = early ?? WalkThread(roots: roots, statFiles: true)
                let (fresh, change) = refresh(cached, walk: walk, spillFolder: cache.preparedFolder())
                if !change.isEmpty { events?(.loaded(fresh, change)) }
                return (fresh, !change.isEmpty)
            case .missing:
                break
            case .rejected(let reason):
                events?(.note("The snapshot cache \(reason); rebuilding it"))
            }
        }
        let corpus = parseAll(roots, name: name, events: partialRows ? events : nil, spillFolder: cache?.preparedFolder())
        events?(.loaded(corpus, CorpusChange()))
        return (corpus, cache != nil)
    }

    /// Every file under `roots`, parsed; the walk and the parsing run side by side.
    static func parseAll(_ roots: [String], name: String, events: Events?, spillFolder: String? = nil) -> Corpus {
        let pipeline = ParsePipeline(spill: OpenFile.scratch(in: spillFolder ?? NSTemporaryDirectory()))
        let walk = WalkThread(roots: roots, statFiles: false, deliver: pipeline.add) { pipeline.finishAdding() }
        if let events { reportRows(of: pipeline, name: name, events) }
        let table = CorpusTable(assembling: pipeline.finish())
        return Corpus(name: name, table: table, walkDiagnostics: walk.diagnostics())
    }

    /// Hands out progress and, now and then, the rows parsed so far, until every file is in.
    private static func reportRows(of pipeline: ParsePipeline, name: String, _ events: Events) {
        var parsed = 0
        var postedPieces = 0
        var nextPost = Date()
        while true {
            let progress = pipeline.progress(after: parsed, until: Date().addingTimeInterval(0.1))
            parsed = progress.parsed
            events(.progress(done: progress.parsed, total: progress.walkDone ? progress.found : nil))
            if progress.done { return }
            guard Date() >= nextPost, progress.pieces.count > postedPieces else { continue }
            // Assembling grows with the rows: post less often as there are more of them, so
            // showing progress never takes more than a small share of the load.
            let started = Date()
            events(.rows(Corpus(name: name, table: CorpusTable.unresolved(progress.pieces), walkDiagnostics: [])))
            postedPieces = progress.pieces.count
            nextPost = Date().addingTimeInterval(max(0.4, 8 * Date().timeIntervalSince(started)))
        }
    }

    /// `corpus` brought up to date with the files under `roots`: unchanged files (same
    /// size, mtime and inode) keep their rows; new and changed ones are parsed; deleted
    /// ones go. Returns the same table when nothing changed.
    public static func refresh(_ corpus: Corpus, roots: [String], spillFolder: String? = nil) -> (Corpus, CorpusChange) {
        refresh(corpus, walk: WalkThread(roots: roots, statFiles: true), spillFolder: spillFolder)
    }

    private static func refresh(_ corpus: Corpus, walk: WalkThread, spillFolder: String?) -> (Corpus, CorpusChange) {
        let entries = walk.entries()
        let table = corpus.table
        let match = FileMatch(table, entries)
        guard !match.isEmpty else {
            return (Corpus(name: corpus.name, table: table, walkDiagnostics: walk.diagnostics()), CorpusChange())
        }
        let fresh = parse(match.toParse, spillFolder: spillFolder)
        let updated = CorpusTable(assembling: [table.piece.keeping(match.kept, dropping: match.dropped), fresh])
        let freshPaths = fresh.rows.map { fresh.segments[Int($0.segment)].string($0.path) ?? "" }
        let change = CorpusChange(freshArticles: freshPaths, droppedArticles: match.droppedArticles)
        return (Corpus(name: corpus.name, table: updated, walkDiagnostics: walk.diagnostics()), change)
    }

    /// `entries` parsed on every core into one piece; a large batch spills its cold text.
    static func parse(_ entries: [CorpusEntry], spillFolder: String? = nil) -> TablePiece {
        guard entries.count > 64 else { return ParsePipeline.parse(entries) }
        let spill = entries.count > 2000 ? OpenFile.scratch(in: spillFolder ?? NSTemporaryDirectory()) : nil
        let pipeline = ParsePipeline(spill: spill)
        pipeline.add(entries)
        pipeline.finishAdding()
        return TablePiece.joining(pipeline.finish())
    }
}

extension CorpusLoader {
    /// Every file under `roots` parsed afresh, with no snapshot read or written.
    public static func loadFiles(_ roots: [String], name: String? = nil) -> Corpus {
        parseAll(roots, name: name ?? roots.map { lastPathComponent($0) }.joined(separator: ", "), events: nil)
    }

    /// The files under `roots` and what went wrong finding them (for benchmarks and tools).
    public static func walk(_ roots: [String], statFiles: Bool = false) -> (entries: [CorpusEntry], diagnostics: [Diagnostic]) {
        let walk = WalkThread(roots: roots, statFiles: statFiles)
        return (walk.entries(), walk.diagnostics())
    }
}
