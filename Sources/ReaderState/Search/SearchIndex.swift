import ArticleParsing
import CorpusStore
import CFastSearch
import Foundation

/// Folded text of every article, so a search is a byte scan (memmem) over it: fast
/// enough for as-you-type search over 100,000 articles.
public struct SearchIndex: Sendable {
    /// The corpus whose folded text is searched.
    private let corpus: Corpus
    private let texts: FoldedTexts
    /// Related items' folded titles and excerpts, which free words match too.
    private let relatedTexts: RelatedTexts
    private let relatedMatches = RelatedMatchCache()
    /// Up to how many undecided articles have their related texts read one by one rather
    /// than every text scanned (tests set it to 0 to drive the scans).
    var relatedDirectLimit = RelatedTextMatches.directLimit
    /// The corpus's stories, for `outlets:`; nil until they are worked out, when that
    /// filter matches only what an article alone would.
    private var stories: StoryIndex?

    public var count: Int { corpus.count }
    /// Bytes of folded text held.
    public var byteCount: Int { corpus.foldedByteCount }

    /// The folded text was made when each file was parsed (or read from the snapshot), so
    /// the index costs nothing to build.
    public init(_ corpus: Corpus) {
        self.corpus = corpus
        texts = FoldedTexts(corpus)
        relatedTexts = corpus.relatedTexts
        stories = corpus.stories
    }

    /// The same index with `corpus`'s stories (the corpus searched, once its stories are
    /// worked out): the folded text is shared, not built again.
    public func withStories(of corpus: Corpus) -> SearchIndex {
        var index = self
        index.stories = corpus.stories
        return index
    }

    /// Read marks and bookmarks, which live outside the corpus.
    public struct Marks: Sendable {
        public var isRead: @Sendable (Int) -> Bool
        public var isBookmarked: @Sendable (Int) -> Bool

        public init(isRead: @escaping @Sendable (Int) -> Bool, isBookmarked: @escaping @Sendable (Int) -> Bool) {
            self.isRead = isRead
            self.isBookmarked = isBookmarked
        }

        public static let none = Marks(isRead: { _ in false }, isBookmarked: { _ in false })
    }

    /// Articles matching `query`, ranked: those whose title holds every searched word
    /// first, then those whose own text (title, excerpt, provider, topics, body) holds
    /// them, then those that hold some word only in a related item's title or excerpt;
    /// each group in corpus order (newest first). `within` (in corpus order) narrows to
    /// earlier results, which is what typing one more character needs.
    ///
    /// Two passes: the first decides every article its own text decides (most of them);
    /// only the rest have their related text looked at, so a word found in most articles'
    /// own text never makes the related text be scanned.
    public func search(_ query: Query, marks: Marks = .none, within: [Int]? = nil) -> [Int] {
        let candidates = within ?? Array(0..<corpus.count)
        if query.isEmpty { return candidates }
        var tiers = pass(query, over: candidates, marks, related: nil)
        let undecided = tiers[Hit.undecided.rawValue]
        if !undecided.isEmpty {
            let related = RelatedTextMatches(query, in: relatedTexts, undecided: undecided.count, directLimit: relatedDirectLimit,
                                             cache: relatedMatches)
            let decided = pass(query, over: undecided, marks, related: related)
            // Candidates come in corpus order; merged, each tier is again.
            for hit in [Hit.title, .body, .related] where !decided[hit.rawValue].isEmpty {
                tiers[hit.rawValue] = (tiers[hit.rawValue] + decided[hit.rawValue]).sorted()
            }
        }
        return tiers[Hit.title.rawValue] + tiers[Hit.body.rawValue] + tiers[Hit.related.rawValue]
    }

    /// `candidates` sorted into tiers by `match`, in their order, on every core.
    private func pass(_ query: Query, over candidates: [Int], _ marks: Marks, related: RelatedTextMatches?) -> [[Int]] {
        let chunkSize = 2048
        let chunks = (candidates.count + chunkSize - 1) / chunkSize
        let results = IndexedResults<[[Int]]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var hits = [[Int]](repeating: [], count: Hit.none.rawValue)
            for candidate in candidates[(chunk * chunkSize)..<min(candidates.count, (chunk + 1) * chunkSize)] {
                let hit = match(query, candidate, marks, related)
                if hit != .none { hits[hit.rawValue].append(candidate) }
            }
            results.set(chunk, hits)
        }
        let parts = results.values.compactMap { $0 }
        return (0..<Hit.none.rawValue).map { tier in parts.flatMap { $0[tier] } }
    }

    /// How an article matches, best first: every word in its title, every word in its own
    /// text, or some word only in its related items' text; `undecided` when that depends
    /// on related text not looked at.
    private enum Hit: Int { case title, body, related, undecided, none }

    /// `related` nil: a word missing from the article's own text leaves it undecided.
    private func match(_ query: Query, _ index: Int, _ marks: Marks, _ related: RelatedTextMatches?) -> Hit {
        let span = texts[index]
        var allInTitle = true
        var allInOwnText = true
        var anyText = false
        var undecided = false
        for (position, term) in query.terms.enumerated() {
            let holds: Bool
            switch term.filter {
            case .text(let needle):
                let inTitle = contains(span.title, needle)
                let inOwnText = inTitle || contains(span.rest, needle)
                if !term.negated {
                    anyText = true
                    allInTitle = allInTitle && inTitle
                    allInOwnText = allInOwnText && inOwnText
                }
                // `-word` asks about the article's own text: one of its related cards
                // mentioning the word does not make it about it.
                if term.negated || inOwnText {
                    holds = inOwnText
                } else if let related {
                    holds = related.holds(term: position, article: index)
                } else {
                    undecided = true
                    continue
                }
            case .topic(let topic):
                holds = span.topics.contains { $0.elementsEqual(topic) || ($0.starts(with: topic) && $0.dropFirst(topic.count).first == 0x20) }
            case .provider(let provider):
                holds = span.provider.starts(with: provider) || span.provider.split(separator: 0x20).contains { $0.starts(with: provider) }
            case .after(let date):
                let instant = texts.instants[index]
                holds = !instant.isNaN && instant >= date.timeIntervalSinceReferenceDate
            case .before(let date):
                let instant = texts.instants[index]
                holds = !instant.isNaN && instant < date.timeIntervalSinceReferenceDate
            case .unread:
                holds = !marks.isRead(index)
            case .read:
                holds = marks.isRead(index)
            case .bookmarked:
                holds = marks.isBookmarked(index)
            case .outlets(let least):
                holds = (stories?.story(of: index)?.outletCount ?? 1) >= least
            }
            if holds == term.negated { return .none }
        }
        if undecided { return .undecided }
        if anyText && allInTitle { return .title }
        return allInOwnText ? .body : .related
    }

    private func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return needle.withUnsafeBytes { lede_contains(haystack.baseAddress, haystack.count, $0.baseAddress, $0.count) != 0 }
    }
}
