import Foundation
import ReaderState
import ReaderStore
import CorpusStore
import Testing
import TestSupport

@Suite(.timeLimit(.minutes(3)))
struct StateFileTests {
    private func folder() -> URL { TestPaths.temporaryFolder("state") }

    @Test func roundTrip() throws {
        let place = folder()
        defer { try? FileManager.default.removeItem(at: place) }
        let file = StateFile(folder: place)
        #expect(file.load().1 == .fresh)
        var state = SavedState()
        state.marks.read = ["a", "b"]
        state.marks.bookmarked = ["b"]
        state.sessions["corpus"] = "{}"
        try file.save(state)
        let (loaded, outcome) = StateFile(folder: place).load()
        #expect(outcome == .loaded(state))
        #expect(loaded == state)
    }

    @Test func twoReadersKeepEachOthersMarks() throws {
        let place = folder()
        defer { try? FileManager.default.removeItem(at: place) }
        let (first, second) = (StateFile(folder: place), StateFile(folder: place))
        var (one, two) = (first.load().0, second.load().0)
        one.marks.read.insert("from-first")
        try first.save(one)
        two.marks.read.insert("from-second")
        two.marks.bookmarked.insert("kept")
        try second.save(two)
        // The first reader unmarks nothing it did not change, and its own unmark sticks.
        one.marks.read.remove("from-first")
        let final = try first.save(one)
        #expect(final.marks.read == ["from-second"])
        #expect(final.marks.bookmarked == ["kept"])
    }

    /// Sessions are per set of folders: the reader saving last decides where its own
    /// folders' reader was, and keeps another reader's session for other folders.
    @Test func theLastSaveOfASessionWinsAndOtherFoldersSessionsStay() throws {
        let place = folder()
        defer { try? FileManager.default.removeItem(at: place) }
        let (first, second) = (StateFile(folder: place), StateFile(folder: place))
        var (one, two) = (first.load().0, second.load().0)
        one.sessions["news"] = "first's place"
        one.sessions["archive"] = "first's archive"
        try first.save(one)
        two.sessions["news"] = "second's place"
        let final = try second.save(two)
        #expect(final.sessions == ["news": "second's place", "archive": "first's archive"])
        #expect(StateFile(folder: place).load().0.sessions == final.sessions)
    }

    @Test func aCorruptFileIsMovedAsideNotOverwritten() throws {
        let place = folder()
        defer { try? FileManager.default.removeItem(at: place) }
        let path = place.appendingPathComponent("state.json")
        try Data("{ not json".utf8).write(to: path)
        let (state, outcome) = StateFile(folder: place).load()
        #expect(state == SavedState())
        guard case .corrupt(let aside) = outcome else {
            Issue.record("corrupt file not reported: \(outcome)")
            return
        }
        #expect(String(decoding: FileManager.default.contents(atPath: aside) ?? Data(), as: UTF8.self) == "{ not json")
        #expect(!FileManager.default.fileExists(atPath: path.path))
    }

    static let ledeBinary = TestPaths.ledeBinary?.path

    /// Kills a writer with SIGKILL at random moments, hundreds of times: the file must
    /// always parse and hold every mark whose save had completed.
    @Test(.enabled(if: StateFileTests.ledeBinary != nil, "the lede binary is not built"))
    func survivesSIGKILLAtAnyMoment() throws {
        let place = folder()
        defer { try? FileManager.default.removeItem(at: place) }
        var random = SystemRandomNumberGenerator()
        var confirmed: Set<String> = []
        let rounds = 200
        for round in 0..<rounds {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.ledeBinary!)
            process.arguments = ["debug-stress-state", "--folder", place.path, "--count", "100000", "--prefix", "r\(round)"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            usleep(UInt32.random(in: 5_000...60_000, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            for line in output.split(separator: "\n") where line.hasPrefix("saved ") {
                confirmed.insert("r\(round)-\(line.dropFirst(6))")
            }
            // Killed before its first save ever finished: nothing was promised yet.
            guard let data = FileManager.default.contents(atPath: place.appendingPathComponent("state.json").path) else {
                #expect(confirmed.isEmpty, "round \(round): confirmed saves but no state file")
                continue
            }
            let saved = try JSONDecoder().decode(SavedState.self, from: data)
            #expect(saved.marks.read.isSuperset(of: confirmed), "round \(round) lost \(confirmed.subtracting(saved.marks.read).count) marks")
        }
        // Each round should confirm a few saves; far fewer means the kills all came too early to prove much.
        #expect(confirmed.count > rounds / 4, "the writer barely ran; the test proved little")
    }
}
