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

    @Option(help: ArgumentHelp("Only the articles of this saved search (the reader's w and F; [searches] in the config file).",
                               valueName: "name"))
    var saved: String?

    /// Whether selecting runs a query over the articles' text.
    var searches: Bool { query != nil || saved != nil }

    /// Positions of the selected articles, in corpus order (newest first) unless a query
    /// ranks them: the levels the options stand for, selected as the reader's list is.
    func select(in corpus: Corpus) throws -> [Int] {
        var levels: [Narrowing] = []
        if let saved { levels.append(.saved(try savedSearch(named: saved))) }
        var source = query ?? ""
        if unread { source += " is:unread" }
        if bookmarked { source += " is:bookmarked" }
        do {
            if !(try Query.parse(source)).isEmpty { levels.append(.query(source)) }
        } catch {
            throw ValidationError("bad --query: \(error.message)")
        }
        if levels.isEmpty { return Array(corpus.articles.indices) }
        let marks = SavedMarks.load()
        let hashes = corpus.markKeyHashes
        let (read, bookmarked) = (Set(marks.read.map(StableHash.key)), Set(marks.bookmarked.map(StableHash.key)))
        let lookup = SearchIndex.Marks(isRead: { read.contains(hashes[$0]) }, isBookmarked: { bookmarked.contains(hashes[$0]) })
        // Stories (`outlets:`, `is:story`, a saved story) are worked out only when asked for.
        let searched = ArticleSelection.needsStories(levels) && corpus.stories == nil ? corpus.withStories() : corpus
        return ArticleSelection(LoadedCorpus(searched), marks: lookup).articles(narrowedBy: levels) ?? Array(corpus.articles.indices)
    }

    /// The config file's saved search `name`; a broken config file is reported, and an
    /// unknown name fails with the names there are.
    private func savedSearch(named name: String) throws -> SavedSearch {
        let url = ConfigPaths.configFolder().appendingPathComponent("config.toml")
        let (config, problems) = ReaderConfig.load(from: url)
        for problem in problems { Output.error("lede: \(problem.description)") }
        guard let search = config.searches.first(where: { $0.name == name }) else {
            let names = config.searches.map(\.name)
            throw ValidationError("no saved search named \(name)" + (names.isEmpty ? " (none saved in \(url.path))"
                : " (saved: \(names.joined(separator: ", ")))"))
        }
        return search
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
