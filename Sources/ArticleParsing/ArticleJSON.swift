

/// One JSON Lines object per article (the shape `lede list --json` prints), written by hand: the shape is fixed and small, and
/// this is the hot path of `lede list --json` over large corpora.
public enum ArticleJSON {
    public static func line(for index: Int, in corpus: Corpus) -> String {
        let article = corpus.articles[index]
        var out = "{"
        field(&out, "path", article.path, first: true)
        field(&out, "id", article.id)
        field(&out, "format", article.format.rawValue)
        field(&out, "title", article.title)
        field(&out, "date", article.date?.text)
        field(&out, "provider", article.provider?.name ?? article.provider?.domain)
        field(&out, "url", article.urls.web)
        out += ",\"topics\":["
        for (position, topic) in article.topics.enumerated() {
            if position > 0 { out += "," }
            string(&out, topic)
        }
        out += "],\"related\":["
        for (position, item) in article.related.enumerated() {
            if position > 0 { out += "," }
            out += "{"
            field(&out, "title", item.title, first: true)
            field(&out, "url", item.urls.web)
            if case .article(let target) = corpus.relatedTargets[index][position] {
                field(&out, "resolved", corpus.articles[target].path)
            } else {
                field(&out, "resolved", nil)
            }
            out += "}"
        }
        out += "]}"
        return out
    }

    private static func field(_ out: inout String, _ name: String, _ value: String?, first: Bool = false) {
        if !first { out += "," }
        out += "\"\(name)\":"
        if let value { string(&out, value) } else { out += "null" }
    }

    static func string(_ out: inout String, _ value: String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                // Controls never survive the parser's sanitiser, but JSON must stay valid regardless.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
