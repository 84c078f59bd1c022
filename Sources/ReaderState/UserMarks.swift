import ArticleParsing
import Foundation

/// What the user marked: read articles, bookmarks and visited related links, keyed so
/// the marks survive moving or renaming the corpus.
public struct UserMarks: Sendable, Equatable, Codable {
    public var read: Set<String> = []
    public var bookmarked: Set<String> = []
    /// Related links followed, by their normalised URL or folded title.
    public var visited: Set<String> = []

    public init(read: Set<String> = [], bookmarked: Set<String> = [], visited: Set<String> = []) {
        self.read = read
        self.bookmarked = bookmarked
        self.visited = visited
    }

    /// The marks of `other` laid over these: what changed in `other` since `base` wins,
    /// everything else keeps its value here. Two readers saving in turn thus keep both
    /// their changes.
    public func merging(changesFrom base: UserMarks, to other: UserMarks) -> UserMarks {
        func merge(_ mine: Set<String>, _ before: Set<String>, _ after: Set<String>) -> Set<String> {
            mine.subtracting(before.subtracting(after)).union(after.subtracting(before))
        }
        return UserMarks(read: merge(read, base.read, other.read),
                         bookmarked: merge(bookmarked, base.bookmarked, other.bookmarked),
                         visited: merge(visited, base.visited, other.visited))
    }
}

/// The key marks are stored under: the article's normalised web address, or a hash of its
/// content when it has none.
public enum ArticleKey {
    public static func of(_ article: Article) -> String {
        key(url: article.urls.preferred, title: article.title, date: article.date?.text, provider: article.provider?.label)
    }

    private static func key(url: String?, title: String, date: String?, provider: String?) -> String {
        if let url, let key = LinkKeys.url(url) { return key }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for text in [title, date ?? "", provider ?? ""] {
            for byte in text.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01B3
        }
        return "fnv1a:" + String(hash, radix: 16)
    }

    /// `of` every article, on all cores: normalising 100,000 URLs is worth sharing out.
    public static func all(_ articles: [Article]) -> [String] {
        let blockSize = 1024
        let blockCount = (articles.count + blockSize - 1) / blockSize
        let blocks = IndexedResults<[String]>(count: blockCount)
        DispatchQueue.concurrentPerform(iterations: blockCount) { block in
            var keys: [String] = []
            for position in block * blockSize..<min(articles.count, (block + 1) * blockSize) {
                // Field by field: passing the article along would copy all of it.
                keys.append(key(url: articles[position].urls.preferred, title: articles[position].title,
                                date: articles[position].date?.text, provider: articles[position].provider?.label))
            }
            blocks.set(block, keys)
        }
        return blocks.values.flatMap { $0 ?? [] }
    }

    public static func of(_ item: RelatedItem) -> String {
        item.urls.preferred.flatMap(LinkKeys.url) ?? "title:" + (LinkKeys.title(item.title) ?? item.title)
    }
}
