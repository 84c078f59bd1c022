// Shared by the regression tests and the libFuzzer target (.ci/fuzz compiles this file
// into Tests/Fuzz/ParserFuzz.swift), so both hold the parser to the same invariants.
import ArticleParsing
import Foundation

/// What must hold for any input, whatever its bytes, as a list
/// of what broke rather than a crash.
enum FuzzInvariants {
    static func violations(in bytes: [UInt8], name: String) -> [String] {
        var found: [String] = []
        func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { found.append(message()) }
        }
        func expectClean(_ text: String?, _ what: String, line: Bool = false) {
            guard let text else { return }
            expect(!TextSanitizer.needsCleaning(text), "control character in \(what): \(text.debugDescription)")
            if line { expect(!text.contains("\n"), "line break in \(what): \(text.debugDescription)") }
        }

        let lineCount = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        var outcomes: [ArticleReader.Detail: ArticleReader.Outcome] = [:]
        for detail in [ArticleReader.Detail.full, .listing] {
            let outcome = ArticleReader.read(bytes: bytes, id: name, path: "/fuzz/" + name, detail: detail)
            outcomes[detail] = outcome
            for diagnostic in outcome.diagnostics {
                let description = diagnostic.description
                expect(!TextSanitizer.needsCleaning(description), "control character in diagnostic \(description.debugDescription)")
                expect(!description.contains("\n"), "line break in diagnostic \(description.debugDescription)")
                if let line = diagnostic.line {
                    expect(line >= 1 && line <= lineCount + 1, "diagnostic line \(line) outside 1...\(lineCount + 1): \(description)")
                }
            }
            guard let article = outcome.article else {
                expect(outcome.diagnostics.contains { $0.severity != .warning }, "no article and no error or note (\(detail))")
                continue
            }
            expectClean(article.title, "title", line: true)
            expect(!article.title.isEmpty, "empty title (\(detail))")
            expectClean(article.excerpt, "excerpt")
            for paragraph in article.body { expectClean(paragraph, "body paragraph", line: true) }
            for topic in article.topics { expectClean(topic, "topic") }
            expectClean(article.date?.text, "date")
            expectClean(article.provider?.name, "provider name")
            expectClean(article.provider?.domain, "provider domain")
            expectClean(article.category, "category")
            expectClean(article.type, "type")
            for url in article.urls.all { expectClean(url, "URL") }
            for image in article.images {
                expectClean(image.url, "image URL")
                expectClean(image.title, "image title")
            }
            for item in article.related {
                expectClean(item.title, "related title", line: true)
                expect(item.title.contains { !" \t\u{00A0}".contains($0) }, "blank related title \(item.title.debugDescription)")
                expectClean(item.excerpt, "related excerpt")
                expectClean(item.date?.text, "related date")
                expectClean(item.provider?.label, "related provider")
                for url in item.urls.all { expectClean(url, "related URL") }
            }
            if detail == .listing {
                expect(article.body.isEmpty && article.excerpt == nil, "listing detail kept a body or excerpt")
            }
        }
        let full = outcomes[.full]!, listing = outcomes[.listing]!
        expect((full.article == nil) == (listing.article == nil), "an article at one detail level only")
        if let full = full.article, let listing = listing.article {
            expect(full.format == listing.format, "format differs between detail levels")
            expect(full.title == listing.title, "title differs between detail levels: \(full.title.debugDescription) and \(listing.title.debugDescription)")
            expect(full.date == listing.date, "date differs between detail levels")
            expect(full.urls == listing.urls, "URLs differ between detail levels")
            expect(full.topics == listing.topics, "topics differ between detail levels")
            expect(full.related.map(\.title) == listing.related.map(\.title), "related titles differ between detail levels")
        }

        // The scanner must read exactly what Yams reads wherever it answers, on the bytes the
        // reader hands it (NULs removed) and on the input as the inside of a front matter block.
        let withoutNULs = bytes.filter { $0 != 0 }
        var probes = [withoutNULs]
        if !withoutNULs.starts(with: Array("---".utf8)) { probes.append(Array("---\n".utf8) + withoutNULs + Array("\n---\n".utf8)) }
        for probe in probes {
            guard let scanned = FrontMatterProbe.scannerTree(probe) else { continue }
            switch FrontMatterProbe.yamsTree(probe) {
            case .success(let reference):
                expect(scanned == reference, "scanner and Yams disagree: scanner \(scanned), Yams \(reference)")
            case .failure(let error):
                found.append("scanner accepted front matter that Yams rejects (\(error.message))")
            }
        }

        // The smaller entry points.
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(256)
            .map { String(decoding: $0, as: UTF8.self) }
        for line in lines {
            _ = LinkKeys.url(line)
            _ = LinkKeys.title(line)
            if let date = DateParser.parse(line) {
                expect(date.timeIntervalSince1970.isFinite, "DateParser gave a non-finite date")
                _ = DateParser.dayString(date)
                _ = DateParser.monthString(date)
            }
            // A bare `YYYY-MM-DD` that parses names its own day: no 30 February read as 1 March.
            var candidates = [line]
            if let colon = line.firstIndex(of: ":") {
                candidates.append(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
            for candidate in candidates where candidate.utf8.count == 10 {
                if let date = DateParser.parse(candidate) {
                    expect(DateParser.dayString(date) == candidate, "DateParser read \(candidate) as \(DateParser.dayString(date))")
                }
            }
        }
        _ = LinkKeys.url(text)
        _ = LinkKeys.title(text)
        _ = DateParser.parse(text)
        let sanitised = TextSanitizer.clean(text)
        expect(!TextSanitizer.needsCleaning(sanitised), "TextSanitizer.clean left a control character")
        expect(TextSanitizer.clean(sanitised) == sanitised, "TextSanitizer.clean is not idempotent")
        expect(!TextSanitizer.cleanLine(text).contains("\n"), "TextSanitizer.cleanLine left a line break")
        if !lines.isEmpty { lines[0] = lines[0].replacingOccurrences(of: "---", with: "") }
        let rules = PlainTextRules.apply(to: lines)
        for value in [rules.title, rules.topic, rules.date, rules.credit, rules.provider, rules.excerpt].compactMap({ $0 }) + rules.body {
            expect(!TextSanitizer.needsCleaning(value), "PlainTextRules left a control character in \(value.debugDescription)")
        }
        return found
    }
}
