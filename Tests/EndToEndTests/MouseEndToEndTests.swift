import TestSupport
import Foundation
import Glibc
import Testing

extension EndToEnd {
    /// The mouse and hyperlinks in the real binary inside tmux (TERM=screen, whose terminfo
    /// knows only X10 mouse reports): SGR reports as a terminal sends them select a row, open
    /// it, scroll the article, follow a numbered link and run a key hint; the pane's raw output
    /// asks for mouse reports and carries OSC 8 around the address. With `--no-mouse` the
    /// reader asks for no reports and the same clicks change nothing.
    @Suite(.serialized) struct MouseEndToEndTests {
        static let environment = EndToEndEnvironment()

        private func startReader(home: String, arguments: String = "", rows: Int = 40) throws -> Tmux {
            try FileManager.default.createDirectory(atPath: home + "/config/lede", withIntermediateDirectories: true)
            try "hyperlinks = true\n".write(toFile: home + "/config/lede/config.toml", atomically: true, encoding: .utf8)
            let tmux = try Self.environment.startReaderOnSeeds(home: home, arguments: arguments, rows: rows)
            try tmux.recordOutput(to: home + "/raw")
            try tmux.waitFor("the list", { $0.contains("Enter open") && $0.contains("5 articles") })
            return tmux
        }

        /// A press and release of the left button at a 0-based row and column, as SGR reports.
        private func click(_ tmux: Tmux, row: Int, col: Int) throws {
            try tmux.sendLiteral("\u{1B}[<0;\(col + 1);\(row + 1)M\u{1B}[<0;\(col + 1);\(row + 1)m")
        }

        /// The screen's rows (capture-pane ends the last with a newline).
        private func lines(_ screen: String) -> [String] {
            var rows = screen.components(separatedBy: "\n")
            if screen.hasSuffix("\n") { rows.removeLast() }
            return rows
        }

        private func row(of text: String, in screen: String) throws -> Int {
            try #require(lines(screen).firstIndex { $0.contains(text) }, "no \(text) on screen:\n\(screen)")
        }

        private func raw(_ home: String) -> String {
            String(decoding: FileManager.default.contents(atPath: home + "/raw") ?? Data(), as: UTF8.self)
        }

        /// Polls the recorded output (it reaches the file a moment after the screen).
        private func waitForOutput(_ home: String, _ predicate: (String) -> Bool) -> String {
            let deadline = ContinuousClock.now + .seconds(5)
            var bytes = raw(home)
            while !predicate(bytes) && ContinuousClock.now < deadline {
                usleep(50_000)
                bytes = raw(home)
            }
            return bytes
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func clicksAndTheWheelSelectOpenScrollFollowAndRunHints() throws {
            let home = NSTemporaryDirectory() + "lede-mouse-e2e-\(getpid())"
            defer { try? FileManager.default.removeItem(atPath: home) }
            let tmux = try startReader(home: home, rows: 16)
            defer { tmux.stop() }
            let list = try tmux.screen()
            let target = try row(of: "Groups Call on Chicago", in: list)
            try click(tmux, row: target, col: 40)
            try tmux.waitFor("the clicked row selected", { self.lines($0).last?.hasSuffix("\(target)/5") == true })
            try click(tmux, row: target, col: 40)
            let article = try tmux.waitFor("the article open", { $0.contains("Government Technology · 000_") })
            #expect(lines(article)[1].contains("Groups Call on Chicago to Ban Facial Recognition"))

            try tmux.sendLiteral("\u{1B}[<65;30;6M")
            let scrolled = try tmux.waitFor("the article scrolled", { self.lines($0)[1] == self.lines(article)[4] })
            #expect(!lines(scrolled)[1].contains("Groups Call on Chicago to Ban"), "three lines down:\n\(scrolled)")

            try tmux.send(["End"])
            // Link 10, under Same story: past 9, only a click follows it in one go.
            let bottom = try tmux.waitFor("the links", { $0.contains("Bot") && $0.contains("[10] Chicago-Area Groups Demand") })
            let link = try row(of: "[10] Chicago-Area Groups Demand", in: bottom)
            try click(tmux, row: link, col: 8)
            try tmux.waitFor("the linked article", { self.lines($0)[1].contains("Chicago-Area Groups Demand End to Facial") })

            let hints = try tmux.screen()
            let statusLine = lines(hints).last ?? ""
            let back = try #require(statusLine.range(of: "Backspace back"), "no back hint: \(statusLine)")
            try click(tmux, row: lines(hints).count - 1, col: statusLine.distance(from: statusLine.startIndex, to: back.lowerBound) + 3)
            let returned = try tmux.waitFor("back at the first article", { $0.contains("[10] Chicago-Area Groups Demand") })
            #expect(lines(returned).dropFirst() == lines(bottom).dropFirst(), "the hint went back to the same place")

            let url = "https://www.govtech.com/public-safety/Groups-Call-on-Chicago-to-Ban-Facial-Recognition-Technology.html"
            let bytes = waitForOutput(home) { $0.contains("\u{1B}]8;;\(url)\u{1B}\\") }
            #expect(bytes.contains("\u{1B}[?1000h\u{1B}[?1006h"), "mouse reports asked for")
            #expect(bytes.contains("\u{1B}]8;;\(url)\u{1B}\\"), "the address as an OSC 8 hyperlink")
            #expect(bytes.contains("\u{1B}]8;;\u{1B}\\"), "and the hyperlink closed")
            try tmux.send(["Q"])
            try tmux.waitFor("lede to exit", { $0.contains("exit=0") })
            let after = waitForOutput(home) { $0.contains("\u{1B}[?1006l\u{1B}[?1000l") }
            #expect(after.contains("\u{1B}[?1006l\u{1B}[?1000l"), "the mouse given back at exit")
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func noMouseAsksForNoReportsAndIgnoresClicks() throws {
            let home = NSTemporaryDirectory() + "lede-no-mouse-e2e-\(getpid())"
            defer { try? FileManager.default.removeItem(atPath: home) }
            let tmux = try startReader(home: home, arguments: "--no-mouse")
            defer { tmux.stop() }
            let list = try tmux.screen()
            let target = try row(of: "Chicago-Area Groups Demand", in: list)
            #expect(target > 2)
            try click(tmux, row: target, col: 40)
            try click(tmux, row: target, col: 40)
            try tmux.sendLiteral("\u{1B}[<65;30;6M")
            // A key after the clicks: once it shows, the clicks before it have been read.
            try tmux.send(["j"])
            let screen = try tmux.waitFor("j after the clicks", { self.lines($0).last?.hasSuffix("2/5") == true })
            #expect(!screen.contains("Unknown key"), "a report leaked as keys:\n\(screen)")
            #expect(screen.contains("Enter open"), "still the list:\n\(screen)")
            #expect(!raw(home).contains("\u{1B}[?1000h"), "--no-mouse asks for no mouse reports")
            try tmux.send(["Q"])
            try tmux.waitFor("lede to exit", { $0.contains("exit=0") })
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func ctrlZGivesTheMouseBackAndFgAsksAgain() throws {
            let env = Self.environment
            let home = NSTemporaryDirectory() + "lede-mouse-suspend-e2e-\(getpid())"
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: home) }
            let tmux = Tmux(program: env.tmux!)
            defer { tmux.stop() }
            try tmux.start(command: "env -u NO_COLOR PS1='$ ' bash --norc --noprofile -i", cols: 120, rows: 30)
            try tmux.recordOutput(to: home + "/raw")
            try tmux.waitFor("a shell prompt", { $0.contains("$") })
            try tmux.sendLiteral("LANG=C.UTF-8 XDG_STATE_HOME=\(home)/state XDG_CONFIG_HOME=\(home)/config '\(env.binary!)' '\(env.seeds!)'")
            try tmux.send(["Enter"])
            try tmux.waitFor("the list", { $0.contains("Enter open") && $0.contains("5 articles") })
            try tmux.send(["C-z"])
            try tmux.waitFor("the shell after suspending", { $0.contains("Stopped") })
            let enable = "\u{1B}[?1000h\u{1B}[?1006h"
            let disable = "\u{1B}[?1006l\u{1B}[?1000l"
            let suspended = waitForOutput(home) { $0.contains(disable) }
            let lastOn = try #require(suspended.range(of: enable, options: .backwards), "reports were asked for")
            let lastOff = try #require(suspended.range(of: disable, options: .backwards), "and given back on Ctrl-Z")
            #expect(lastOff.lowerBound > lastOn.lowerBound, "off while the shell has the terminal")

            let before = suspended.utf8.count
            try tmux.sendLiteral("fg")
            try tmux.send(["Enter"])
            let list = try tmux.waitFor("the list again", { $0.contains("Enter open") && !$0.contains("Stopped") })
            let resumed = waitForOutput(home) { String(decoding: Array($0.utf8).dropFirst(before), as: UTF8.self).contains(enable) }
            #expect(String(decoding: Array(resumed.utf8).dropFirst(before), as: UTF8.self).contains(enable), "asked for again on fg")
            let target = try row(of: "Chicago-Area Groups Demand", in: list)
            try click(tmux, row: target, col: 40)
            try tmux.waitFor("a click after resuming", { self.lines($0).last?.hasSuffix("5/5") == true })
            try tmux.send(["Q"])
        }
    }
}
