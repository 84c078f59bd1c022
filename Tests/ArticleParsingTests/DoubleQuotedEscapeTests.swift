import ArticleParsing
import Testing

/// Backslash escapes inside double-quoted YAML scalars, as YAML 1.1 defines them (§5.7)
/// and Yams reads them: the fast scanner, where it takes a card at all, must read each
/// one exactly as Yams does, and both must give the character the specification names.
struct DoubleQuotedEscapeTests {
    /// The escape as written between the quotes, and the text it stands for.
    static let escapes: [(written: String, meaning: String)] = [
        (#"\n"#, "\n"),
        (#"\r"#, "\r"),
        (#"\t"#, "\t"),
        (#"\\"#, "\\"),
        (#"\/"#, "/"),
        (#"\""#, "\""),
        (#"\x41"#, "A"),
        (#"\xe9"#, "é"),
        (#"\u00fc"#, "ü"),
        (#"\u263A"#, "☺"),
    ]

    /// The escapes the fast scanner is meant to take itself rather than leave to Yams: a
    /// scanner that deferred on them would be slow, and would hide its own mistakes here.
    static let scannerEscapes: Set<String> = [#"\n"#, #"\r"#, #"\t"#, #"\\"#, #"\/"#, #"\""#, #"\u00fc"#, #"\u263A"#]

    private func card(title: String) -> [UInt8] {
        Array("---\ntitle: \"\(title)\"\nexcerpt: plain\n---\nBody.\n".utf8)
    }

    @Test(arguments: escapes.indices)
    func eachEscapeReadsAsTheSpecificationSays(index: Int) throws {
        let (written, meaning) = Self.escapes[index]
        // Alone, between words, and twice in a row: the position in the scalar must not matter.
        for (title, expected) in [(written, meaning), ("one\(written)two", "one\(meaning)two"),
                                  ("\(written)\(written)x", "\(meaning)\(meaning)x")] {
            let bytes = card(title: title)
            guard case .success(let yams) = FrontMatterProbe.yamsTree(bytes) else {
                Issue.record("Yams rejects \(title)")
                continue
            }
            #expect(yams["title"]?.text == expected, "Yams reads \(title) as \(String(describing: yams["title"]?.text?.unicodeScalars.map(\.value)))")
            if let scanned = FrontMatterProbe.scannerTree(bytes) {
                #expect(scanned["title"]?.text == expected,
                        "the scanner reads \(title) as \(String(describing: scanned["title"]?.text?.unicodeScalars.map(\.value)))")
                #expect(scanned == yams, "the scanner and Yams disagree on \(title)")
            } else {
                #expect(!Self.scannerEscapes.contains(written), "the scanner left \(title) to Yams")
            }
        }
    }

    /// The whole card through the reader: what a title with escapes becomes, either path.
    @Test func aTitleWithEveryEscapeReadsTheSameThroughTheReader() throws {
        let title = Self.escapes.map(\.written).joined(separator: " ")
        let article = try #require(ArticleReader.read(bytes: card(title: title), id: "e", path: "/e.md").article)
        // A title is one line: the line feed and tab become spaces, the carriage return goes,
        // and the blanks they leave at the start are trimmed.
        #expect(article.title == "\\ / \" A é ü ☺", "\(article.title)")
    }

    /// An escape YAML does not define is an error in Yams: the scanner must not accept it.
    @Test(arguments: [#"\q"#, #"\u12"#, #"\uZZZZ"#, #"\"#])
    func anEscapeYAMLDoesNotDefineIsNotAccepted(written: String) {
        let bytes = card(title: "bad \(written) escape")
        if case .success = FrontMatterProbe.yamsTree(bytes) { return }
        #expect(FrontMatterProbe.scannerTree(bytes) == nil, "the scanner accepted \(written), which Yams rejects")
    }
}
