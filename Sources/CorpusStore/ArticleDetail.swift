import ArticleParsing
import Foundation

extension Corpus {
    /// Article `index` in full — body, images, related cards, unknown keys — read again
    /// from its file, which takes well under a millisecond. When the file is gone or no
    /// longer the version the row was made from, the row's own fields stand in (a live
    /// update brings the new version), so the links numbered on screen always match.
    public func article(_ index: Int) -> Article {
        table.details.article(index) {
            if let retained = table.retained { return retained[index] }
            let summary = articles[index]
            guard let fresh = Self.reread(summary), fresh.related.count == summary.relatedCount else {
                return summary.asArticle
            }
            return fresh
        }
    }

    private static func reread(_ summary: ArticleSummary) -> Article? {
        guard case .success(let file) = FileBytes.read(summary.path, limit: ArticleReader.maximumFileSize),
              summary.identity == .unknown || file.identity == summary.identity else { return nil }
        return ArticleReader.read(bytes: file.bytes, id: summary.id, path: summary.path).article
    }
}

/// The last few full articles read, so drawing the open page never reads its file again.
final class DetailCache: @unchecked Sendable {
    private let lock = NSLock()
    private var recent: [(index: Int, article: Article)] = []
    private static let capacity = 16

    func article(_ index: Int, read: () -> Article) -> Article {
        lock.lock()
        if let position = recent.firstIndex(where: { $0.index == index }) {
            let hit = recent.remove(at: position)
            recent.append(hit)
            lock.unlock()
            return hit.article
        }
        lock.unlock()
        let article = read()
        lock.lock()
        defer { lock.unlock() }
        if !recent.contains(where: { $0.index == index }) {
            recent.append((index, article))
            if recent.count > Self.capacity { recent.removeFirst() }
        }
        return article
    }
}

extension Corpus {
    /// Every article in full, in corpus order, each read again from its file: for tests
    /// and tools, not for anything that runs per key.
    public var allArticles: [Article] { articles.indices.map(article) }
}
