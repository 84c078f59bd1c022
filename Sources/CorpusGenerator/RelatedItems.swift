/// Writes a card's `related` list. About half the items name an earlier article of the
/// same corpus, by address or by title, the way aggregators cross-link; the rest point
/// at pages the corpus never holds. Only earlier indices are named, so every target
/// exists whatever count the corpus is written with.
struct RelatedItems {
    let seed: UInt64
    /// How far back a related item may reach: real related lists cluster around one story,
    /// so targets stay near their source instead of spreading over the whole corpus.
    static let reach = 400

    func write(into yaml: inout YAMLText, source: Int, count: Int, rng: inout SplitMix64) {
        if count == 0 {
            if rng.chance(0.5) { yaml.line("related: []") }
            return
        }
        yaml.key("related")
        for _ in 0..<count {
            if source > 0, rng.chance(0.5) {
                let target = source - 1 - rng.int(below: min(source, RelatedItems.reach))
                writeLink(to: ArticleIdentity(seed: seed, index: target), into: &yaml, rng: &rng)
            } else {
                writeOutside(into: &yaml, rng: &rng)
            }
        }
    }

    private func writeLink(to target: ArticleIdentity, into yaml: inout YAMLText, rng: inout SplitMix64) {
        let form = rng.int(below: 10)
        let byTitleOnly = form >= 7
        var title = target.title
        if byTitleOnly, rng.chance(0.2) { title = Prose.cap(title.lowercased()) }
        yaml.pair("title", title, indent: 4, item: true)
        yaml.pair("excerpt", Prose.excerpt(&rng), indent: 4)
        yaml.raw("publishedDateTime", target.date.text, indent: 4)
        switch form {
        case 0..<4:
            yaml.pair("webUrl", target.webURL, indent: 4)
            if let amp = target.ampURL { yaml.pair("ampWebUrl", amp, indent: 4) }
            if let cdn = target.cdnAmpURL { yaml.pair("cdnAmpWebUrl", cdn, indent: 4) }
        case 4..<6:
            // Aggregators often keep only the AMP page they crawled.
            yaml.pair("webUrl", target.ampURL ?? target.webURL, indent: 4)
        case 6:
            yaml.pair("webUrl", trackedVariant(of: target.webURL, rng: &rng), indent: 4)
        default:
            // A syndicated copy: same headline, another site's address.
            let site = rng.pick(Vocabulary.outsideSites)
            yaml.pair("webUrl", "https://www.\(site.domain)/syndicated/\(Prose.slug(target.title))-\(rng.next() % 1_000_000)", indent: 4)
            writeTail(name: site.name, domain: site.domain, into: &yaml, rng: &rng)
            return
        }
        writeTail(name: target.provider.name, domain: target.provider.domain, into: &yaml, rng: &rng)
    }

    private func writeOutside(into yaml: inout YAMLText, rng: inout SplitMix64) {
        let title = Prose.headline(&rng)
        let site = rng.chance(0.7) ? rng.pick(Vocabulary.outsideSites)
            : { let provider = rng.pick(GeneratedProvider.all); return (provider.name, provider.domain) }()
        let date = GeneratedDate(&rng)
        yaml.pair("title", title, indent: 4, item: true)
        yaml.pair("excerpt", Prose.excerpt(&rng), indent: 4)
        yaml.raw("publishedDateTime", date.text, indent: 4)
        // `/story/ID` never collides with the dated paths corpus articles live at.
        let path = "story/\(rng.next() % 100_000_000)/\(Prose.slug(title))"
        yaml.pair("webUrl", "https://www.\(site.domain)/\(path)", indent: 4)
        if rng.chance(0.4) {
            yaml.pair("ampWebUrl", "https://amp.\(site.domain)/\(path)", indent: 4)
        }
        writeTail(name: site.name, domain: site.domain, into: &yaml, rng: &rng)
    }

    private func writeTail(name: String, domain: String, into yaml: inout YAMLText, rng: inout SplitMix64) {
        yaml.pair("type", "article", indent: 4, quoting: .plain)
        yaml.key("provider", indent: 4)
        yaml.pair("name", name, indent: 6, quoting: .plain)
        yaml.pair("domain", domain, indent: 6, quoting: .plain)
        yaml.raw("quality", String(rng.int(in: 10...160)), indent: 4)
        if rng.chance(0.75) {
            yaml.key("images", indent: 4)
            CardImages.write(domain: domain, into: &yaml, indent: 8, rng: &rng)
        }
    }

    /// The same page as linked from a newsletter: plain http, no `www.`, tracking query.
    private func trackedVariant(of url: String, rng: inout SplitMix64) -> String {
        var bare = url.hasPrefix("https://") ? String(url.dropFirst(8)) : url
        if bare.hasPrefix("www.") { bare.removeFirst(4) }
        let separator = bare.contains("?") ? "&" : "?"
        return "http://\(bare)\(separator)utm_source=\(rng.pick(["newsletter", "social", "partner"]))&utm_medium=related"
    }
}

/// Image entries, in the layout cards and their related items share.
enum CardImages {
    static func write(domain: String, into yaml: inout YAMLText, indent: Int, rng: inout SplitMix64, title: String? = nil) {
        let width = rng.pick([375, 600, 620, 800, 980, 1024, 1119, 1200, 1600, 2309])
        yaml.pair("url", "https://media.\(domain)/images/\(rng.next() % 10_000_000)/photo-\(rng.int(below: 100_000)).jpg",
                  indent: indent, item: true)
        yaml.raw("width", String(width), indent: indent)
        let (across, down) = rng.pick([(16, 9), (3, 2), (4, 3), (1, 1), (19, 10)])
        yaml.raw("height", String(width * down / across), indent: indent)
        if let title { yaml.pair("title", title, indent: indent) }
        if rng.chance(0.2) { yaml.raw("isCached", "true", indent: indent) }
    }
}
