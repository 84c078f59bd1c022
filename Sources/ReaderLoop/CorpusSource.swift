import Foundation
import ReaderState

/// Where the reader's corpus comes from. Loading is slow, so it is only started here and
/// its results arrive through a mailbox the loop empties every turn; tests post corpora
/// at scripted moments instead of reading files.
public protocol CorpusSource {
    /// Starts loading and returns at once. Progress and the loaded corpus (once, or again
    /// as it is updated) are posted to `mailbox`, from any thread.
    func startLoading(into mailbox: LoadMailbox)
}

/// Hands load progress and loaded corpora from the loading thread to the loop. Only the
/// latest of each is kept: the screen needs no history of progress, and a newer corpus
/// replaces an older one anyway.
public final class LoadMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: LoadProgress?
    private var corpus: LoadedCorpus?
    private var notices: [String] = []

    public init() {}

    public func post(progress: LoadProgress) {
        lock.lock()
        defer { lock.unlock() }
        self.progress = progress
    }

    public func post(corpus: LoadedCorpus) {
        lock.lock()
        defer { lock.unlock() }
        self.corpus = corpus
    }

    /// Something to say that is not an error (a snapshot rebuilt); every one is kept.
    public func post(notice: String) {
        lock.lock()
        defer { lock.unlock() }
        notices.append(notice)
    }

    /// Everything posted since the last call, as actions, progress first.
    func drain() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        var actions: [Action] = []
        if let progress { actions.append(.loadProgressed(done: progress.done, total: progress.total)) }
        if let corpus { actions.append(.corpusArrived(corpus)) }
        actions += notices.map { .noticeReported($0) }
        progress = nil
        corpus = nil
        notices = []
        return actions
    }
}
