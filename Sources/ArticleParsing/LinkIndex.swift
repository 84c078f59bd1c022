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
        let relatedKeys = IndexedResults<[Keys]>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { position in
            let article = articles[position]
            ownKeys.set(position, keys(urls: article.urls, title: article.title))
            // The AMP-cache address normalises to the AMP address: look it up only when that is missing.
            relatedKeys.set(position, article.related.map {
                Keys(urls: [$0.urls.web, $0.urls.original, $0.urls.amp ?? $0.urls.cdnAmp].compactMap { $0.flatMap(LinkKeys.url) },
                     title: LinkKeys.title($0.title))
            })
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
        return relatedKeys.values.enumerated().map { source, items in
            (items ?? []).map { item in
                let target = item.urls.lazy.compactMap { byURL[$0] }.first ?? item.title.flatMap { byTitle[$0] }
                guard let target, target != source else { return .card }
                return .article(target)
            }
        }
    }

    private static func keys(urls: ArticleURLs, title: String) -> Keys {
        Keys(urls: urls.all.compactMap(LinkKeys.url), title: LinkKeys.title(title))
    }
}
