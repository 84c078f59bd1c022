import CorpusGenerator
import Foundation
import Glibc
import Testing
import TestSupport

extension EndToEnd {
    /// A new user on a large corpus with no snapshot yet: typing straight after starting
    /// works, files copied into the open corpus appear and go, and quitting restores the
    /// terminal. Driven in tmux against the real binary.
    @Suite(.serialized) struct StartupEndToEndTests {
        static let environment = EndToEndEnvironment()
        /// Unique among the generated titles (they never hold this word).
        static let uniqueTitle = "Quokka Census Finds Record Numbers on Rottnest"

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(3)))
        func typeAheadDuringAColdStartThenFilesComeAndGo() throws {
            let env = Self.environment
            let corpus = NSTemporaryDirectory() + "lede-e2e-corpus-\(getpid())"
            defer { try? FileManager.default.removeItem(atPath: corpus) }
            try CorpusGenerator(seed: 11).write(count: 20_000, to: URL(fileURLWithPath: corpus))
            try Self.card(title: Self.uniqueTitle, date: "2021-06-15T08:00:00Z")
                .write(toFile: corpus + "/part-7/zz-unique.md", atomically: true, encoding: .utf8)

            let tmux = Tmux(program: env.tmux!)
            defer { tmux.stop() }
            let state = tmux.cacheHome + "-state"
            let script = "sh -c 'exec env LANG=C.UTF-8 XDG_STATE_HOME=\(state) \"$0\" \"$1\"' '\(env.binary!)' '\(corpus)';"
                + " echo \"exit=$?\"; stty -a; echo E2E-END; sleep 30"
            try tmux.start(command: script, cols: 120, rows: 40)
            // At once, before the corpus is read: the search, then Enter to keep it.
            try tmux.send(["/"])
            try tmux.sendLiteral(Self.uniqueTitle)
            try tmux.send(["Enter"])
            let found = try tmux.waitFor("the article found once loading ends", timeout: .seconds(150)) { screen in
                let header = screen.split(separator: "\n").first ?? ""
                return !header.contains("loading") && !header.contains("indexing") && screen.contains(Self.uniqueTitle)
                    && screen.contains("1/1")
            }
            #expect(found.split(separator: "\n").first?.contains("“Quokka Census") == true, "the kept search shows in the header:\n\(found)")

            // Back to every article, at the top; then a new card copied in shows within two seconds.
            try tmux.send(["q", "g"])
            try tmux.waitFor("the whole list", { $0.contains("20001 articles") && $0.contains("1/20001") })
            let arrivalTitle = "Platypus Sighted in Suburban Creek After Decades"
            let arrival = corpus + "/part-3/new-arrival.md"
            let copied = ContinuousClock.now
            try Self.card(title: arrivalTitle, date: "2030-01-01T00:00:00Z").write(toFile: arrival, atomically: true, encoding: .utf8)
            let shown = try tmux.waitFor("the new card", timeout: .seconds(20)) { $0.contains(arrivalTitle) && $0.contains("20002 articles") }
            // The README's two seconds hold for the watch itself (WatchTests, in process). Here
            // a debug binary re-indexes 20,000 articles on two cores shared with the rest of
            // the suite, where 2.5 s failed one run in three: this bound catches a change
            // that is not followed promptly at all, without timing the machine's load.
            #expect(ContinuousClock.now - copied < .seconds(8), "it took \(ContinuousClock.now - copied)")
            #expect(shown.contains("1 new article"), "\(shown)")

            try FileManager.default.removeItem(atPath: arrival)
            let removed = ContinuousClock.now
            try tmux.waitFor("the card gone", timeout: .seconds(20)) { !$0.contains(arrivalTitle) && $0.contains("20001 articles") }
            #expect(ContinuousClock.now - removed < .seconds(8), "it took \(ContinuousClock.now - removed)")

            try tmux.send(["Q"])
            let after = try tmux.waitFor("lede to exit", { $0.contains("E2E-END") })
            #expect(after.contains("exit=0"), "\(after)")
            let modes = after.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
            #expect(modes.contains("icanon") && modes.contains("echo") && modes.contains("icrnl"), "cooked mode restored\n\(after)")
        }

        static func card(title: String, date: String) -> String {
            """
            ---
            title: "\(title)"
            publishedDateTime: \(date)
            webUrl: "https://example.net/\(title.lowercased().replacingOccurrences(of: " ", with: "-"))"
            provider:
              name: Test Desk
            topics: [Wildlife]
            ---
            """
        }
    }
}
