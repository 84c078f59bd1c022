import ArticleParsing
import CorpusStore
import Foundation

/// A search query, the same in the reader and on the command line: words ANDed, case-
/// and diacritic-insensitive; `"exact phrase"`; `-word` excludes; `topic:AI`,
/// `provider:cnn` (name or domain), `after:2020-05-01`, `before:2021-01-01`,
/// `is:unread`, `is:read`, `is:bookmarked`; `outlets:3` keeps articles whose story at
/// least three outlets report, and `is:story` is `outlets:2`.
public struct Query: Sendable, Equatable {
    public enum Filter: Sendable, Equatable {
        /// Folded text that must appear (a word or a phrase).
        case text([UInt8])
        case topic([UInt8])
        case provider([UInt8])
        case after(Date)
        case before(Date)
        case unread
        case read
        case bookmarked
        /// The article's story is reported by at least this many outlets (an article
        /// alone counts as one).
        case outlets(Int)
    }

    public struct Term: Sendable, Equatable {
        public var filter: Filter
        public var negated: Bool

        public init(filter: Filter, negated: Bool) {
            self.filter = filter
            self.negated = negated
        }

        /// Text holding `rest of it` holds `rest`; text without `st` lacks `stay` too.
        /// Other filters imply only themselves.
        func implies(_ other: Term) -> Bool {
            guard negated == other.negated else { return false }
            if case .text(let mine) = filter, case .text(let theirs) = other.filter {
                return negated ? Self.contains(theirs, mine) : Self.contains(mine, theirs)
            }
            return filter == other.filter
        }

        private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
            guard needle.count <= haystack.count else { return false }
            return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
    }

    public var terms: [Term]
    /// The text as typed.
    public var source: String

    public var isEmpty: Bool { terms.isEmpty }

    /// Folded words and phrases that must appear, for highlighting matches.
    public var highlights: [[UInt8]] {
        terms.compactMap { term in
            if case .text(let text) = term.filter, !term.negated { return text }
            return nil
        }
    }

    /// Whether a term asks about stories (`outlets:`, `is:story`), so the corpus searched
    /// needs them worked out first.
    public var needsStories: Bool {
        terms.contains { if case .outlets = $0.filter { true } else { false } }
    }

    /// Whether every article matching this query also matches `earlier`, so this one can
    /// search only `earlier`'s results: each of `earlier`'s terms is implied by one of
    /// these. Typing on at the end of a word, adding a word or adding an exclusion all
    /// narrow; shortening an exclusion (`-st` after `-s`) or deleting widen.
    public func narrows(_ earlier: Query) -> Bool {
        earlier.terms.allSatisfy { old in terms.contains { $0.implies(old) } }
    }

    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static func parse(_ source: String) throws(ParseError) -> Query {
        var terms: [Term] = []
        for token in try tokens(source) {
            var text = token.text
            var negated = false
            if text.hasPrefix("-"), text.count > 1, !token.quotedWhole {
                negated = true
                text.removeFirst()
            }
            if token.quotedWhole {
                let folded = TextFolding.fold(text)
                if !folded.isEmpty { terms.append(Term(filter: .text(folded), negated: token.negatedQuote)) }
                continue
            }
            if let colon = text.firstIndex(of: ":"), colon != text.startIndex {
                let field = text[..<colon].lowercased()
                let value = String(text[text.index(after: colon)...])
                terms.append(Term(filter: try filter(field: field, value: value), negated: negated))
                continue
            }
            let folded = TextFolding.fold(text)
            if !folded.isEmpty { terms.append(Term(filter: .text(folded), negated: negated)) }
        }
        return Query(terms: terms, source: source)
    }

    private static func filter(field: String, value: String) throws(ParseError) -> Filter {
        guard !value.isEmpty else { throw ParseError(message: "\(field): needs a value, e.g. \(field):\(example(field))") }
        switch field {
        case "topic": return .topic(TextFolding.fold(value))
        case "provider", "source": return .provider(TextFolding.fold(value))
        case "after", "before":
            guard let date = DateParser.parse(value) ?? DateParser.parse(value + "-01") ?? DateParser.parse(value + "-01-01") else {
                throw ParseError(message: "\(field): wants a date like 2020-05-01, not \(value)")
            }
            return field == "after" ? .after(date) : .before(date)
        case "is":
            switch value.lowercased() {
            case "unread": return .unread
            case "read": return .read
            case "bookmarked", "bookmark", "starred": return .bookmarked
            // A story, as the list groups them, is news several outlets report.
            case "story": return .outlets(2)
            default: throw ParseError(message: "is: takes unread, read, bookmarked or story, not \(value)")
            }
        case "outlets":
            guard let count = Int(value), count >= 1 else {
                throw ParseError(message: "outlets: wants a number of outlets like 2, not \(value)")
            }
            return .outlets(count)
        default:
            throw ParseError(message: "unknown filter \(field): (use topic:, provider:, after:, before:, is: or outlets:)")
        }
    }

    private static func example(_ field: String) -> String {
        ["topic": "AI", "provider": "cnn", "after": "2020-05-01", "before": "2021-01-01", "is": "unread", "outlets": "2"][field] ?? "value"
    }

    private struct Token {
        var text: String
        /// The whole token was a quoted phrase (`"a b"` or `-"a b"`).
        var quotedWhole = false
        var negatedQuote = false
    }

    /// Splits at spaces outside quotes; `topic:"computer vision"` keeps its quoted value.
    private static func tokens(_ source: String) throws(ParseError) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var inQuote = false
        var quoteStartedToken = false
        var negatedQuote = false
        func finish() {
            if !current.isEmpty || quoteStartedToken {
                tokens.append(Token(text: current, quotedWhole: quoteStartedToken, negatedQuote: negatedQuote))
            }
            current = ""
            quoteStartedToken = false
            negatedQuote = false
        }
        for character in source {
            if character == "\"" {
                if !inQuote && (current.isEmpty || current == "-") {
                    quoteStartedToken = true
                    negatedQuote = current == "-"
                    current = ""
                }
                inQuote.toggle()
                continue
            }
            if character.isWhitespace && !inQuote {
                finish()
            } else {
                current.append(character)
            }
        }
        if inQuote { throw ParseError(message: "a quote is never closed") }
        finish()
        return tokens
    }
}
