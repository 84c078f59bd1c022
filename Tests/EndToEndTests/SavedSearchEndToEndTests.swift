import TestSupport
import Foundation
import Glibc
import Testing

extension EndToEnd {
    /// Saved searches in the real binary: `w` names the search being typed, the config file
    /// keeps it, and after a restart `F` lists it with its live count and Enter opens it.
    @Suite(.serialized) struct SavedSearchEndToEndTests {
        static let environment = EndToEndEnvironment()

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func aSavedSearchSurvivesARestartAndShowsItsCount() throws {
            let home = NSTemporaryDirectory() + "lede-saved-e2e-\(getpid())"
            try FileManager.default.createDirectory(atPath: home + "/config/lede", withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: home) }
            // A config file of the user's own, whose other lines must survive the write.
            let config = home + "/config/lede/config.toml"
            try "# mine\nsort = \"date\"\n".write(toFile: config, atomically: true, encoding: .utf8)

            var tmux = try Self.environment.startSettledReaderOnSeeds(home: home)
            try tmux.send(["/"])
            try tmux.sendLiteral("chicago")
            try tmux.waitFor("the search", { $0.contains("/chicago") && $0.contains("4 results") })
            try tmux.send(["Enter", "w"])
            try tmux.waitFor("the name prompt", { $0.contains("Save search as: chicago") })
            try tmux.send(["C-u"])
            try tmux.sendLiteral("Chicago news")
            try tmux.send(["Enter"])
            try tmux.waitFor("the save confirmed", { $0.contains("Saved “Chicago news”") })
            try tmux.send(["Q"])
            try tmux.waitFor("lede to exit", { $0.contains("exit=0") })
            tmux.stop()
            let written = try String(contentsOfFile: config, encoding: .utf8)
            #expect(written.hasPrefix("# mine\nsort = \"date\"\n"), "the user's lines stay:\n\(written)")
            #expect(written.contains("[searches.\"Chicago news\"]\nquery = \"chicago\""), "the search is a table:\n\(written)")

            tmux = try Self.environment.startSettledReaderOnSeeds(home: home)
            defer { tmux.stop() }
            try tmux.send(["F"])
            let browser = try tmux.waitFor("the saved searches", { $0.contains("Saved searches") && $0.contains("Chicago news") })
            let row = try #require(browser.split(separator: "\n").first { $0.contains("Chicago news") })
            #expect(row.contains("4 · 4 unread"), "its live count:\n\(browser)")
            try tmux.send(["Enter"])
            let listed = try tmux.waitFor("the saved search opened", { $0.contains("saved: Chicago news") && $0.contains("4 of 5") })
            #expect(!listed.contains("Windows"), "the 2021 piece without Chicago is left out:\n\(listed)")
            try tmux.send(["Q"])
            try tmux.waitFor("lede to exit", { $0.contains("exit=0") })
        }
    }
}
