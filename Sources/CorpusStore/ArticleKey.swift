import ArticleParsing

/// The key marks are stored under: the article's normalised web address, or a hash of its
/// content when it has none.
public enum ArticleKey {
    public static func of(_ article: Article) -> String {
        key(url: article.urls.preferred, title: article.title, date: article.date?.text, provider: article.provider?.label)
    }

    static func key(url: String?, title: String, date: String?, provider: String?) -> String {
        key(normalizedURL: url.flatMap(LinkKeys.url), title: title, date: date, provider: provider)
    }

    /// The key when the address has been normalised already (`LinkKeys.url`).
    static func key(normalizedURL: String?, title: String, date: String?, provider: String?) -> String {
        if let normalizedURL { return normalizedURL }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for text in [title, date ?? "", provider ?? ""] {
            for byte in text.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01B3
        }
        return "fnv1a:" + String(hash, radix: 16)
    }

    public static func of(_ item: RelatedItem) -> String {
        item.urls.preferred.flatMap(LinkKeys.url) ?? "title:" + (LinkKeys.title(item.title) ?? item.title)
    }
}
