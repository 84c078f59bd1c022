import Foundation
import Glibc
import Testing
import TestSupport

extension EndToEnd {
    /// The real binary under abuse: thousands of random keys and resizes, suspension with
    /// Ctrl-Z, and locales that are not UTF-8. It must stay alive, keep drawing, and give
    /// the terminal back.
    @Suite(.serialized) struct HardeningEndToEndTests {
        static let environment = EndToEndEnvironment()

        /// Starts lede in the pane; after it exits the pane shows its status and `stty -a`.
        private func startReader(_ tmux: Tmux, locale: String = "C.UTF-8", cols: Int = 120, rows: Int = 40) throws {
            let env = Self.environment
            let home = NSTemporaryDirectory() + "/lede-hardening-\(UUID().uuidString)"
            let script = "sh -c 'echo $$ > \(tmux.pidFile); exec env -u NO_COLOR LANG=\(locale) LC_ALL=\(locale) TERM=xterm-256color"
                + " XDG_STATE_HOME=\(home)/state XDG_CONFIG_HOME=\(home)/config \"$0\" \"$1\" \"$2\"' '\(env.binary!)' '\(env.seeds!)' '\(EndToEndEnvironment.sampleCorpus)';"
                + " echo \"exit=$?\"; stty -a; echo E2E-END; sleep 30"
            try tmux.start(command: script, cols: cols, rows: rows)
            try tmux.waitFor("the list", { $0.contains("articles") && !$0.contains("Loading") })
        }

        private func expectCookedExit(_ tmux: Tmux) throws {
            let after = try tmux.waitFor("lede to exit", { $0.contains("E2E-END") })
            #expect(after.contains("exit=0"), "\(after)")
            let modes = after.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
            #expect(modes.contains("icanon") && modes.contains("echo") && modes.contains("icrnl"), "terminal not restored\n\(after)")
        }

        /// Keys a monkey may press: everything but quitting, the browser and job control.
        static let monkeyKeys = ["j", "k", "Up", "Down", "Left", "Right", "PgUp", "PgDn", "Home", "End", "Enter", "Tab", "BTab",
                                 "BSpace", "/", "n", "N", "Escape", "?", "v", "g", "G", "Space", "b", "m", "u", "s", "t", "p", "D",
                                 "B", "1", "2", "3", "4", "5", "6", "7", "8", "9", "T", "C-l", "F1", "x", "é", "東", "a", "c", "z"]

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(3)))
        func fiveThousandRandomKeysAndResizes() throws {
            let tmux = Tmux(program: Self.environment.tmux!)
            defer { tmux.stop() }
            try startReader(tmux)
            var random = SystemRandomNumberGenerator()
            var sent = 0
            while sent < 5000 {
                let batch = (0..<50).map { _ in Self.monkeyKeys.randomElement(using: &random)! }
                try tmux.send(batch)
                sent += batch.count
                if sent % 500 == 0 {
                    let cols = [1, 20, 80, 120, 200, 400].randomElement(using: &random)!
                    let rows = [1, 5, 24, 40, 100].randomElement(using: &random)!
                    try tmux.resize(cols: cols, rows: rows)
                }
            }
            try tmux.resize(cols: 120, rows: 40)
            // Let the reader work through the queued keys: the screen stops changing.
            try tmux.waitForSteadyScreen()
            #expect(kill(try tmux.readerPID(), 0) == 0, "lede died under the monkey")
            // Still drawing: leave any prompt, open help, and see it.
            // Escape and the next key sent together read as Alt+key: send them apart. `?` toggles
            // help, so press it only when the monkey did not leave help open.
            // A second of steady screen after each is longer than any escape delay.
            for key in ["Escape", "Escape"] {
                try tmux.send([key])
                try tmux.waitForSteadyScreen()
            }
            // A reader still working through the monkey's keys may take `?` late, or see it as
            // closing help it was about to show: ask again (a bounded number of times) until
            // help stays on screen.
            var shown = false
            for _ in 0..<4 where !shown {
                if !(try tmux.screen()).contains("lede — keys") { try tmux.send(["?"]) }
                shown = (try? tmux.waitFor("help after the monkey", timeout: .seconds(8), { $0.contains("lede — keys") })) != nil
            }
            try tmux.waitFor("help after the monkey", { $0.contains("lede — keys") })
            try tmux.send(["Q"])
            try expectCookedExit(tmux)
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func ctrlZSuspendsAndFgRedraws() throws {
            let env = Self.environment
            let tmux = Tmux(program: env.tmux!)
            defer { tmux.stop() }
            try tmux.start(command: "env -u NO_COLOR PS1='$ ' bash --norc --noprofile -i", cols: 120, rows: 40)
            try tmux.waitFor("a shell prompt", { $0.contains("$") })
            try tmux.sendLiteral("LANG=C.UTF-8 '\(env.binary!)' '\(env.seeds!)'")
            try tmux.send(["Enter"])
            try tmux.waitFor("the list", { $0.contains("Groups Call on Chicago") })
            try tmux.send(["C-z"])
            try tmux.waitFor("the shell after suspending", { $0.contains("Stopped") })
            try tmux.sendLiteral("stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' ' '; echo STTY-DONE")
            try tmux.send(["Enter"])
            let modes = try tmux.waitFor("stty", { $0.contains("icanon echo STTY-DONE") || $0.contains("echo icanon STTY-DONE") })
            #expect(modes.contains("icanon"))
            try tmux.send(["C-l"])
            try tmux.sendLiteral("fg")
            try tmux.send(["Enter"])
            try tmux.waitFor("the redrawn list", { $0.contains("Groups Call on Chicago") && !$0.contains("STTY-DONE") })
            try tmux.send(["Q"])
            try tmux.waitFor("the shell again", { $0.split(separator: "\n").last?.hasPrefix("$") == true || $0.contains("\n$ ") })
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)),
              arguments: ["C", "POSIX", "en_US.ISO-8859-1"])
        func nonUTF8LocalesStartAndShowASCII(locale: String) throws {
            let tmux = Tmux(program: Self.environment.tmux!)
            defer { tmux.stop() }
            try startReader(tmux, locale: locale)
            // Both folders in: the seeds and the sample corpus, whose ü this test is about.
            let screen = try tmux.waitFor("every article", { screen in
                let header = screen.split(separator: "\n").first ?? ""
                return !header.contains("loading") && screen.contains("Groups Call on Chicago") && screen.contains("Vienna and")
            })
            // Mojibake would show UTF-8 bytes read as Latin-1; lede shows ASCII stand-ins instead.
            #expect(!screen.contains("Ã") && !screen.contains("â€"), "garbage on screen:\n\(screen)")
            #expect(screen.contains("Vienna and Zurich"), "no ASCII fallback for ü:\n\(screen)")
            try tmux.send(["Enter"])
            try tmux.waitFor("an article", { $0.contains("Related") })
            try tmux.send(["Q"])
            try expectCookedExit(tmux)
        }
    }
}
