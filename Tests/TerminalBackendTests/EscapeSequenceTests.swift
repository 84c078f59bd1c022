import ReaderLoop
import Testing
@testable import TerminalBackend

/// Mouse reports as the terminal sends them after ESC: SGR (1006) at any column, X10 from
/// terminals without it, and broken ones that must become nothing, never stray keys.
@Suite struct EscapeSequenceTests {
    /// Parses `text` (what follows the ESC); also says how much of it was left unread.
    private func parse(_ text: String) -> (outcome: EscapeSequence.Outcome, unread: String) {
        var rest = Array(text.unicodeScalars)
        let outcome = EscapeSequence.parse { _ in
            rest.isEmpty ? nil : .character(rest.removeFirst().value)
        }
        return (outcome, String(String.UnicodeScalarView(rest)))
    }

    private func mouse(_ kind: MouseEvent.Kind, row: Int, col: Int) -> EscapeSequence.Outcome {
        .mouse(MouseEvent(kind, row: row, col: col))
    }

    @Test func sgrPressesReleasesAndWheelTurns() {
        #expect(parse("[<0;12;5M").outcome == mouse(.press(.left), row: 4, col: 11))
        #expect(parse("[<0;12;5m").outcome == mouse(.release(.left), row: 4, col: 11))
        #expect(parse("[<2;1;1M").outcome == mouse(.press(.right), row: 0, col: 0))
        #expect(parse("[<1;3;3M").outcome == mouse(.press(.middle), row: 2, col: 2))
        #expect(parse("[<64;40;10M").outcome == mouse(.wheelUp, row: 9, col: 39))
        #expect(parse("[<65;40;10M").outcome == mouse(.wheelDown, row: 9, col: 39))
        #expect(parse("[<16;7;8M").outcome == mouse(.press(.left), row: 7, col: 6), "Ctrl-click is a click")
    }

    @Test func sgrReachesPastColumn223() {
        #expect(parse("[<0;224;1M").outcome == mouse(.press(.left), row: 0, col: 223))
        #expect(parse("[<0;1000;300M").outcome == mouse(.press(.left), row: 299, col: 999))
        #expect(parse("[<65;99999;99999M").outcome == mouse(.wheelDown, row: 99998, col: 99998))
    }

    @Test func reportsLedeDoesNotUseAreConsumedWhole() {
        for report in ["[<32;5;5M", "[<35;5;5M", "[<66;5;5M", "[<67;5;5M", "[<128;5;5M", "[<64;5;5m"] {
            #expect(parse(report) == (.dropped, ""), "\(report)")
        }
    }

    @Test func malformedReportsNeverLeakKeys() {
        let broken = ["[<", "[<0", "[<0;", "[<0;5", "[<0;5;", "[<0;5;5", "[<0;0;5M", "[<0;5;0M", "[<;5;5M", "[<0;5M",
                      "[<0;5;5;5M", "[<0;;5M", "[<123456;5;5M", "[<0;5;5X", "[<0;5x5;5M", "[<0;5;1234567M",
                      "[<" + String(repeating: "9", count: 200), "[<0;5;5\u{1B}", "[<-1;5;5M"]
        for text in broken {
            let (outcome, unread) = parse(text)
            #expect(outcome == .dropped, "\(text.debugDescription)")
            #expect(!unread.contains(where: { "0123456789;Mm".contains($0) }),
                    "\(text.debugDescription) left \(unread.debugDescription) to be read as keys")
        }
        // A report cut off mid-way is dropped when the rest does not come in time.
        var calls = 0
        let cut = EscapeSequence.parse { _ in
            calls += 1
            return ["[", "<", "0", ";"].indices.contains(calls - 1) ? .character(Array("[<0;".unicodeScalars)[calls - 1].value) : nil
        }
        #expect(cut == .dropped)
    }

    @Test func x10ReportsFromOlderTerminals() {
        func x10(_ button: Int, _ col: Int, _ row: Int) -> String {
            "[M" + String(String.UnicodeScalarView([button + 32, col + 32, row + 32].map { Unicode.Scalar(UInt32($0))! }))
        }
        #expect(parse(x10(0, 10, 3)).outcome == mouse(.press(.left), row: 2, col: 9))
        #expect(parse(x10(3, 10, 3)).outcome == mouse(.release(.left), row: 2, col: 9))
        #expect(parse(x10(65, 1, 1)).outcome == mouse(.wheelDown, row: 0, col: 0))
        #expect(parse("[M ").outcome == .dropped)
    }

    @Test func anythingElseIsEscapeThenItsKeys() {
        #expect(parse("") == (.escape(pushBack: []), ""))
        #expect(parse("x") == (.escape(pushBack: [.character(0x78)]), ""))
        #expect(parse("[") == (.escape(pushBack: [.character(0x5B)]), ""))
        #expect(parse("[A") == (.escape(pushBack: [.character(0x5B), .character(0x41)]), ""))
        #expect(parse("j<0;1;1M").outcome == .escape(pushBack: [.character(0x6A)]))
        var once = true
        let function = EscapeSequence.parse { _ in
            defer { once = false }
            return once ? .functionKey(0o402) : nil
        }
        #expect(function == .escape(pushBack: [.functionKey(0o402)]), "Escape then a function key stays both")
    }
}
