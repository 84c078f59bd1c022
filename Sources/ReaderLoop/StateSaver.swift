import Foundation
import ReaderState

/// Saves marks and the session, debounced: a burst of changes (holding `m` down, reading
/// quickly) costs one write, made `delay` after the last of them by the loop's clock. At
/// quit or on a signal, `flush` saves at once and waits, so nothing marked is lost.
final class StateSaver: @unchecked Sendable {
    private let persistence: ReaderPersistence
    private let clock: any LoopClock
    private let queue = DispatchQueue(label: "lede.state-saver")
    private let delay: Duration
    private var deadline: Duration?
    private let lock = NSLock()
    private var failures: [String] = []

    init(_ persistence: ReaderPersistence, clock: any LoopClock, delay: Duration = .milliseconds(300)) {
        self.persistence = persistence
        self.clock = clock
        self.delay = delay
    }

    /// Something changed: save once `delay` has passed with no further change.
    func changed() {
        deadline = clock.now + delay
    }

    /// Called every turn of the loop: starts the save when its time has come.
    func saveIfDue(_ state: State) {
        guard let deadline, clock.now >= deadline else { return }
        self.deadline = nil
        let (marks, session) = (state.marks, state.session.json)
        switch persistence.thread {
        case .background: queue.async { self.write(marks, session) }
        case .loop: queue.sync { self.write(marks, session) }
        }
    }

    /// Saves now and waits for every save in flight to finish.
    func flush(_ state: State) {
        deadline = nil
        let (marks, session) = (state.marks, state.session.json)
        queue.sync { self.write(marks, session) }
    }

    /// Failed saves since the last call, as status-line actions.
    func drain() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        defer { failures = [] }
        return failures.map { .problemReported("Could not save read marks: \($0)") }
    }

    private func write(_ marks: UserMarks, _ session: String) {
        do {
            try persistence.save(marks, session)
        } catch {
            lock.lock()
            failures.append("\(error)")
            lock.unlock()
        }
    }
}
