import Foundation
import Glibc
import Testing
import TestSupport

extension EndToEnd {
    /// Drives the real `lede` binary in tmux as a person would: search, open, follow a
    /// related link, go back, quit, and find the terminal back in cooked mode.
    ///
    /// Skipped (with the reason) when tmux, the seed corpus or the built binary is missing.
    @Suite(.serialized) struct ReaderEndToEndTests {
        static let environment = EndToEndEnvironment()

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func searchOpenFollowBackAndQuit() throws {
            let tmux = try startReader()
            defer { tmux.stop() }

            try tmux.waitFor("the list", { $0.contains("Groups Call on Chicago") && $0.contains("Enter open") })
            try tmux.send(["/"])
            try tmux.sendLiteral("Groups Call on Chicago")
            // Bodies match too; the article with the words in its title ranks first.
            try tmux.waitFor("the search prompt", { $0.contains("/Groups Call on Chicago") && $0.contains("2 results") })
            try tmux.send(["Enter", "Enter"])
            try tmux.waitFor("the article", isFirstArticle)
            // Its Same story and Similar sections may come a frame later: the screen to compare
            // with is the settled one.
            let article = try tmux.waitForSteadyScreen()

            try tmux.send(["1"])
            try tmux.waitFor("the related card", { screen in
                screen.contains("Army looks to block data") && screen.contains("Related card · not in the corpus")
            })

            try tmux.send(["BSpace"])
            // Back restores the same screen, once it has settled as the first one had.
            try tmux.waitFor("the first article again, as it was", { $0 == article })

            try tmux.send(["q"])
            try tmux.waitFor("the list after q", { $0.contains("Enter open") && $0.contains("2 of 5") })
            try tmux.send(["q"])
            try tmux.waitFor("the whole list after q widens the kept search", { $0.contains("5 articles") })
            try tmux.send(["q"])
            try expectCookedExit(tmux, status: 0)
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func escapeClosesHelpAndTheTopicBrowser() throws {
            let tmux = try startReader()
            defer { tmux.stop() }
            try tmux.waitFor("the list", { $0.contains("Enter open") && $0.contains("1/5") })
            try tmux.send(["?"])
            try tmux.waitFor("help", { $0.contains("lede — keys") })
            try tmux.send(["Escape"])
            try tmux.waitFor("the list after Escape", { !$0.contains("lede — keys") && $0.contains("Enter open") })
            try tmux.send(["t"])
            try tmux.waitFor("the topics", { $0.contains("Topics among all articles") })
            try tmux.send(["Escape"])
            try tmux.waitFor("the list after Escape", { !$0.contains("Topics among") && $0.contains("Enter open") })
            try tmux.send(["Q"])
            try expectCookedExit(tmux, status: 0)
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func functionKeysAndResizeKeepThePlace() throws {
            let tmux = try startReader()
            defer { tmux.stop() }
            try tmux.waitFor("the list", { $0.contains("Enter open") && $0.contains("1/5") })
            try tmux.send(["Down", "End", "Home", "NPage", "PPage", "Down", "Down"])
            try tmux.waitFor("the third row selected", { $0.contains("3/5") })
            try tmux.send(["Enter"])
            try tmux.waitFor("the article", isFirstArticle)
            try tmux.send(["BTab", "Down", "Down"])
            try tmux.resize(cols: 70, rows: 20)
            let narrow = try tmux.waitFor("the narrow layout", { screen in
                screen.split(separator: "\n").first.map { $0.count <= 70 && $0.contains("unread") } ?? false
                    && screen.contains("Backspace")
            })
            for line in narrow.split(separator: "\n") { #expect(line.count <= 70, "\(line)") }
            try tmux.send(["Left"])
            try tmux.waitFor("the list after ←", { $0.contains("Enter open") && $0.contains("3/5") })
            try tmux.send(["Right"])
            // The scroll position depends on how the resize interleaved with the keys; the
            // article's hints are what tells it is back.
            try tmux.waitFor("the article after →", { $0.contains("1–9 link") && $0.contains("Backspace back") })
            try tmux.send(["Q"])
            try expectCookedExit(tmux, status: 0)
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)),
              arguments: [SIGINT, SIGTERM, SIGHUP])
        func signalsRestoreTheTerminal(signal: Int32) throws {
            let tmux = try startReader()
            defer { tmux.stop() }
            try tmux.waitFor("the loaded list", { $0.contains("Enter open") && $0.contains("1/5") })
            try tmux.send(["j", "Enter"])
            try tmux.waitFor("an article", { $0.contains("Backspace back") })
            let pid = try tmux.readerPID()
            kill(pid, signal)
            try expectCookedExit(tmux, status: 128 + signal)
        }

        /// Starts lede on the seeds in a fresh tmux, with a fresh state folder (so no saved
        /// session or marks from another run change the screen); after it exits the pane
        /// prints its exit status and `stty -a`, the terminal modes it left behind.
        private func startReader() throws -> Tmux {
            let env = Self.environment
            let tmux = Tmux(program: env.tmux!)
            let state = NSTemporaryDirectory() + "/lede-e2e-state-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            let script = "sh -c 'echo $$ > \(tmux.pidFile); exec env LANG=C.UTF-8 XDG_STATE_HOME=\(state) \"$0\" \"$1\"' '\(env.binary!)' '\(env.seeds!)';"
                + " echo \"exit=$?\"; stty -a; echo E2E-END; sleep 30"
            try tmux.start(command: script, cols: 120, rows: 40)
            return tmux
        }

        private func expectCookedExit(_ tmux: Tmux, status: Int32) throws {
            let after = try tmux.waitFor("lede to exit", { $0.contains("E2E-END") })
            #expect(after.contains("exit=\(status)"), "\(after)")
            let modes = after.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
            #expect(modes.contains("icanon") && !modes.contains("-icanon"), "canonical input restored\n\(after)")
            #expect(modes.contains("echo") && !modes.contains("-echo"), "echo restored\n\(after)")
            #expect(modes.contains("icrnl") && !modes.contains("-icrnl"), "CR translation restored\n\(after)")
        }

        private func isFirstArticle(_ screen: String) -> Bool {
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count > 2 && lines[1].contains("Groups Call on Chicago to Ban") && screen.contains("Related")
                && screen.contains("Backspace back")
        }
    }
}
