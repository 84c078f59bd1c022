import Foundation

/// Resolves every related item of a corpus to an article, through dictionaries from
/// normalised URLs and folded titles. Keys are computed on all cores; the dictionaries are
/// built once, so each link costs O(1).
enum LinkIndex {
    private struct Keys {
        var urls: [String]
        var title: String?
    }

    static func resolveAll(_ articles: [Article]) -> [[RelatedTarget]] {
        let ownKeys = IndexedResults<Keys>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { position in
            let article = articles[position]
            ownKeys.set(position, Keys(urls: article.urls.all.compactMap(LinkKeys.url), title: LinkKeys.title(article.title)))
        }
        var byURL: [String: Int] = [:]
        var byTitle: [String: Int] = [:]
        byURL.reserveCapacity(articles.count * 2)
        byTitle.reserveCapacity(articles.count)
        // The newest article wins a shared key: articles arrive newest first.
        for (position, keys) in ownKeys.values.enumerated() {
            guard let keys else { continue }
            for url in keys.urls where byURL[url] == nil { byURL[url] = position }
            if let title = keys.title, byTitle[title] == nil { byTitle[title] = position }
        }
        // Related keys are made and dropped on the fly, so they never all sit in memory.
        let (urls, titles) = (byURL, byTitle)
        let targets = IndexedResults<[RelatedTarget]>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { source in
            targets.set(source, articles[source].related.map { item in
                guard let target = resolve(item, urls, titles), target != source else { return .card }
                return .article(target)
            })
        }
        return targets.values.map { $0 ?? [] }
    }

    private static func resolve(_ item: RelatedItem, _ byURL: [String: Int], _ byTitle: [String: Int]) -> Int? {
        // The AMP-cache address normalises to the AMP address: look it up only when that is missing.
        for url in [item.urls.web, item.urls.original, item.urls.amp ?? item.urls.cdnAmp] {
            if let key = url.flatMap(LinkKeys.url), let target = byURL[key] { return target }
        }
        return LinkKeys.title(item.title).flatMap { byTitle[$0] }
    }
}
