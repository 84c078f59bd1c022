import Foundation

/// What other articles may know about generated article `index`: its title, outlet, date,
/// topics and addresses. Drawn from a stream of its own, so a related item can name any
/// article without generating that article's text.
struct ArticleIdentity: Sendable {
    var title: String
    var provider: GeneratedProvider
    var date: GeneratedDate
    var topics: [String]
    var webURL: String
    var ampURL: String?

    static let stream: UInt64 = 0x1D3E_A1C0

    init(seed: UInt64, index: Int) {
        var rng = SplitMix64(seed: seed, index: index, stream: ArticleIdentity.stream)
        title = Prose.headline(&rng)
        provider = rng.pick(GeneratedProvider.all)
        date = GeneratedDate(&rng)
        topics = rng.pick(rng.int(in: 1...3), of: Vocabulary.topics)
        // The index in base 36 keeps every address unique however titles repeat.
        let slug = Prose.slug(title) + "-" + String(index, radix: 36)
        let path = "\(rng.pick(provider.sections))/\(date.path)/\(slug)"
        let host = provider.domain
        let ending = provider.trailingSlash ? "/" : ""
        switch provider.ampStyle {
        case .pathSuffix:
            webURL = "https://www.\(host)/\(path)\(ending)"
            ampURL = "https://www.\(host)/\(path)/amp/"
        case .ampHost:
            webURL = "https://www.\(host)/\(path)\(ending)"
            ampURL = "https://amp.\(host)/\(path)\(ending)"
        case .query:
            webURL = "https://www.\(host)/\(path)\(ending)"
            ampURL = webURL + "?outputType=amp"
        case .ampHTML:
            webURL = "https://www.\(host)/\(path).html"
            ampURL = "https://www.\(host)/\(path).amp.html"
        case .none:
            webURL = "https://\(host)/\(path)\(ending)"
            ampURL = nil
        }
    }

    /// Google's AMP cache address for the AMP page, as cards carry it in `cdnAmpWebUrl`.
    var cdnAmpURL: String? {
        guard let ampURL, let schemeEnd = ampURL.range(of: "://") else { return nil }
        let rest = ampURL[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" }
        let cacheHost = host.replacingOccurrences(of: "-", with: "--").replacingOccurrences(of: ".", with: "-")
        return "https://\(cacheHost).cdn.ampproject.org/c/s/\(rest)"
    }
}
