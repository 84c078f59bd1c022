import ArticleParsing
import CorpusStore
import Foundation
import ReaderState

/// Keeps the reader's corpus coming, on a thread of its own: loads it (the snapshot, then
/// the files checked against it; or every file, rows handed out as they are read), hands
/// each version to the loop with its indexes, writes the snapshot, and follows changes to
/// the files until the process ends.
public final class CorpusFeed: CorpusSource, @unchecked Sendable {
    private let roots: [String]
    private let name: String?
    private let cache: SnapshotStore?
    private let persistence: ReaderPersistence?
    private let watch: Bool
    private var mailbox = LoadMailbox()

    /// `name` overrides the corpus name shown in the header (the bundled sample); `cache`
    /// nil reads and writes no snapshot; `watch` follows changes to the files.
    public init(roots: [String], name: String?, cache: SnapshotStore?, persistence: ReaderPersistence?, watch: Bool) {
        self.roots = roots
        self.name = name
        self.cache = cache
        self.persistence = persistence
        self.watch = watch
    }

    public func startLoading(into mailbox: LoadMailbox) {
        self.mailbox = mailbox
        let thread = Thread { self.run() }
        thread.stackSize = 1 << 22
        thread.start()
    }

    private func run() {
        let saved = persistence?.load()
        let marks = saved?.marks ?? UserMarks()
        let session = saved?.session.flatMap(ReaderSession.init(json:))
        let mailbox = self.mailbox
        if let notice = saved?.notice { mailbox.post(notice: notice) }
        /// Each complete version goes out three times: at once for its rows and search,
        /// then with facets and sort orders, then with its stories (twice when the snapshot
        /// kept its stories: they come with the facets).
        let deliver: @Sendable (Corpus, Bool, CorpusChange?, Bool) -> Void = { corpus, complete, change, live in
            var loaded = LoadedCorpus(corpus, isComplete: complete, marks: marks, session: session)
            loaded.change = change
            mailbox.post(corpus: loaded)
            guard complete else { return }
            let indexed = loaded.indexed()
            // Stories kept in the snapshot cost a few milliseconds to take back: they come
            // with the indexes, in one version, rather than in a third the reader must adopt.
            if !live, corpus.hasStoriesAtHand {
                let storied = indexed.withStories()
                mailbox.post(corpus: storied)
                self.stories.prepare(storied)
                return
            }
            mailbox.post(corpus: indexed)
            // After a live change, a moment's quiet first: a burst of changes is worked out once.
            self.stories.work(on: indexed, after: live ? 3 : 0, post: { mailbox.post(corpus: $0) })
        }
        let (corpus, stale) = CorpusLoader.load(roots, name: name, cache: cache, partialRows: true) { event in
            switch event {
            case .progress(let done, let total): mailbox.post(progress: LoadProgress(done: done, total: total))
            case .rows(let rows): deliver(rows, false, nil, false)
            case .loaded(let corpus, let change): deliver(corpus, true, change, false)
            case .note(let text): mailbox.post(notice: text)
            }
        }
        // The snapshot is written once the stories are worked out, and holds them: written
        // at once, it would be written twice on a cold start, and the first write would
        // take a core from the stories while the reader waits for them.
        stories.whenDone { [snapshots] in if stale || !corpus.hasStoredStories { snapshots.schedule(corpus, after: 0) } }
        guard watch else { return }
        CorpusWatch.follow(corpus, roots: roots) { fresh, change in
            deliver(fresh, true, change, true)
            self.snapshots.schedule(fresh, after: 2)
        }
    }

    private let stories = StoryWorker()

    /// Snapshots are written on a queue of their own, so watching starts at once and a
    /// burst of changes costs one write, of the latest version.
    private lazy var snapshots = SnapshotQueue { [roots, cache, mailbox] corpus in
        if let problem = cache?.write(corpus, roots: roots) {
            mailbox.post(notice: "Could not write the snapshot cache: \(problem)")
        }
    }
}

/// Writes the latest corpus handed to it, `after` a delay, one write at a time.
final class SnapshotQueue: @unchecked Sendable {
    private let queue = DispatchQueue(label: "lede.snapshot")
    private let lock = NSLock()
    private var pending: Corpus?
    private let write: @Sendable (Corpus) -> Void

    init(write: @escaping @Sendable (Corpus) -> Void) {
        self.write = write
    }

    func schedule(_ corpus: Corpus, after seconds: Double) {
        lock.lock()
        let alreadyWaiting = pending != nil
        pending = corpus
        lock.unlock()
        guard !alreadyWaiting else { return }
        queue.asyncAfter(deadline: .now() + seconds) {
            self.lock.lock()
            let latest = self.pending
            self.pending = nil
            self.lock.unlock()
            if let latest { self.write(latest) }
        }
    }
}

/// Works out each version's stories on a queue of its own, so the feed goes on reading
/// and watching meanwhile, and posts a version only while it is still the latest: a
/// version's stories arriving after a newer version would take the reader back.
final class StoryWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "lede.stories")
    private let lock = NSLock()
    private var latest = 0

    func work(on loaded: LoadedCorpus, after delay: Double, post: @escaping @Sendable (LoadedCorpus) -> Void) {
        let version = lock.withLock {
            latest += 1
            return latest
        }
        let job: @Sendable () -> Void = { [self] in
            // A newer version stops this one's work between stages: a burst of changes
            // never leaves the cores busy with a corpus already gone.
            guard let storied = loaded.withStories(unless: { !isLatest(version) }), isLatest(version) else { return }
            post(storied)
            // The inverted index the Similar sections search (when the stories came from
            // the snapshot), built now rather than when the first article opens.
            storied.corpus.stories?.prepare()
        }
        // Without a delay the job goes in order, so `whenDone` comes after it.
        if delay > 0 { queue.asyncAfter(deadline: .now() + delay, execute: job) } else { queue.async(execute: job) }
    }

    /// Builds the inverted index the Similar sections search, on this queue, rather than
    /// when the first article opens.
    func prepare(_ loaded: LoadedCorpus) {
        queue.async { loaded.corpus.stories?.prepare() }
    }

    /// Runs `body` once the work queued so far is done.
    func whenDone(_ body: @escaping @Sendable () -> Void) { queue.async(execute: body) }

    private func isLatest(_ version: Int) -> Bool { lock.withLock { version == latest } }
}
