/// Reads one file's bytes into an article, in whichever format it is written.
public enum ArticleReader {
    /// How much of each article to keep in memory.
    public enum Detail: Sendable {
        /// Everything: what the reader and `show` need.
        case full
        /// What a listing prints (titles, dates, providers, URLs, topics, related titles and
        /// URLs); bodies, excerpts, images and opaque keys are not kept, which roughly halves
        /// the memory a large corpus takes.
        case listing
    }

    public struct Outcome: Sendable {
        public var article: Article?
        public var diagnostics: [Diagnostic]
    }

    /// Files larger than this are refused rather than read into memory.
    public static let maximumFileSize = 16 * 1024 * 1024

    public static func read(bytes rawBytes: [UInt8], id: String, path: String, detail: Detail = .full) -> Outcome {
        var diagnostics: [Diagnostic] = []
        var bytes = rawBytes
        if let firstNul = bytes.firstIndex(of: 0) {
            if looksBinary(bytes) {
                return Outcome(article: nil, diagnostics: [Diagnostic(path: path, severity: .note, message: "skipped: binary file")])
            }
            diagnostics.append(Diagnostic(path: path, line: lineNumber(of: firstNul, in: bytes), severity: .warning,
                                          message: "NUL bytes removed"))
            bytes.removeAll { $0 == 0 }
        }
        if String(validating: bytes, as: UTF8.self) == nil {
            let offset = UTF8Validation.firstInvalidOffset(bytes) ?? 0
            diagnostics.append(Diagnostic(path: path, line: lineNumber(of: offset, in: bytes), severity: .warning,
                                          message: "invalid UTF-8 replaced with U+FFFD"))
        }
        let file = SourceFile(bytes: bytes)
        switch file.frontMatter {
        case .none:
            var article = plainArticle(file, id: id, path: path)
            if detail == .listing {
                article?.body = []
                article?.excerpt = nil
            }
            return Outcome(article: article, diagnostics: diagnostics)
        case .unclosed:
            diagnostics.append(Diagnostic(path: path, line: 1, message: "front matter opened with --- is never closed"))
            return Outcome(article: nil, diagnostics: diagnostics)
        case .closed(let content, let bodyStart):
            let frontMatterLine = file.lines[content.lowerBound - 1].number
            let root: YAMLValue
            if let scanned = CardScanner.scan(file, lines: content) {
                root = scanned
            } else {
                let text = file.text(lines: content)
                do {
                    root = try YamsReader.read(text)
                } catch {
                    let line = error.line.map { $0 + frontMatterLine } ?? frontMatterLine
                    diagnostics.append(Diagnostic(path: path, line: line, message: error.message))
                    return Outcome(article: nil, diagnostics: diagnostics)
                }
            }
            guard case .mapping = root else {
                diagnostics.append(Diagnostic(path: path, line: frontMatterLine + 1,
                                              message: "front matter is not a mapping of keys to values"))
                return Outcome(article: nil, diagnostics: diagnostics)
            }
            var body: [String] = []
            if detail == .full {
                let bodyLines = file.lines[min(bodyStart, file.lines.count)...].map(file.text)
                body = PlainTextRules.paragraphs(bodyLines).map(TextSanitizer.cleanLine)
            } else if root["excerpt"]?.text == nil,
                      root["title"]?.text.map({ TextSanitizer.cleanLine($0).trimmingBlanks().isEmpty }) ?? true {
                // No title or excerpt: the title comes from the first paragraph, so read that much.
                var firstLines: [String] = []
                for line in file.lines[min(bodyStart, file.lines.count)...] {
                    if file.isBlank(line) {
                        if firstLines.isEmpty { continue } else { break }
                    }
                    firstLines.append(file.text(line))
                }
                body = PlainTextRules.paragraphs(firstLines).map(TextSanitizer.cleanLine)
            }
            var builder = CardBuilder(detail: detail)
            var article = builder.build(root, id: id, path: path, body: body)
            if detail == .listing { article.body = [] }
            for warning in builder.warnings {
                diagnostics.append(Diagnostic(path: path, line: warning.line ?? frontMatterLine, severity: .warning,
                                              message: warning.message))
            }
            return Outcome(article: article, diagnostics: diagnostics)
        }
    }

    private static func plainArticle(_ file: SourceFile, id: String, path: String) -> Article? {
        let rules = PlainTextRules.apply(to: file.lines.map(file.text))
        var article = Article(id: id, path: path, format: .plainText,
                              title: rules.title.isEmpty ? lastPathComponent(path) : rules.title)
        article.topics = rules.topic.map { [$0] } ?? []
        article.date = rules.date.map { ArticleDate(text: $0) }
        article.provider = rules.provider.map { Provider(name: $0) }
        article.excerpt = rules.excerpt
        article.body = rules.body
        if let credit = rules.credit { article.extra = [YAMLPair("credit", .scalar(YAMLScalar(credit, isPlain: false)))] }
        return article
    }

    /// Many NULs or other controls early on mean a binary file, not text with a stray byte.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        let controls = sample.reduce(0) { count, byte in
            count + ((byte < 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09) ? 1 : 0)
        }
        return controls * 20 > sample.count || String(validating: sample.filter { $0 != 0 }, as: UTF8.self) == nil
    }

    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes[..<min(offset, bytes.count)] where byte == 0x0A { line += 1 }
        return line
    }
}

enum UTF8Validation {
    /// Offset of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            if length > 1, String(validating: bytes[index..<index + length], as: UTF8.self) == nil { return index }
            index += length
        }
        return nil
    }
}
