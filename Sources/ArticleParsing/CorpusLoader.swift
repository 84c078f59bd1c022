import Foundation

/// Loads folders and files of articles into a `Corpus`, reading files on every core.
public enum CorpusLoader {
    /// A file found under one of the roots, with the id it will carry.
    public struct Entry: Sendable, Hashable {
        public var path: String
        public var id: String
    }

    /// Walks the roots: folders recursively, hidden names skipped, symlinked folders
    /// followed once (a loop is reported, not followed).
    public static func collect(_ roots: [String]) -> (entries: [Entry], diagnostics: [Diagnostic]) {
        var walker = FileWalker()
        for root in roots { walker.walk(root: root) }
        return (walker.entries, walker.diagnostics)
    }

    /// Loads everything under `roots`. `progress` is called from worker threads with the
    /// number of files done so far and the total.
    public static func load(_ roots: [String], name: String? = nil, detail: ArticleReader.Detail = .full,
                            progress: (@Sendable (Int, Int) -> Void)? = nil) -> Corpus {
        let (entries, walkDiagnostics) = collect(roots)
        let (articles, diagnostics) = read(entries, detail: detail, progress: progress)
        let corpusName = name ?? roots.map { lastPathComponent($0) }.joined(separator: ", ")
        return Corpus(name: corpusName, articles: articles, diagnostics: walkDiagnostics + diagnostics)
    }

    /// Reads and parses `entries` in parallel; results keep the entries' order.
    public static func read(_ entries: [Entry], detail: ArticleReader.Detail = .full,
                            progress: (@Sendable (Int, Int) -> Void)? = nil)
        -> (articles: [Article], diagnostics: [Diagnostic]) {
        let outcomes = IndexedResults<ArticleReader.Outcome>(count: entries.count)
        let chunkSize = 64
        let chunks = (entries.count + chunkSize - 1) / chunkSize
        let done = DoneCounter()
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * chunkSize)..<min(entries.count, (chunk + 1) * chunkSize)
            for position in range {
                outcomes.set(position, readEntry(entries[position], detail: detail))
            }
            let total = done.add(range.count)
            progress?(total, entries.count)
        }
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        articles.reserveCapacity(entries.count)
        for case let outcome? in outcomes.values {
            if let article = outcome.article { articles.append(article) }
            diagnostics.append(contentsOf: outcome.diagnostics)
        }
        return (articles, diagnostics)
    }

    static func readEntry(_ entry: Entry, detail: ArticleReader.Detail) -> ArticleReader.Outcome {
        switch FileBytes.read(entry.path, limit: ArticleReader.maximumFileSize) {
        case .success(let bytes):
            return ArticleReader.read(bytes: bytes, id: entry.id, path: entry.path, detail: detail)
        case .failure(let problem):
            return ArticleReader.Outcome(article: nil, diagnostics: [Diagnostic(path: entry.path, message: problem.message)])
        }
    }
}

private final class DoneCounter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    func add(_ amount: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += amount
        return count
    }
}
