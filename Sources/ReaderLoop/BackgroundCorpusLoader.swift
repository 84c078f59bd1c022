import ArticleParsing
import Foundation
import ReaderState

/// Loads the corpus from files on a thread of its own: reading the files, the search and
/// facet indexes, and the saved marks and session, so the first frame never waits.
public struct BackgroundCorpusLoader: CorpusSource {
    private let roots: [String]
    private let name: String?
    private let persistence: ReaderPersistence?

    /// `name` overrides the corpus name shown in the header (the bundled sample).
    public init(roots: [String], name: String? = nil, persistence: ReaderPersistence?) {
        self.roots = roots
        self.name = name
        self.persistence = persistence
    }

    public func startLoading(into mailbox: LoadMailbox) {
        let (roots, name, persistence) = (roots, name, persistence)
        let loader = Thread {
            let corpus = CorpusLoader.load(roots, name: name) { done, total in
                mailbox.post(progress: LoadProgress(done: done, total: total))
            }
            let saved = persistence?.load()
            let loaded = LoadedCorpus(corpus, marks: saved?.marks ?? UserMarks(),
                                      session: saved?.session.flatMap(ReaderSession.init(json:)), notice: saved?.notice)
            mailbox.post(corpus: loaded)
        }
        // Parsing recurses into nested YAML: give it room.
        loader.stackSize = 1 << 22
        loader.start()
    }
}
