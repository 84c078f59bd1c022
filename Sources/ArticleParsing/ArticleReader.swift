import Foundation

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
        /// What a corpus row keeps: as `full` (bodies, excerpts and related cards' excerpts
        /// are searched), less what only an open article shows — images, related cards'
        /// images, unknown keys, `secured`. The diagnostics are those of `full`.
        case rows

        /// Whether bodies and excerpts are read.
        var readsText: Bool { self != .listing }
    }

    public struct Outcome: Sendable {
        public var article: Article?
        public var diagnostics: [Diagnostic]
    }

    /// Files larger than this are refused rather than read into memory.
    public static let maximumFileSize = 16 * 1024 * 1024

    /// Front matter opens on the file's first line, so lines within it count from there.
    private static let frontMatterLine = 1

    public static func read(bytes rawBytes: [UInt8], id: String, path: String, detail: Detail = .full) -> Outcome {
        var diagnostics: [Diagnostic] = []
        var bytes = rawBytes
        if let firstNul = firstNUL(bytes) {
            if looksBinary(bytes) {
                return Outcome(article: nil, diagnostics: [Diagnostic(path: path, severity: .note, message: "skipped: binary file")])
            }
            diagnostics.append(Diagnostic(path: path, line: lineNumber(of: firstNul, in: bytes), severity: .warning,
                                          message: "NUL bytes removed"))
            bytes.removeAll { $0 == 0 }
        }
        return bytes.withUnsafeBufferPointer { buffer in
            let file = SourceFile(buffer)
            func noteValidity(_ isValidUTF8: Bool) -> Reading {
                if !isValidUTF8 {
                    let offset = UTF8Validation.firstInvalidOffset(bytes) ?? 0
                    diagnostics.append(Diagnostic(path: path, line: lineNumber(of: offset, in: bytes), severity: .warning,
                                                  message: "invalid UTF-8 replaced with U+FFFD"))
                }
                return Reading(file: file, isValidUTF8: isValidUTF8, id: id, path: path, detail: detail)
            }
            // The scanner checks the front matter's UTF-8 as it reads; the markers around it are ASCII.
            if let contentStart = file.frontMatterStart, let scanned = CardScanner.scan(file, from: contentStart) {
                let body = UnsafeBufferPointer(rebasing: buffer[scanned.bodyStart...])
                let reading = noteValidity(scanned.isValidUTF8 && UTF8Validation.isValid(body))
                return scanned.withTree { reading.card($0, bodyStart: scanned.bodyStart, diagnostics: diagnostics) }
            }
            let reading = noteValidity(UTF8Validation.isValid(buffer))
            guard file.frontMatterStart != nil else {
                return Outcome(article: reading.plainArticle(), diagnostics: diagnostics)
            }
            guard case .closed(let content, let bodyStart) = file.frontMatter else {
                diagnostics.append(Diagnostic(path: path, line: frontMatterLine, message: "front matter opened with --- is never closed"))
                return Outcome(article: nil, diagnostics: diagnostics)
            }
            do throws(YamsReader.Failure) {
                let root = try YamsReader.read(file.text(file.contentBytes(content)))
                return reading.card(YAMLTree(root: root), bodyStart: bodyStart, diagnostics: diagnostics)
            } catch {
                let line = error.line.map { $0 + frontMatterLine } ?? frontMatterLine
                diagnostics.append(Diagnostic(path: path, line: line, message: error.message))
                return Outcome(article: nil, diagnostics: diagnostics)
            }
        }
    }

    /// One file being read: what both formats need to make an article of it.
    private struct Reading {
        let file: SourceFile
        let isValidUTF8: Bool
        let id: String
        let path: String
        let detail: Detail

        func card<Tree: FrontMatterTree>(_ tree: Tree, bodyStart: Int, diagnostics: [Diagnostic]) -> Outcome {
            var diagnostics = diagnostics
            guard tree.shape(of: tree.root) == .mapping else {
                diagnostics.append(Diagnostic(path: path, line: frontMatterLine + 1,
                                              message: "front matter is not a mapping of keys to values"))
                return Outcome(article: nil, diagnostics: diagnostics)
            }
            var body: [String] = []
            if detail.readsText {
                body = Paragraphs.read(file, from: bodyStart, isValidUTF8: isValidUTF8).map(TextSanitizer.cleanLine)
            } else if needsFirstParagraph(tree) {
                // No title or excerpt: the title comes from the first paragraph, so read that much.
                body = Paragraphs.read(file, from: bodyStart, isValidUTF8: isValidUTF8, firstOnly: true).map(TextSanitizer.cleanLine)
            }
            var builder = CardBuilder(tree, detail: detail)
            let article = builder.build(id: id, path: path, body: body)
            for warning in builder.warnings {
                diagnostics.append(Diagnostic(path: path, line: frontMatterLine, severity: .warning, message: warning))
            }
            return Outcome(article: article, diagnostics: diagnostics)
        }

        private func needsFirstParagraph<Tree: FrontMatterTree>(_ tree: Tree) -> Bool {
            let root = tree.fields(of: tree.root)
            guard !tree.hasText(root.excerpt) else { return false }
            return tree.text(of: root.title).map { TextSanitizer.cleanLine($0).trimmingBlanks().isEmpty } ?? true
        }

        /// The article a plain-text file makes, in one go (filling in a `var` costs a copy of it).
        func plainArticle() -> Article {
            let paragraphs = Paragraphs.read(file, from: file.start, isValidUTF8: isValidUTF8)
            let rules = PlainTextRules.apply(cleanParagraphs: paragraphs.map(TextSanitizer.cleanLine).filter { !$0.isEmpty })
            let full = detail.readsText
            return Article(id: id, path: path, format: .plainText, title: rules.title.isEmpty ? lastPathComponent(path) : rules.title,
                           excerpt: full ? rules.excerpt : nil, date: rules.date.map { ArticleDate(text: $0) },
                           provider: rules.provider.map { Provider(name: $0) }, topics: rules.topic.map { [$0] } ?? [],
                           body: full ? rules.body : [],
                           extra: rules.credit.map { [YAMLPair("credit", .scalar(YAMLScalar($0, isPlain: false)))] } ?? [])
        }
    }

    private static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
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
