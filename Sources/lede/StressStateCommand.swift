import ArgumentParser
import Foundation
import ReaderState
import ReaderStore

/// A hidden command for the crash-safety test: marks articles one by one, saving after
/// each, and prints `saved N` once save N is on disk. The test kills it at random moments.
struct StressStateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "debug-stress-state", shouldDisplay: false)

    @Option var folder: String
    @Option var count = 1000
    @Option var prefix = "mark"

    func run() throws {
        let file = StateFile(folder: URL(fileURLWithPath: folder))
        var state = file.load().0
        for index in 0..<count {
            state.marks.read.insert("\(prefix)-\(index)")
            if index % 3 == 0 { state.marks.bookmarked.insert("\(prefix)-\(index)") }
            state = try file.save(state)
            // Straight to the descriptor: the test must see the line the moment the save is done.
            let line = Array("saved \(index)\n".utf8)
            _ = line.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress!, $0.count) }
        }
    }
}
