import ArticleParsing
import CorpusStore
import Foundation

/// The orders `s` cycles through.
public enum SortKey: String, Sendable, CaseIterable, Codable {
    case date, title, provider, quality, related, covered

    /// How the header names it.
    public var label: String {
        switch self {
        case .date: return "date"
        case .title: return "title"
        case .provider: return "provider"
        case .quality: return "quality"
        case .related: return "related links"
        case .covered: return "most covered"
        }
    }

    public var next: SortKey {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Every order but date (corpus order) and most covered (which needs the stories,
    /// worked out later: see `coveredOrder`), built side by side. Each is stable, so ties
    /// stay newest first.
    public static func orders(for corpus: Corpus) -> [SortKey: [Int]] {
        let keys: [SortKey] = [.title, .provider, .quality, .related]
        let sorted = IndexedResults<[Int]>(count: keys.count)
        DispatchQueue.concurrentPerform(iterations: keys.count) { position in
            sorted.set(position, fieldOrder(keys[position], for: corpus))
        }
        var orders: [SortKey: [Int]] = [:]
        for (position, key) in keys.enumerated() { orders[key] = sorted.values[position] }
        return orders
    }

    /// The articles of `corpus` in `key`'s order, as the reader lists them; for the command
    /// line, which needs one order, not all. Most covered needs the stories (worked out
    /// by `Corpus.withStories()`); without them it is corpus order.
    public static func order(_ key: SortKey, for corpus: Corpus) -> [Int] {
        switch key {
        case .date: return Array(corpus.articles.indices)
        case .covered: return coveredOrder(corpus.stories, count: corpus.count)
        case .title, .provider, .quality, .related: return fieldOrder(key, for: corpus)
        }
    }

    /// "Most covered first": the articles of stories reported by more outlets first, then
    /// of larger stories, then of newer ones; each story's articles together, newest first;
    /// articles no other article reports after every story, newest first. It needs the
    /// stories, which `LoadedCorpus.indexed()` works out after the other orders, so it is
    /// built apart from them.
    public static func coveredOrder(_ stories: StoryIndex?, count: Int) -> [Int] {
        guard let stories else { return Array(0..<count) }
        // Corpus order is newest first, so a story's newest article is its smallest index.
        let all = stories.stories
        let newest = all.map { $0.articles.min() ?? 0 }
        let ranked = all.indices.sorted { one, other in
            if all[one].outletCount != all[other].outletCount { return all[one].outletCount > all[other].outletCount }
            if all[one].articles.count != all[other].articles.count { return all[one].articles.count > all[other].articles.count }
            return newest[one] < newest[other]
        }.map { all[$0] }
        var order: [Int] = []
        order.reserveCapacity(count)
        var inStory = [Bool](repeating: false, count: count)
        for story in ranked {
            for article in story.articles.sorted() where article < count {
                order.append(article)
                inStory[article] = true
            }
        }
        for article in 0..<count where !inStory[article] { order.append(article) }
        return order
    }

    /// Each order reads one field of every article into an array first, in a plain loop:
    /// reading fields inside sort closures would decode them again at every comparison.
    private static func fieldOrder(_ key: SortKey, for corpus: Corpus) -> [Int] {
        let articles = corpus.articles
        switch key {
        case .title:
            // The search text holds every title folded already.
            var titles: [[UInt8]] = []
            titles.reserveCapacity(articles.count)
            for position in articles.indices { titles.append(Array(corpus.folded(position).title)) }
            return titleOrder(titles)
        case .provider:
            // Few providers, many articles: fold each name once. No provider sorts last.
            var folded: [String: String] = [:]
            var keys: [String?] = []
            keys.reserveCapacity(articles.count)
            for position in articles.indices {
                guard let label = articles[position].provider?.label else {
                    keys.append(nil)
                    continue
                }
                if folded[label] == nil { folded[label] = String(decoding: TextFolding.fold(label), as: UTF8.self) }
                keys.append(folded[label])
            }
            return bucketOrder(keys) { left, right in
                guard let left else { return false }
                guard let right else { return true }
                return left < right
            }
        case .quality:
            var qualities: [Int] = []
            qualities.reserveCapacity(articles.count)
            for position in articles.indices { qualities.append(articles[position].quality ?? .min) }
            return bucketOrder(qualities, before: >)
        case .related, .date, .covered:
            var counts: [Int] = []
            counts.reserveCapacity(articles.count)
            for position in articles.indices { counts.append(articles[position].relatedCount) }
            return bucketOrder(counts, before: >)
        }
    }

    /// Positions grouped by a key with few distinct values, groups in `before` order, each
    /// group in corpus order: a stable sort that sorts only the distinct keys.
    private static func bucketOrder<Key: Hashable>(_ keys: [Key], before: (Key, Key) -> Bool) -> [Int] {
        var buckets: [Key: [Int]] = [:]
        for (position, key) in keys.enumerated() { buckets[key, default: []].append(position) }
        var order: [Int] = []
        order.reserveCapacity(keys.count)
        for key in buckets.keys.sorted(by: before) { order += buckets[key]! }
        return order
    }

    /// Titles by their folded bytes. Nearly all titles differ in their first eight bytes,
    /// so those, packed into one integer, decide most comparisons without touching the rest.
    private static func titleOrder(_ titles: [[UInt8]]) -> [Int] {
        let prefixes = titles.map { title -> UInt64 in
            var packed: UInt64 = 0
            for offset in 0..<8 { packed = packed << 8 | UInt64(offset < title.count ? title[offset] : 0) }
            return packed
        }
        return titles.indices.sorted { left, right in
            if prefixes[left] != prefixes[right] { return prefixes[left] < prefixes[right] }
            if titles[left].count > 8 || titles[right].count > 8, titles[left] != titles[right] {
                return titles[left].lexicographicallyPrecedes(titles[right])
            }
            return left < right
        }
    }
}
