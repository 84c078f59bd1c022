import ArticleParsing
import Foundation

/// The folder walk on a thread of its own with a roomy stack (folders nest deeply, and the
/// walk recurses), so the caller can go on while it runs.
final class WalkThread: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var found: [CorpusEntry] = []
    private var problems: [Diagnostic] = []

    /// Walks `roots`; `deliver` gets the files folder by folder (else they are collected
    /// for `entries()`), `finished` runs on the walk's thread once it is over.
    init(roots: [String], statFiles: Bool, deliver: (@Sendable ([CorpusEntry]) -> Void)? = nil,
         finished: (@Sendable () -> Void)? = nil) {
        let thread = Thread { [self] in
            var collected: [CorpusEntry] = []
            var walker = FileWalker(statFiles: statFiles, severalRoots: roots.count > 1) { entries in
                if let deliver { deliver(entries) } else { collected += entries }
            }
            for root in roots { walker.walk(root: root) }
            found = collected
            problems = walker.diagnostics
            finished?()
            done.signal()
        }
        thread.stackSize = 1 << 24
        thread.start()
    }

    private lazy var finish: Void = done.wait()

    /// The files found, in walk order (empty when they were delivered as found).
    func entries() -> [CorpusEntry] {
        _ = finish
        return found
    }

    /// What went wrong walking the folders.
    func diagnostics() -> [Diagnostic] {
        _ = finish
        return problems
    }
}
