import ArticleParsing
import Foundation

/// Follows changes to the files under the roots and brings the corpus up to date: inotify
/// on every folder (new sub-folders included) says when to look, and the same check a
/// warm start makes (size, mtime, inode per file) says what changed. Where inotify is
/// missing or out of watches, the roots are rescanned now and then instead.
public enum CorpusWatch {
    /// How long events must stop before the files are checked: a copy of many files
    /// lands as one change.
    static let quietPeriod = 0.2
    /// How long a file that fails to parse, written moments ago, is given to be finished.
    static let settleTime = 1.5
    /// How often the roots are rescanned where inotify is missing.
    static let rescanInterval = 1.5

    /// Runs until `stop` says so (checked at least twice a second), calling `changed`
    /// with each new version of `corpus`. `inotify` false rescans on a timer instead.
    public static func follow(_ corpus: Corpus, roots: [String], inotify: Bool = true, stop: () -> Bool = { false },
                              changed: (Corpus, CorpusChange) -> Void) {
        var current = corpus
        let notifier = inotify ? FolderNotifier(roots: roots) : nil
        var lastScan = 0.0
        var nextScan = Date().addingTimeInterval(rescanInterval)
        // Files may have changed between the load's walk and the watches: look once now.
        var catchingUp = true
        while !stop() {
            if catchingUp {
                catchingUp = false
            } else if let notifier {
                guard notifier.waitForChange(timeout: 0.5) else { continue }
            } else {
                // No notifications: look now and then, less often the longer a look takes.
                guard Date() >= nextScan else {
                    Thread.sleep(forTimeInterval: min(0.5, max(0.01, nextScan.timeIntervalSinceNow)))
                    continue
                }
            }
            notifier?.waitForQuiet(quietPeriod, limit: 1.0)
            let started = Date()
            var (fresh, change) = CorpusLoader.refresh(current, roots: roots)
            // A file caught half-written fails to parse: give it a moment, then look again.
            var waited = 0.0
            while waited < settleTime, fresh.hasFreshFailures(since: started.addingTimeInterval(-settleTime)) {
                Thread.sleep(forTimeInterval: 0.25)
                waited += 0.25
                let again = CorpusLoader.refresh(current, roots: roots)
                (fresh, change) = again
            }
            lastScan = Date().timeIntervalSince(started)
            nextScan = Date().addingTimeInterval(max(rescanInterval, lastScan * 10))
            notifier?.watchNewFolders()
            guard !change.isEmpty || !fresh.sharesRows(with: current) else {
                current = fresh
                continue
            }
            current = fresh
            changed(fresh, change)
        }
    }
}

extension Corpus {
    /// Whether a file modified after `moment` failed to parse: likely still being written.
    func hasFreshFailures(since moment: Date) -> Bool {
        let threshold = Int64(moment.timeIntervalSince1970 * 1_000_000_000)
        let failed = Set(table.fileDiagnostics.filter { $0.severity == .error }.map(\.path))
        return table.failed.contains { failed.contains($0.path) && $0.identity.modified >= threshold && $0.identity != .unknown }
    }
}

/// inotify watches on every folder under the roots.
final class FolderNotifier {
    private let descriptor: Int32
    private let roots: [String]
    private var watched: Set<String> = []

    /// Nil when inotify cannot be had (another OS, or no watches left).
    init?(roots: [String]) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { return nil }
        self.roots = roots
        guard watchNewFolders() else {
            close(descriptor)
            return nil
        }
    }

    deinit { close(descriptor) }

    /// Adds a watch to every folder not yet watched; false when the kernel refuses one.
    @discardableResult
    func watchNewFolders() -> Bool {
        var ok = true
        var seen: Set<String> = []
        for root in roots {
            var status = stat()
            guard stat(root, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                visit(URL(fileURLWithPath: root).standardizedFileURL.path, seen: &seen, ok: &ok)
            } else {
                ok = add((root as NSString).deletingLastPathComponent) && ok
            }
        }
        return ok
    }

    /// Watches `folder` and the folders below it, each real folder once (symlinks can loop).
    private func visit(_ folder: String, seen: inout Set<String>, ok: inout Bool) {
        guard let real = realpath(folder, nil) else { return }
        defer { free(real) }
        guard seen.insert(String(cString: real)).inserted else { return }
        ok = add(folder) && ok
        guard let listing = FolderListing(folder, statFiles: false) else { return }
        for item in listing.entries where !item.name.hasPrefix(".") {
            let path = folder + "/" + item.name
            var status = stat()
            if item.kind == .folder || (item.kind == .link && stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR) {
                visit(path, seen: &seen, ok: &ok)
            }
        }
    }

    private func add(_ folder: String) -> Bool {
        guard !watched.contains(folder) else { return true }
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
            | IN_DELETE_SELF | IN_MOVE_SELF)
        guard inotify_add_watch(descriptor, folder, mask) >= 0 else { return false }
        watched.insert(folder)
        return true
    }

    /// Waits up to `timeout` seconds for an event; true when one came.
    func waitForChange(timeout: Double) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(min(timeout, 3600) * 1000))
        guard ready > 0 else { return false }
        drain()
        return true
    }

    /// Waits until no event has come for `quiet` seconds, or `limit` seconds passed.
    func waitForQuiet(_ quiet: Double, limit: Double) {
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline, waitForChange(timeout: quiet) {}
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }
}
