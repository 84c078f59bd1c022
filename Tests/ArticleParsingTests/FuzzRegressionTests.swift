import ArticleParsing
import Foundation
import Testing
import TestSupport

/// Every input the fuzzer (`.ci/fuzz`, Tests/Fuzz/ParserFuzz.swift) broke lede with is kept in
/// Tests/Fuzz/regressions; those and the fuzzer's hand-made seeds in Tests/Fuzz/seeds go through
/// every entry point here, under the fuzz target's invariants.
@Suite(.timeLimit(.minutes(3)))
struct FuzzRegressionTests {
    static let fuzzFolder = TestPaths.packageRoot.appendingPathComponent("Tests/Fuzz")

    static func files(in folder: String) -> [String] {
        let url = fuzzFolder.appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    static func bytes(_ folder: String, _ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fuzzFolder.appendingPathComponent(folder).appendingPathComponent(name)))
    }

    static let regressions = files(in: "regressions")
    static let seeds = files(in: "seeds")

    @Test func theFoldersAreThere() {
        #expect(Self.regressions.count >= 25, "Tests/Fuzz/regressions is missing or short")
        #expect(Self.seeds.count >= 40, "Tests/Fuzz/seeds is missing or short")
    }

    /// Some regressions were hangs: fail them rather than stall the suite.
    @Test(.timeLimit(.minutes(1)), arguments: regressions)
    func regression(name: String) throws {
        let violations = FuzzInvariants.violations(in: try Self.bytes("regressions", name), name: name)
        #expect(violations.isEmpty, "\(name): \(violations.joined(separator: "; "))")
    }

    @Test(.timeLimit(.minutes(1)), arguments: seeds)
    func seed(name: String) throws {
        let violations = FuzzInvariants.violations(in: try Self.bytes("seeds", name), name: name)
        #expect(violations.isEmpty, "\(name): \(violations.joined(separator: "; "))")
    }

    // What some of the regressions should read as, beyond the invariants.

    private func read(_ name: String, _ detail: ArticleReader.Detail = .full) throws -> ArticleReader.Outcome {
        ArticleReader.read(bytes: try Self.bytes("regressions", name), id: name, path: "/fuzz/" + name, detail: detail)
    }

    @Test func aRepeatedKeyIsOneShortError() throws {
        let outcome = try read("duplicate-key.md")
        #expect(outcome.article == nil)
        let error = try #require(outcome.diagnostics.first { $0.severity == .error })
        #expect(error.message.contains("'title'"))
        #expect(error.message.count < 200, "the message quotes the whole front matter: \(error.message)")
    }

    @Test func controlCharactersInFrontMatterAreErrorsOnEveryPath() throws {
        for name in ["raw-escape-in-front-matter.md", "control-in-comment.md", "del-in-front-matter.md",
                     "c1-control-in-front-matter.md", "noncharacter-in-front-matter.md"] {
            let outcome = try read(name)
            #expect(outcome.article == nil, "\(name) loaded")
            #expect(outcome.diagnostics.contains { $0.message.contains("control characters") }, "\(name)")
        }
    }

    @Test(.timeLimit(.minutes(1))) func anAliasBombAsAKeyIsRefusedNotHashed() throws {
        for name in ["alias-bomb-as-key.md", "alias-bomb-in-flow-key.md"] {
            let outcome = try read(name)
            #expect(outcome.article == nil, "\(name)")
            #expect(outcome.diagnostics.contains { $0.message.contains("alias") && $0.line != nil }, "\(name)")
        }
    }

    @Test func lineNumbersCountLineFeedsNotCarriageReturns() throws {
        let outcome = try read("cr-line-numbers.md")
        #expect(outcome.diagnostics.first { $0.severity == .error }?.line == 2)
    }

    @Test func aBlankTitleFallsBackToTheFileName() throws {
        #expect(try read("blank-title.md").article?.title == "blank-title.md")
        #expect(try read("blank-related-title.md").article?.related.map(\.title) == ["x"])
    }

    @Test func impossibleDatesDoNotParse() throws {
        for text in ["2021-02-29", "2020-02-30", "2020-04-31", "2020-02-31T10:00:00Z"] {
            #expect(DateParser.parse(text) == nil, "\(text)")
        }
        for text in ["2020-02-29", "2000-02-29", "2020-04-30", "2020-12-31"] {
            #expect(DateParser.parse(text).map(DateParser.dayString) == text)
        }
        let outcome = try read("impossible-date.md")
        #expect(outcome.article?.date?.day == "2021-02-29", "an impossible date is kept as written, not moved to March")
    }

    @Test func listingAndFullDetailAgreeOnATitleTakenFromTheBody() throws {
        #expect(try read("listing-title-from-body.md", .full).article?.title == "Body first sentence")
        #expect(try read("listing-title-from-body.md", .listing).article?.title == "Body first sentence")
    }
}
