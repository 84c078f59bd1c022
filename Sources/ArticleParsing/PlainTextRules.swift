/// The rules that find a title, topic, date and provider in a plain-text article:
///
/// 1. Text splits into paragraphs at blank lines; the lines of one paragraph are joined.
/// 2. Page junk (`Contact Us`, `Advertisement`, …) standing alone as a paragraph is dropped.
/// 3. A leading paragraph holding a date marker (`date 2020-02-05 …`, `Published: …`) gives
///    the date; the rest of that line (a photo credit, say) is kept as the credit.
/// 4. A first paragraph of at most four words and 40 characters, with no closing
///    punctuation, followed by a longer paragraph, is a topic, not the title.
/// 5. The title is the next one-line paragraph of at most 200 characters that does not end
///    like a sentence (`.`, `,`, `;` or `:`).
/// 6. Right after the title, a short line naming an organisation (`NBCUniversal, Inc.`) is
///    the provider, and one short standfirst line becomes the excerpt.
/// 7. With no title line, the title is the first sentence of the text, cut at a word
///    boundary to at most 100 characters.
public enum PlainTextRules {
    public struct Result: Sendable, Equatable {
        public var title: String
        public var topic: String?
        public var date: String?
        public var credit: String?
        public var provider: String?
        public var excerpt: String?
        public var body: [String]
    }

    static let junk: Set<String> = [
        "contact us", "advertisement", "share this article", "share", "subscribe", "sign up", "read more",
        "privacy policy", "terms of use", "all rights reserved", "follow us", "back to top", "comments",
        "related articles", "skip to content", "click here", "print", "email", "tweet",
    ]

    private static let organisationSuffixes = [
        "inc.", "inc", "llc", "ltd", "ltd.", "corp.", "corp", "co.", "gmbh", "plc", "news", "press", "times",
        "post", "journal", "herald", "tribune", "gazette", "media", "network", "reuters", "agency",
    ]

    /// Splits text into paragraphs at blank lines, joining each paragraph's lines with spaces.
    public static func paragraphs(_ lines: [String]) -> [String] {
        var result: [String] = []
        var current: [String] = []
        for line in lines {
            let trimmed = line.trimmingBlanks()
            if trimmed.isEmpty {
                if !current.isEmpty { result.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }

    public static func apply(to lines: [String]) -> Result {
        apply(cleanParagraphs: paragraphs(lines).map(TextSanitizer.cleanLine).filter { !$0.isEmpty })
    }

    /// The rules on paragraphs already split, cleaned for one line, and non-empty.
    static func apply(cleanParagraphs: [String]) -> Result {
        var paragraphs = cleanParagraphs
        paragraphs.removeAll { $0.utf8.count <= 32 && junk.contains($0.lowercased().trimmingCharacters(in: ".:!")) }
        var result = Result(title: "", body: [])
        if let first = paragraphs.first, let marker = dateMarker(first) {
            result.date = marker.date
            result.credit = marker.rest.isEmpty ? nil : marker.rest
            paragraphs.removeFirst()
        }
        if paragraphs.count >= 2, isTopicLine(paragraphs[0]), !hasAtMost(paragraphs[0].count, characters: paragraphs[1]) {
            result.topic = paragraphs.removeFirst()
        }
        if let first = paragraphs.first, isTitleLine(first), paragraphs.count >= 2 {
            result.title = paragraphs.removeFirst()
            for _ in 0..<2 {
                guard let next = paragraphs.first, paragraphs.count >= 2 else { break }
                if result.provider == nil, isOrganisationLine(next) {
                    result.provider = paragraphs.removeFirst()
                } else if result.excerpt == nil, result.provider == nil, isStandfirst(next) {
                    result.excerpt = paragraphs.removeFirst()
                } else {
                    break
                }
            }
        } else {
            result.title = firstSentence(of: paragraphs.first ?? "") ?? ""
        }
        result.body = paragraphs
        return result
    }

    /// The first sentence of `text`, cut at a word boundary to at most `limit` characters.
    public static func firstSentence(of text: String, limit: Int = 100) -> String? {
        let trimmed = text.trimmingBlanks()
        guard !trimmed.isEmpty else { return nil }
        var sentence = trimmed
        var previous: Character = " "
        for (offset, character) in trimmed.enumerated() {
            if (character == " ") && (previous == "." || previous == "!" || previous == "?") && offset > 1 {
                sentence = String(trimmed.prefix(offset - 1))
                break
            }
            previous = character
        }
        guard !hasAtMost(limit, characters: sentence) else { return sentence }
        let cut = sentence.prefix(limit)
        let boundary = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return boundary.trimmingCharacters(in: ",;:-–—") + "…"
    }

    private static func isTopicLine(_ paragraph: String) -> Bool {
        hasAtMost(40, characters: paragraph) && paragraph.split(separator: " ").count <= 4 && !endsLikeSentence(paragraph)
            && !isOrganisationLine(paragraph) && dateMarker(paragraph) == nil
    }

    private static func isTitleLine(_ paragraph: String) -> Bool {
        hasAtMost(200, characters: paragraph) && !endsLikeSentence(paragraph)
    }

    private static func isStandfirst(_ paragraph: String) -> Bool {
        hasAtMost(250, characters: paragraph) && !endsLikeSentence(paragraph)
    }

    private static func isOrganisationLine(_ paragraph: String) -> Bool {
        // Long paragraphs are most: rule them out before splitting them into words.
        guard hasAtMost(60, characters: paragraph) else { return false }
        let words = paragraph.split(separator: " ")
        guard words.count <= 6, let last = words.last?.lowercased() else { return false }
        return organisationSuffixes.contains(last)
    }

    private static func endsLikeSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return last == "." || last == "," || last == ";" || last == ":"
    }

    /// A line such as `date 2020-02-05 Photo credit: …` or `Published: 2020-02-05`.
    static func dateMarker(_ paragraph: String) -> (date: String, rest: String)? {
        let lowered = paragraph.lowercased()
        for prefix in ["date ", "date: ", "published ", "published: ", "posted ", "posted: ", "updated: ", ""] {
            guard lowered.hasPrefix(prefix) else { continue }
            let remainder = paragraph.dropFirst(prefix.count).trimmingBlanks()
            let candidate = remainder.prefix(while: { !$0.isWhitespace })
            guard !hasAtMost(9, characters: candidate), DateParser.parse(String(candidate)) != nil else { continue }
            if prefix.isEmpty && !hasAtMost(80, characters: paragraph) { return nil }
            return (String(candidate), remainder.dropFirst(candidate.count).trimmingBlanks())
        }
        return nil
    }

    /// `text.count <= limit`, counting no further than `limit` Characters: the paragraphs
    /// these rules measure are often far longer than the limits.
    private static func hasAtMost(_ limit: Int, characters text: some StringProtocol) -> Bool {
        if text.utf8.count <= limit { return true }
        guard let index = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) else { return true }
        return index == text.endIndex
    }
}
