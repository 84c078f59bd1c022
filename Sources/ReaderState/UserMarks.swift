import ArticleParsing
import CorpusStore
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
