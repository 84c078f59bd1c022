import Foundation
import Glibc
import Testing
import TestSupport

extension EndToEnd {
    /// The seed story in the real binary: seed 001 lists the other two versions under Same
    /// story, their numbers open them and Backspace comes back; `S` groups the list by story.
    @Suite(.serialized) struct StoriesEndToEndTests {
        static let environment = EndToEndEnvironment()

        /// The number shown before the link whose title starts with `title`.
        private func number(of title: String, in screen: String) -> String? {
            for line in screen.split(separator: "\n") {
                guard let range = line.range(of: "] " + title) else { continue }
                let before = line[..<range.lowerBound]
                guard let open = before.lastIndex(of: "[") else { continue }
                return String(before[before.index(after: open)...])
            }
            return nil
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func theOtherVersionsOfAStoryOpenByNumberAndBackspaceReturns() throws {
            let home = NSTemporaryDirectory() + "lede-stories-e2e-\(getpid())"
            defer { try? FileManager.default.removeItem(atPath: home) }
            let tmux = try Self.environment.startSettledReaderOnSeeds(home: home)
            defer { tmux.stop() }
            try tmux.send(["/"])
            try tmux.sendLiteral("Chicago-Area Groups Demand")
            try tmux.waitFor("the search", { $0.contains("/Chicago-Area Groups Demand") && $0.contains("1 result") })
            try tmux.send(["Enter", "Enter", "End"])
            try tmux.waitFor("Same story at the end of 001", { $0.contains("Same story") && $0.contains("Similar") })
            let bottom = try tmux.waitForSteadyScreen()
            let link = try #require(number(of: "Groups Call on Chicago", in: bottom), "000 is listed:\n\(bottom)")
            #expect(number(of: "Chicago Police Drop Clearview", in: bottom) != nil, "003 is Similar:\n\(bottom)")
            let sameStory = bottom.components(separatedBy: "Same story").last!.components(separatedBy: "Similar").first!
            #expect(!sameStory.contains("Clearview Facial"), "003 is not the same story:\n\(bottom)")

            try tmux.send([link])
            try tmux.waitFor("seed 000", { $0.contains("Groups Call on Chicago to Ban Facial") && $0.contains("Government Technology") })
            try tmux.send(["BSpace"])
            // 000's own page lists 001 and 002 under Same story, never itself.
            // Back restores the same screen, once settled.
            try tmux.waitFor("seed 001 again, as it was", { $0 == bottom })

            try tmux.send(["q", "q", "S"])
            try tmux.waitFor("the list by story", { $0.contains("+2 outlets") && $0.contains("per story") })
            try tmux.send(["Q"])
            try tmux.waitFor("lede to exit", { $0.contains("exit=0") })
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func yWritesTheAddressToTheTerminalAsOSC52() throws {
            let home = NSTemporaryDirectory() + "lede-clipboard-e2e-\(getpid())"
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: home) }
            let tmux = try Self.environment.startSettledReaderOnSeeds(home: home)
            defer { tmux.stop() }
            let raw = home + "/raw"
            try tmux.recordOutput(to: raw)
            try tmux.send(["/"])
            try tmux.sendLiteral("Groups Call on Chicago")
            try tmux.waitFor("the search", { $0.contains("/Groups Call on Chicago") })
            try tmux.send(["Enter", "Enter", "y"])
            let url = "https://www.govtech.com/public-safety/Groups-Call-on-Chicago-to-Ban-Facial-Recognition-Technology.html"
            try tmux.waitFor("the copy confirmed", { $0.contains("Copied https://www.govtech.com") })
            let sequence = "\u{1B}]52;c;" + Data(url.utf8).base64EncodedString() + "\u{07}"
            let recorded = (try? Polling.until("OSC 52 in the pane's output") {
                String(decoding: FileManager.default.contents(atPath: raw) ?? Data(), as: UTF8.self).contains(sequence)
            }) != nil
            #expect(recorded, "no OSC 52 with the address in the pane's output")
            try tmux.send(["Q"])
            try tmux.waitFor("lede to exit", { $0.contains("exit=0") })
        }
    }
}
