import Foundation
import ReaderState
import ReaderUI
import Testing

/// Saved searches in the config file: read from `[searches."name"]` tables with file:line
/// problems for broken ones, and written by changing only their own table.
struct SavedSearchConfigTests {
    @Test func readsEveryKindOfLevel() {
        let (config, errors) = ReaderConfig.parse("""
            theme = "nord"

            [searches."police in Chicago"]
            query = "chicago police -sports"
            topic = ["AI", "Privacy"]
            provider = "CNN"
            month = "February 2020"
            bookmarked = true
            story = "0a1b2c3d4e5f"

            [searches.plain]
            query = "rivers"
            """, path: "config.toml")
        #expect(errors.isEmpty, "\(errors)")
        #expect(config.searches == [
            SavedSearch(name: "plain", levels: [.query("rivers")]),
            SavedSearch(name: "police in Chicago", levels: [
                .story(id: "0a1b2c3d4e5f", title: ""), .facet(.topic, "AI"), .facet(.topic, "Privacy"), .facet(.provider, "CNN"),
                .facet(.month, "February 2020"), .bookmarks, .query("chicago police -sports"),
            ]),
        ])
    }

    @Test func aBrokenSavedSearchIsLeftOutWithItsFileAndLine() {
        let (config, errors) = ReaderConfig.parse("""
            [searches.good]
            query = "rivers"

            [searches.badquery]
            query = "after:someday"

            [searches."wrong type"]
            topic = 3

            [searches.unknown]
            colour = "red"

            [searches.empty]
            """, path: "c.toml")
        #expect(config.searches.map(\.name) == ["good"])
        #expect(errors.map(\.description) == [
            "c.toml:5: query does not parse: after: wants a date like 2020-05-01, not someday",
            "c.toml:8: topic must be a string or a list of strings",
            "c.toml:11: unknown key colour in saved search unknown (expected query, topic, provider, month, bookmarked, story)",
            "c.toml:13: saved search empty selects nothing: give it a query, topic, provider, month, bookmarked or story",
        ])
    }

    private func temporaryConfig(_ text: String?) throws -> SavedSearchFile {
        let folder = NSTemporaryDirectory() + "lede-saved-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let url = URL(fileURLWithPath: folder + "/config.toml")
        if let text { try text.write(to: url, atomically: true, encoding: .utf8) }
        return SavedSearchFile(url: url)
    }

    private func text(of file: SavedSearchFile) throws -> String { try String(contentsOf: file.url, encoding: .utf8) }

    @Test func storingKeepsEveryOtherLineAndReadsBackTheSame() throws {
        let original = "# my settings\ntheme = \"nord\"  # dark\n\n[keys]\nquit = \"Q\"\n"
        let file = try temporaryConfig(original)
        defer { try? FileManager.default.removeItem(at: file.url.deletingLastPathComponent()) }
        let tricky = SavedSearch(name: "say \"hi\" \\ there", levels: [.facet(.topic, "A \"quoted\" topic"), .query("x \"exact phrase\"")])
        try file.store(tricky)
        let plain = SavedSearch(name: "plain", levels: [.bookmarks])
        try file.store(plain)
        let written = try text(of: file)
        #expect(written.hasPrefix(original), "\(written)")
        #expect(ReaderConfig.parse(written, path: "c").0.searches == [plain, tricky])
        #expect(ReaderConfig.parse(written, path: "c").1.isEmpty)

        // Replacing one leaves the other where it was; deleting leaves the user's text as it was.
        let replaced = SavedSearch(name: tricky.name, levels: [.query("other")])
        try file.store(replaced)
        #expect(ReaderConfig.parse(try text(of: file), path: "c").0.searches == [plain, replaced])
        try file.delete(named: tricky.name)
        try file.delete(named: "plain")
        #expect(try text(of: file) == original)
    }

    @Test func storingCreatesAMissingFileAndItsFolder() throws {
        let file = try temporaryConfig(nil)
        defer { try? FileManager.default.removeItem(at: file.url.deletingLastPathComponent()) }
        let nested = SavedSearchFile(url: file.url.deletingLastPathComponent().appendingPathComponent("lede/config.toml"))
        try nested.store(SavedSearch(name: "n", levels: [.query("rain")]))
        #expect(try text(of: nested) == "[searches.\"n\"]\nquery = \"rain\"\n")
    }

    @Test func aSearchLedeCannotChangeSafelyIsLeftForTheUser() throws {
        // An inline table cannot be replaced line by line: the file stays as it was.
        let inline = "[searches]\nmine = { query = \"rain\" }\n"
        let file = try temporaryConfig(inline)
        defer { try? FileManager.default.removeItem(at: file.url.deletingLastPathComponent()) }
        #expect(throws: ConfigError.self) { try file.store(SavedSearch(name: "mine", levels: [.query("snow")])) }
        #expect(throws: ConfigError.self) { try file.delete(named: "mine") }
        #expect(try text(of: file) == inline)
    }
}
