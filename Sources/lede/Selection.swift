import ArgumentParser
import ArticleParsing
import CorpusStore
import ReaderState
import ReaderStore
import ReaderUI

/// The options that choose which articles a command prints: a query and mark filters,
/// evaluated exactly as the reader evaluates them.
struct SelectionOptions: ParsableArguments {
    @Option(help: "Only articles matching this query (same language as the reader's /).")
    var query: String?

    @Flag(help: "Only articles not yet read in the reader.")
    var unread = false

    @Flag(help: "Only bookmarked articles.")
    var bookmarked = false

    /// Whether selecting runs a query over the articles' text.
    var searches: Bool { query != nil }

    /// Positions of the selected articles, in corpus order (newest first) unless a query ranks them.
    func select(in corpus: Corpus) throws -> [Int] {
        var source = query ?? ""
        if unread { source += " is:unread" }
        if bookmarked { source += " is:bookmarked" }
        let parsed: Query
        do {
            parsed = try Query.parse(source)
        } catch {
            throw ValidationError("bad --query: \(error.message)")
        }
        if parsed.isEmpty { return Array(corpus.articles.indices) }
        let marks = SavedMarks.load()
        let hashes = corpus.markKeyHashes
        let (read, bookmarked) = (Set(marks.read.map(StableHash.key)), Set(marks.bookmarked.map(StableHash.key)))
        let lookup = SearchIndex.Marks(isRead: { read.contains(hashes[$0]) }, isBookmarked: { bookmarked.contains(hashes[$0]) })
        // `outlets:` and `is:story` ask about stories, worked out only when asked for.
        let searched = parsed.needsStories && corpus.stories == nil ? corpus.withStories() : corpus
        return SearchIndex(searched).search(parsed, marks: lookup)
    }
}

/// The marks the reader saved, read-only for the line-oriented commands.
enum SavedMarks {
    static func load() -> UserMarks {
        let (state, outcome) = StateFile(folder: ConfigPaths.stateFolder()).peek()
        if case .corrupt(let path) = outcome {
            Output.error("lede: the state file does not parse; ignoring it (\(path))")
        }
        return state.marks
    }
}
