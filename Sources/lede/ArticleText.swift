import ArticleParsing
import CorpusStore

/// An article laid out as plain text lines for `lede show`.
enum ArticleText {
    static func lines(for index: Int, in corpus: Corpus, width: Int) -> [String] {
        let article = corpus.article(index)
        var lines = TextLayout.wrap(article.title, to: width)
        lines.append(String(repeating: "=", count: min(width, TextLayout.width(article.title))))
        let meta = [article.date?.text, article.provider?.label, article.fileName].compactMap { $0 }
        lines += TextLayout.wrap(meta.joined(separator: " · "), to: width)
        lines.append("")
        if let excerpt = article.excerpt {
            lines += TextLayout.wrap(excerpt, to: width, indent: "  ")
            lines.append("")
        }
        for paragraph in article.body {
            lines += TextLayout.wrap(paragraph, to: width)
            lines.append("")
        }
        if !article.topics.isEmpty { lines += TextLayout.wrap("Topics: " + article.topics.joined(separator: ", "), to: width) }
        if let url = article.urls.preferred { lines.append("URL: \(url)") }
        if !article.related.isEmpty {
            lines.append("")
            lines.append("Related")
            for (position, item) in article.related.enumerated() {
                let marker: String
                if case .article(let target) = corpus.relatedTargets[index][position] {
                    marker = "in corpus: \(corpus.articles[target].id)"
                } else {
                    marker = "not in corpus"
                }
                let details = [item.provider?.label, item.date?.day, marker].compactMap { $0 }.joined(separator: " · ")
                lines += TextLayout.wrap("[\(position + 1)] \(item.title)", to: width)
                lines += TextLayout.wrap(details, to: width, indent: "    ")
                if let url = item.urls.preferred { lines.append("    \(url)") }
            }
        }
        return lines
    }
}
