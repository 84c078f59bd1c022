import ArticleParsing
import Foundation

/// Files in, table pieces out, on every core: entries are added as the walk finds them,
/// workers take them in batches and turn each batch into a piece. The first batches are
/// small so the first rows show quickly; later ones are large so assembling stays cheap.
final class ParsePipeline: @unchecked Sendable {
    /// What has come out so far.
    struct Progress {
        var pieces: [TablePiece]
        var parsed: Int
        var found: Int
        var walkDone: Bool
        var done: Bool { walkDone && parsed == found }
    }

    private let condition = NSCondition()
    private var queue: [CorpusEntry] = []
    private var queueStart = 0
    private var walkDone = false
    private var pieces: [TablePiece] = []
    private var parsed = 0
    private var found = 0
    private let group = DispatchGroup()
    /// Where finished pieces put their cold text, when given: a large load.
    private let spill: OpenFile?

    init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, spill: OpenFile? = nil) {
        self.spill = spill
        for _ in 0..<max(1, workers) {
            DispatchQueue.global(qos: .userInitiated).async(group: group) { self.work() }
        }
    }

    func add(_ entries: [CorpusEntry]) {
        condition.lock()
        queue += entries
        found += entries.count
        condition.broadcast()
        condition.unlock()
    }

    /// No more entries will come.
    func finishAdding() {
        condition.lock()
        walkDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until something new came out or `deadline` passed, then says what there is.
    func progress(after parsedBefore: Int, until deadline: Date) -> Progress {
        condition.lock()
        defer { condition.unlock() }
        while parsed == parsedBefore && !(walkDone && parsed == found) {
            if !condition.wait(until: deadline) { break }
        }
        return Progress(pieces: pieces, parsed: parsed, found: found, walkDone: walkDone)
    }

    /// Every piece, once `finishAdding` was called and every file is parsed.
    func finish() -> [TablePiece] {
        group.wait()
        condition.lock()
        defer { condition.unlock() }
        // Handed over, not shared, so assembling can free each piece as it goes.
        let all = pieces
        pieces = []
        return all
    }

    private func work() {
        while let batch = nextBatch() {
            let piece = Self.parse(batch, spill: spill)
            condition.lock()
            pieces.append(piece)
            parsed += batch.count
            condition.broadcast()
            condition.unlock()
        }
    }

    private func nextBatch() -> ArraySlice<CorpusEntry>? {
        condition.lock()
        defer { condition.unlock() }
        while queueStart == queue.count && !walkDone { condition.wait() }
        guard queueStart < queue.count else { return nil }
        let size = queueStart < 2048 ? 128 : 1024
        let end = min(queue.count, queueStart + size)
        let batch = queue[queueStart..<end]
        queueStart = end
        if queueStart > 65536 && queueStart * 2 > queue.count {
            queue.removeFirst(queueStart)
            queueStart = 0
        }
        return batch
    }

    /// One batch of files, read and parsed into one piece.
    static func parse<Entries: Collection<CorpusEntry>>(_ entries: Entries, spill: OpenFile? = nil) -> TablePiece {
        var builder = PieceBuilder(expectedFiles: entries.count)
        var pieces: [TablePiece] = []
        for entry in entries {
            if builder.isFull {
                pieces.append(builder.finish(spill: spill))
                builder = PieceBuilder(expectedFiles: entries.count)
            }
            switch FileBytes.read(entry.path, limit: ArticleReader.maximumFileSize) {
            case .success(let file):
                // Rows need no images or unknown keys (related excerpts only folded, for search): the open article is read again.
                let outcome = ArticleReader.read(bytes: file.bytes, id: entry.id, path: entry.path, detail: .rows)
                if let article = outcome.article {
                    builder.add(article, identity: file.identity, diagnostics: outcome.diagnostics)
                } else {
                    builder.addFailure(path: entry.path, id: entry.id, identity: file.identity, diagnostics: outcome.diagnostics)
                }
            case .failure(let problem):
                let diagnostic = Diagnostic(path: entry.path, severity: problem.skipped ? .note : .error, message: problem.message)
                builder.addFailure(path: entry.path, id: entry.id, identity: problem.identity, diagnostics: [diagnostic])
            }
        }
        pieces.append(builder.finish(spill: spill))
        return pieces.count == 1 ? pieces[0] : TablePiece.joining(pieces)
    }
}
