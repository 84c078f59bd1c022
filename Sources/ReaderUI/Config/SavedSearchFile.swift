import CorpusStore
import Foundation
import ReaderState
import TOMLKit

/// Writes saved searches into the config file the user also edits by hand: only the
/// saved search's own `[searches."name"]` table is replaced, removed or appended, so every
/// other line and comment stays as written. The new text must read back with the saved
/// search as it was meant and no new problem, or nothing is written; the file is replaced
/// atomically.
public struct SavedSearchFile: Sendable {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    /// Keeps `search`, replacing a saved search of the same name.
    public func store(_ search: SavedSearch) throws(ConfigError) {
        try rewrite(expecting: search, named: search.name) { text in
            var kept = Self.removingTable(named: search.name, from: text)
            if !kept.isEmpty && !kept.hasSuffix("\n") { kept += "\n" }
            if !kept.isEmpty && !kept.hasSuffix("\n\n") { kept += "\n" }
            return kept + SavedSearchConfig.table(search)
        }
    }

    /// Forgets the saved search `name`.
    public func delete(named name: String) throws(ConfigError) {
        try rewrite(expecting: nil, named: name) { Self.removingTable(named: name, from: $0) }
    }

    private func rewrite(expecting wanted: SavedSearch?, named name: String, _ change: (String) -> String) throws(ConfigError) {
        let path = url.path
        let exists = FileManager.default.fileExists(atPath: path)
        let old: String
        if exists {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ConfigError(path: path, line: nil, message: "cannot read the config file to change its saved searches")
            }
            old = text
        } else {
            old = ""
        }
        let new = change(old)
        let (before, oldProblems) = ReaderConfig.parse(old, path: path)
        let (after, problems) = ReaderConfig.parse(new, path: path)
        // Problems the file already had may stay; the change must add none, and must leave
        // exactly the wanted search under the name.
        let added = problems.filter { problem in !oldProblems.contains { $0.message == problem.message } }
        guard added.isEmpty, after.searches.first(where: { $0.name == name }) == wanted,
              after.searches.filter({ $0.name != name }) == before.searches.filter({ $0.name != name }) else {
            let reason = added.first?.description ?? "its saved search \(name) is not a [searches.\"…\"] table lede can change"
            throw ConfigError(path: path, line: nil, message: "left unchanged, edit it by hand: \(reason)")
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            var permissions: mode_t = 0o644
            var status = stat()
            if exists, stat(path, &status) == 0 { permissions = status.st_mode & 0o777 }
            try AtomicFile.write(Data(new.utf8), to: path, permissions: permissions)
        } catch let failure as AtomicFile.Failure {
            throw ConfigError(path: path, line: nil, message: failure.description)
        } catch {
            throw ConfigError(path: path, line: nil, message: "cannot create its folder: \(error.localizedDescription)")
        }
    }

    /// `text` without the `[searches."name"]` table: its header line up to the next
    /// table's header (or the end), and the blank lines before it.
    static func removingTable(named name: String, from text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { headerName($0) == name }) else { return text }
        var end = start + 1
        while end < lines.count, !lines[end].trimmingCharacters(in: .whitespaces).hasPrefix("[") { end += 1 }
        var from = start
        while from > 0, lines[from - 1].trimmingCharacters(in: .whitespaces).isEmpty { from -= 1 }
        lines.removeSubrange(from..<end)
        if from < lines.count, from > 0, !lines[from].trimmingCharacters(in: .whitespaces).isEmpty { lines.insert("", at: from) }
        let kept = lines.joined(separator: "\n")
        return text.hasSuffix("\n") && !kept.isEmpty && !kept.hasSuffix("\n") ? kept + "\n" : kept
    }

    /// The saved search a `[searches.NAME]` header line names: NAME bare, in double quotes
    /// (with escapes) or in single quotes; nil for any other line.
    static func headerName(_ line: String) -> String? {
        var rest = Substring(line.trimmingCharacters(in: .whitespaces))
        guard rest.hasPrefix("["), !rest.hasPrefix("[[") else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        guard rest.hasPrefix("searches") else { return nil }
        rest = rest.dropFirst("searches".count).drop { $0 == " " }
        guard rest.hasPrefix(".") else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        // The header read as a tiny TOML document gives the key with its escapes undone.
        guard let close = rest.lastIndex(of: "]") else { return nil }
        let key = rest[..<close].trimmingCharacters(in: .whitespaces)
        guard let keys = (try? TOMLTable(string: "[x.\(key)]"))?["x"]?.table?.keys, keys.count == 1 else { return nil }
        return keys[0]
    }
}
