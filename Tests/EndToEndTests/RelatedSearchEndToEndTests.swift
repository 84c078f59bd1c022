import TestSupport
import Foundation
import Glibc
import Testing

extension EndToEnd {
    /// A word only under an article's Related heading finds the article, in tmux as a person
    /// would type it: after the article naming it itself, and again from the snapshot.
    @Suite(.serialized) struct RelatedSearchEndToEndTests {
        static let environment = EndToEndEnvironment()

        /// Two cards in a new folder: one names Minneapolis only in a related card's title
        /// (and quokka only in its excerpt), the other in its own title.
        final class Corpus {
            let root = NSTemporaryDirectory() + "/lede-related-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

            /// The articles; state, config and cache go beside them, not among them.
            var articles: String { root + "/articles" }

            init() {
                try? FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
                write("harbour.md", """
                    ---
                    title: "Harbour reopens after storm"
                    publishedDateTime: 2024-03-05T09:00:00Z
                    related:
                      - title: "Snow closes Minneapolis schools"
                        excerpt: "The district said the quokka plan was ready."
                        webUrl: "https://elsewhere.example/snow"
                    ---
                    Boats are back.
                    """)
                write("council.md", """
                    ---
                    title: "Minneapolis council votes"
                    publishedDateTime: 2024-03-01T09:00:00Z
                    ---
                    A vote was held.
                    """)
            }

            deinit { try? FileManager.default.removeItem(atPath: root) }

            private func write(_ name: String, _ text: String) {
                _ = FileManager.default.createFile(atPath: articles + "/" + name, contents: Data(text.utf8))
            }
        }

        private func startReader(_ corpus: Corpus) throws -> Tmux {
            let env = Self.environment
            let tmux = Tmux(program: env.tmux!)
            let script = "sh -c 'exec env -u NO_COLOR LANG=C.UTF-8 XDG_STATE_HOME=\(corpus.root)/state XDG_CONFIG_HOME=\(corpus.root)/config"
                + " XDG_CACHE_HOME=\(corpus.root)/cache"
                + " \"$0\" --no-watch \"$1\"' '\(env.binary!)' '\(corpus.articles)'; echo \"exit=$?\"; echo E2E-END; sleep 30"
            try tmux.start(command: script, cols: 100, rows: 24)
            try tmux.waitFor("the list", { $0.contains("Enter open") && $0.contains("2 articles") })
            return tmux
        }

        /// Rows of the list below the header, top first.
        private func rows(_ screen: String) -> [Substring] { Array(screen.split(separator: "\n").dropFirst()) }

        @Test(.enabled(if: environment.problem == nil, "\(environment.problem ?? "")"), .timeLimit(.minutes(1)))
        func aRelatedOnlyWordShowsTheCardAfterTheOwnTitleHit() throws {
            let corpus = Corpus()
            for start in ["cold", "warm"] {
                let tmux = try startReader(corpus)
                defer { tmux.stop() }
                try tmux.send(["/"])
                try tmux.sendLiteral("minneapolis")
                let screen = try tmux.waitFor("both articles (\(start))", { $0.contains("/minneapolis ") && $0.contains("Harbour reopens") })
                let listed = rows(screen)
                let council = listed.firstIndex { $0.contains("Minneapolis council votes") }
                let harbour = listed.firstIndex { $0.contains("Harbour reopens after storm") }
                #expect(council != nil && harbour != nil && council! < harbour!, "own title first (\(start)):\n\(screen)")
                try tmux.send(["C-u"])
                try tmux.sendLiteral("quokka")
                let only = try tmux.waitFor("the card alone (\(start))", { $0.contains("/quokka ") && !$0.contains("Minneapolis council") })
                #expect(only.contains("Harbour reopens after storm"), "\(only)")
                try tmux.send(["Escape"])
                try tmux.waitFor("the whole list again", { $0.contains("2 articles") && $0.contains("Enter open") })
                try tmux.send(["q"])
                try tmux.waitFor("lede to exit", { $0.contains("exit=0") })
                let snapshots = (try? FileManager.default.contentsOfDirectory(atPath: corpus.root + "/cache/lede")) ?? []
                #expect(snapshots.contains { $0.hasSuffix(".lede") }, "the next start is warm (\(start))")
            }
        }
    }
}
