import ArticleParsing
import CorpusStore
import Foundation

/// Where the reader was: the pages above the list, the selected article, the list's
/// scroll, the sort and the narrowing. Saved per corpus so the next start with the same
/// corpus reopens there. Articles are named by their mark keys, not positions, so an
/// added or removed file never points the session at the wrong article.
public struct ReaderSession: Codable, Sendable, Equatable {
    public struct SavedPage: Codable, Sendable, Equatable {
        /// The article, or for a related card the article that names it.
        public var article: String
        public var related: Int?
        public var block: Int
        public var offset: Int
        public var focus: Int?
    }

    public var pages: [SavedPage] = []
    public var selected: String?
    public var listScroll = 0
    public var sort: SortKey = .date
    public var narrowing: [Narrowing] = []

    public init() {}

    /// The session as JSON text, for `SavedState.sessions`.
    public var json: String {
        (try? JSONEncoder().encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    public init?(json: String) {
        guard let value = try? JSONDecoder().decode(ReaderSession.self, from: Data(json.utf8)) else { return nil }
        self = value
    }
}

extension State {
    /// The session to save now.
    public var session: ReaderSession {
        var session = ReaderSession()
        let articles = corpus.articles
        session.selected = selectedArticle.map { articles[$0].markKey }
        session.listScroll = stack[0].scroll
        session.sort = sort
        session.narrowing = narrowing
        for page in stack.dropFirst() {
            let saved: ReaderSession.SavedPage
            switch page.view {
            case .article(let index):
                saved = .init(article: articles[index].markKey, related: nil, block: page.anchor.block, offset: page.anchor.offset, focus: page.focus)
            case .relatedCard(let index, let related):
                saved = .init(article: articles[index].markKey, related: related, block: page.anchor.block, offset: page.anchor.offset, focus: nil)
            case .list, .help, .facet, .savedSearches:
                continue
            }
            session.pages.append(saved)
        }
        return session
    }

    /// Goes back to `session`, skipping whatever no longer exists in the corpus.
    mutating func restore(_ session: ReaderSession) {
        var byHash: [UInt64: Int] = [:]
        for (index, hash) in corpus.markKeyHashes.enumerated() where byHash[hash] == nil { byHash[hash] = index }
        let positions = { (key: String) in byHash[StableHash.key(key)] }
        sort = session.sort
        narrowing = session.narrowing
        rebuildListing(keeping: session.selected.flatMap(positions))
        stack[0].scroll = min(max(0, session.listScroll), max(0, listing.count - 1))
        revealSelection()
        for saved in session.pages {
            guard let index = positions(saved.article) else { break }
            var page: Page
            if let related = saved.related {
                guard related >= 0, related < corpus.articles[index].relatedCount else { break }
                page = Page(.relatedCard(article: index, related: related))
            } else {
                page = Page(.article(index))
            }
            page.anchor = DocumentAnchor(block: saved.block, offset: saved.offset)
            page.focus = saved.focus
            stack.append(page)
        }
        refreshDocument()
    }
}
