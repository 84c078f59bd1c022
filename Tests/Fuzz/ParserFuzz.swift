// libFuzzer entry for the ArticleParsing module; built and run by `.ci/fuzz`, not by SwiftPM.
//
// Every input is read as a whole file (both detail levels), its front matter is read by the
// fast scanner and by Yams separately, and its lines are fed to the smaller entry points.
// A broken invariant calls `fatalError`, which libFuzzer records as a crash with its input.
import ArticleParsing
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    ParserFuzz.check(bytes)
    return 0
}

enum ParserFuzz {
    static func check(_ bytes: [UInt8]) {
        let full = ArticleReader.read(bytes: bytes, id: "fuzz.md", path: "/fuzz/fuzz.md", detail: .full)
        let listing = ArticleReader.read(bytes: bytes, id: "fuzz.md", path: "/fuzz/fuzz.md", detail: .listing)
        let lineCount = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        checkOutcome(full, lineCount: lineCount, detail: "full")
        checkOutcome(listing, lineCount: lineCount, detail: "listing")
        expect((full.article == nil) == (listing.article == nil), "an article at one detail level only")
        if let full = full.article, let listing = listing.article {
            expect(full.format == listing.format, "format differs between detail levels")
            expect(full.title == listing.title, "title differs between detail levels: \(full.title.debugDescription) and \(listing.title.debugDescription)")
            expect(full.date == listing.date, "date differs between detail levels")
            expect(full.urls == listing.urls, "URLs differ between detail levels")
            expect(full.topics == listing.topics, "topics differ between detail levels")
            expect(full.related.map(\.title) == listing.related.map(\.title), "related titles differ between detail levels")
        }

        // The scanner reads what the reader hands it: the bytes less their NULs. Most inputs
        // are not cards, so each is also tried as the inside of a front matter block.
        let withoutNULs = bytes.contains(0) ? bytes.filter { $0 != 0 } : bytes
        checkScannerAgreement(withoutNULs)
        if !withoutNULs.starts(with: Array("---".utf8)) {
            checkScannerAgreement(Array("---\n".utf8) + withoutNULs + Array("\n---\n".utf8))
        }

        // The smaller entry points take untrusted text too: every line, and the whole text.
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
            checkBareDate(line)
            if let colon = line.firstIndex(of: ":") {
                let value = String(line[line.index(after: colon)...])
                _ = LinkKeys.url(value)
                checkBareDate(value.trimmingCharacters(in: .whitespaces))
            }
        }
        _ = LinkKeys.url(text)
        _ = LinkKeys.title(text)
        _ = DateParser.parse(text)
        let sanitised = TextSanitizer.clean(text)
        expect(!TextSanitizer.needsCleaning(sanitised), "TextSanitizer.clean left a control character")
        expect(TextSanitizer.clean(sanitised) == sanitised, "TextSanitizer.clean is not idempotent")
        expect(!TextSanitizer.cleanLine(text).contains("\n"), "TextSanitizer.cleanLine left a line break")

        if lines.count > 0 { lines[0] = lines[0].replacingOccurrences(of: "---", with: "") }
        let rules = PlainTextRules.apply(to: lines)
        for value in [rules.title, rules.topic, rules.date, rules.credit, rules.provider, rules.excerpt].compactMap({ $0 }) + rules.body {
            expect(!TextSanitizer.needsCleaning(value), "PlainTextRules left a control character in \(value.debugDescription)")
        }
    }

    /// A bare `YYYY-MM-DD` that parses names its own day: no 30 February read as 1 March.
    private static func checkBareDate(_ text: String) {
        guard text.utf8.count == 10, let date = DateParser.parse(text) else { return }
        expect(DateParser.dayString(date) == text, "DateParser read \(text) as \(DateParser.dayString(date))")
    }

    private static func checkOutcome(_ outcome: ArticleReader.Outcome, lineCount: Int, detail: String) {
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
            return
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
        if detail == "listing" {
            expect(article.body.isEmpty && article.excerpt == nil, "listing detail kept a body or excerpt")
        }
    }

    /// Wherever the fast scanner answers, Yams must read the very same tree.
    private static func checkScannerAgreement(_ bytes: [UInt8]) {
        guard let scanned = FrontMatterProbe.scannerTree(bytes) else { return }
        switch FrontMatterProbe.yamsTree(bytes) {
        case .success(let reference):
            expect(scanned == reference, "scanner and Yams disagree:\n  scanner: \(scanned)\n  Yams:    \(reference)")
        case .failure(let error):
            fatalError("scanner accepted front matter that Yams rejects (\(error.message)); scanner read \(scanned)")
        }
    }

    private static func expectClean(_ text: String?, _ what: String, line: Bool = false) {
        guard let text else { return }
        expect(!TextSanitizer.needsCleaning(text), "control character in \(what): \(text.debugDescription)")
        if line { expect(!text.contains("\n"), "line break in \(what): \(text.debugDescription)") }
    }

    private static func expect(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("fuzz invariant broken: \(message())") }
    }
}
