import ArticleParsing
import ArgumentParser
import CorpusStore
import Foundation

/// `lede cache`: where the snapshots are and how big, or `--clear` to remove them.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache", abstract: "Show the snapshot cache (one snapshot per set of folders), or clear it.")

    @Flag(help: "Remove every snapshot; the next start parses every file again.")
    var clear = false

    func run() throws {
        Output.ignoreBrokenPipes()
        let store = SnapshotStore.standard()
        if clear {
            let removed = store.clear()
            Output.line("Removed \(Words.count(removed, "snapshot")) from \(store.folder)")
            Output.flush()
            return
        }
        let snapshots = store.list()
        Output.line("Snapshots in \(store.folder):")
        if snapshots.isEmpty { Output.line("  (none)") }
        for snapshot in snapshots {
            let roots = snapshot.roots.map { $0.joined(separator: ", ") } ?? "unreadable: rebuilt on the next start"
            Output.line("  \(Self.size(snapshot.size))  \(snapshot.path)")
            Output.line("      for \(roots)")
        }
        let total = snapshots.reduce(0) { $0 + $1.size }
        Output.line("\(Words.count(snapshots.count, "snapshot")), \(Self.size(total))")
        Output.flush()
    }

    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 30 { return String(format: "%.1f GiB", Double(bytes) / Double(1 << 30)) }
        if bytes >= 1 << 20 { return String(format: "%.1f MiB", Double(bytes) / Double(1 << 20)) }
        return String(format: "%.1f KiB", Double(bytes) / 1024)
    }
}
