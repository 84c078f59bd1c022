import Foundation
import CorpusStore
import ReaderState

/// The reader's saved state: marks, and per-corpus sessions (where the reader was).
public struct SavedState: Sendable, Equatable, Codable {
    public var version = 1
    public var marks = UserMarks()
    /// Opaque session blobs, by corpus identity (its sorted absolute roots).
    public var sessions: [String: String] = [:]

    public init(marks: UserMarks = UserMarks(), sessions: [String: String] = [:]) {
        self.marks = marks
        self.sessions = sessions
    }
}

/// Loads and saves `state.json` so that no mark is ever lost: every save writes a temporary
/// file, fsyncs it, renames it over the old one and fsyncs the folder, under a lock, after
/// merging in what other readers saved meanwhile. A file that does not parse is moved
/// aside, never overwritten.
public final class StateFile: @unchecked Sendable {
    public let url: URL
    private var lockURL: URL { url.appendingPathExtension("lock") }
    /// What this reader last read from or wrote to disk: the base its changes are measured from.
    private var base = SavedState()
    private let queue = DispatchQueue(label: "lede.state-file")

    public init(folder: URL) {
        url = folder.appendingPathComponent("state.json")
    }

    public enum LoadOutcome: Sendable, Equatable {
        case loaded(SavedState)
        case fresh
        /// The file did not parse; it was moved to `movedTo`.
        case corrupt(movedTo: String)
    }

    public func load() -> (SavedState, LoadOutcome) {
        queue.sync {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                base = SavedState()
                return (base, .fresh)
            }
            do {
                base = try JSONDecoder().decode(SavedState.self, from: data)
                return (base, .loaded(base))
            } catch {
                let aside = url.path + ".corrupt-\(Int(Date().timeIntervalSince1970))"
                _ = rename(url.path, aside)
                base = SavedState()
                return (base, .corrupt(movedTo: aside))
            }
        }
    }

    /// Reads the state without moving a corrupt file aside: for commands that only look.
    public func peek() -> (SavedState, LoadOutcome) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return (SavedState(), .fresh) }
        guard let state = try? JSONDecoder().decode(SavedState.self, from: data) else {
            return (SavedState(), .corrupt(movedTo: url.path))
        }
        return (state, .loaded(state))
    }

    /// Saves `state`, merged with whatever another reader saved since this one last looked.
    /// Returns what is now on disk.
    @discardableResult
    public func save(_ state: SavedState) throws -> SavedState {
        try queue.sync {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let lock = open(lockURL.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
            guard lock >= 0 else { throw StateFileError(message: "cannot open \(lockURL.path): \(String(cString: strerror(errno)))") }
            defer { close(lock) }
            flock(lock, LOCK_EX)
            defer { flock(lock, LOCK_UN) }
            var onDisk = base
            if let data = FileManager.default.contents(atPath: url.path),
               let decoded = try? JSONDecoder().decode(SavedState.self, from: data) {
                onDisk = decoded
            }
            var merged = onDisk
            merged.marks = onDisk.marks.merging(changesFrom: base.marks, to: state.marks)
            merged.sessions.merge(state.sessions) { _, mine in mine }
            try writeAtomically(merged)
            base = merged
            return merged
        }
    }

    private func writeAtomically(_ state: SavedState) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            try AtomicFile.write(try encoder.encode(state), to: url.path)
        } catch let failure as AtomicFile.Failure {
            throw StateFileError(message: failure.description)
        }
    }
}

public struct StateFileError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
