import Foundation
import Glibc
import Testing
import TestSupport

extension EndToEnd {
    /// Themes as a person sees them in a real terminal: different themes give different
    /// colours, NO_COLOR gives none but keeps the selection visible, 8- and 256-colour
    /// terminals both render, and `T` switches live.
    @Suite(.serialized) struct ThemeEndToEndTests {
        static let environment = EndToEndEnvironment()

        private func start(_ arguments: String, term: String, extraEnvironment: String = "") throws -> Tmux {
            let env = Self.environment
            let tmux = Tmux(program: env.tmux!)
            let command = "env -u NO_COLOR -u COLORTERM LANG=C.UTF-8 TERM=\(term) XDG_CONFIG_HOME=/nonexistent XDG_STATE_HOME=/nonexistent \(extraEnvironment) '\(env.binary!)' \(arguments) '\(env.seeds!)'; sleep 30"
            try tmux.start(command: command, cols: 120, rows: 30)
            // The bottom line is drawn last: with it, the whole frame (and its colours) is there.
            try tmux.waitFor("the whole list", { $0.contains("Groups Call on Chicago") && $0.contains("Enter open") })
            return tmux
        }

        /// The SGR parameter lists on screen, e.g. `["38;5;231", "1"]`.
        private func sgr(_ screen: String) -> Set<String> {
            var found: Set<String> = []
            var rest = Substring(screen)
            while let start = rest.range(of: "\u{1B}[") {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "m") else { break }
                found.insert(String(rest[..<end]))
                rest = rest[rest.index(after: end)...]
            }
            return found
        }

        /// Whether reverse video is on at the end of `prefix`, following every SGR in it
        /// (tmux only emits changes, so the state carries across lines).
        private func isReverse(_ prefix: Substring) -> Bool {
            var reverse = false
            var rest = prefix
            while let start = rest.range(of: "\u{1B}[") {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "m") else { break }
                let parameters = rest[..<end].split(separator: ";", omittingEmptySubsequences: false)
                for parameter in parameters {
                    switch parameter {
                    case "", "0": reverse = false
                    case "7": reverse = true
                    case "27": reverse = false
                    default: break
                    }
                }
                rest = rest[rest.index(after: end)...]
            }
            return reverse
        }

        private func colourCodes(_ codes: Set<String>) -> Set<String> {
            codes.filter { code in code.split(separator: ";").contains { ["38", "48"].contains($0) || (Int($0).map { (30...37).contains($0) || (40...47).contains($0) || (90...97).contains($0) || (100...107).contains($0) } ?? false) } }
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func twoThemesGiveDifferentColours() throws {
            var seen: [Set<String>] = []
            for theme in ["dark", "gruvbox-dark"] {
                let tmux = try start("--theme \(theme)", term: "xterm-256color")
                defer { tmux.stop() }
                let styled = try tmux.styledScreen()
                let codes = colourCodes(sgr(styled))
                #expect(!codes.isEmpty, "\(theme) drew no colour: \(styled.prefix(300).debugDescription)")
                seen.append(codes)
            }
            #expect(seen[0] != seen[1])
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func noColorKeepsTheSelectionVisible() throws {
            let tmux = try start("--theme dark", term: "xterm-256color", extraEnvironment: "NO_COLOR=1")
            defer { tmux.stop() }
            let styled = try tmux.styledScreen()
            #expect(colourCodes(sgr(styled)).isEmpty, "colour escapes despite NO_COLOR")
            let selected = try #require(styled.range(of: "Ban dangerous facial recognition"))
            #expect(isReverse(styled[..<selected.lowerBound]), "selected row is not reverse video")
            let other = try #require(styled.range(of: "Chicago Police Drop Clearview"))
            #expect(!isReverse(styled[..<other.lowerBound]), "an unselected row is reverse video too")
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)),
              arguments: ["xterm", "xterm-256color"])
        func rendersOnEightAnd256ColourTerminals(term: String) throws {
            let tmux = try start("--theme nord", term: term)
            defer { tmux.stop() }
            let codes = colourCodes(sgr(try tmux.styledScreen()))
            #expect(!codes.isEmpty)
            if term == "xterm" {
                #expect(!codes.contains { $0.contains("38;5") || $0.contains("48;5") || $0.contains("38;2") }, "256-colour codes on an 8-colour terminal: \(codes)")
            }
        }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func tSwitchesThemeLive() throws {
            let tmux = try start("--theme dark", term: "xterm-256color")
            defer { tmux.stop() }
            let before = colourCodes(sgr(try tmux.styledScreen()))
            try tmux.send(["T"])
            try tmux.waitFor("the theme message", { $0.contains("Theme: default") && $0.contains("Groups Call on Chicago") })
            let after = colourCodes(sgr(try tmux.styledScreen()))
            #expect(before != after)
        }
    }
}
