/// Writes one news card: front matter laid out like the cards lede was built for, and
/// now and then a body after the closing `---`.
struct CardWriter {
    let seed: UInt64
    static let stream: UInt64 = 0xCA2D_5EED

    func text(index: Int) -> String {
        let identity = ArticleIdentity(seed: seed, index: index)
        var rng = SplitMix64(seed: seed, index: index, stream: CardWriter.stream)
        var yaml = YAMLText(capacity: 6_000)
        yaml.line("---")
        yaml.pair("category", "news", quoting: .plain)
        yaml.pair("title", identity.title, quoting: rng.pick([.double, .double, .double, .double, .double, .single, .plain, .plain]))
        yaml.pair("excerpt", Prose.excerpt(&rng), quoting: rng.chance(0.85) ? .double : .plain)
        yaml.raw("publishedDateTime", identity.date.text)
        if rng.chance(0.1) { yaml.pair("originalUrl", identity.webURL) }
        yaml.pair("webUrl", identity.webURL, quoting: rng.chance(0.9) ? .double : .plain)
        if let amp = identity.ampURL, rng.chance(0.8) {
            yaml.pair("ampWebUrl", amp)
            if let cdn = identity.cdnAmpURL { yaml.pair("cdnAmpWebUrl", cdn) }
        }
        yaml.pair("type", "article", quoting: .plain)
        yaml.raw("quality", String(rng.int(in: 10...160)))
        yaml.raw("heat", rng.chance(0.7) ? "-1" : String(rng.int(in: 0...90)))
        yaml.raw("published", rng.chance(0.8) ? "false" : "true")
        yaml.blank()
        writeProvider(identity.provider, into: &yaml, rng: &rng)
        yaml.blank()
        yaml.key("topics")
        for topic in identity.topics { yaml.listItem(topic, indent: 2) }
        yaml.blank()
        if rng.chance(0.8) {
            yaml.key("images")
            for _ in 0..<rng.int(in: 1...2) {
                CardImages.write(domain: identity.provider.domain, into: &yaml, indent: 4, rng: &rng,
                                 title: rng.chance(0.7) ? identity.title : nil)
            }
            yaml.blank()
        }
        // Most cards carry a few related items; a bare card is the exception.
        let relatedCount = rng.chance(0.06) ? 0 : rng.int(in: 1...8)
        RelatedItems(seed: seed).write(into: &yaml, source: index, count: relatedCount, rng: &rng)
        if rng.chance(0.6) {
            yaml.blank()
            yaml.pair("secured", securedToken(&rng))
        }
        yaml.line("---")
        var text = yaml.text
        if rng.chance(0.15) {
            for _ in 0..<rng.int(in: 3...6) {
                text += "\n" + Prose.paragraph(&rng) + "\n"
            }
        } else {
            text += "\n"
        }
        return text
    }

    private func writeProvider(_ provider: GeneratedProvider, into yaml: inout YAMLText, rng: inout SplitMix64) {
        yaml.key("provider")
        yaml.pair("name", provider.name, indent: 2, quoting: .plain)
        yaml.pair("domain", provider.domain, indent: 2, quoting: .plain)
        // Some feeds nest the outlet's logo under the provider.
        if rng.chance(0.08) {
            yaml.key("images", indent: 2)
            CardImages.write(domain: provider.domain, into: &yaml, indent: 6, rng: &rng)
        }
    }

    /// An opaque token shaped like the ones feeds sign cards with: base64, a `;`, base64.
    private func securedToken(_ rng: inout SplitMix64) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        func chunk(_ count: Int) -> String {
            String((0..<count).map { _ in alphabet[rng.int(below: 64)] })
        }
        return chunk(4 * rng.int(in: 40...110)) + ";" + chunk(22) + "=="
    }
}
