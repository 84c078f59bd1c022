/// Writes one article in the plain-text format: no front matter, just the lines a page
/// scrape leaves behind, in the arrangements lede's plain-text rules recognise.
struct PlainTextWriter {
    let seed: UInt64
    static let stream: UInt64 = 0x7E47_0A11

    /// Last words that make the plain-text rules read a line as an outlet's name.
    private static let organisationEndings: Set<String> = ["Post", "Times", "Media", "Journal", "Herald", "Gazette"]

    func text(index: Int) -> String {
        let identity = ArticleIdentity(seed: seed, index: index)
        var rng = SplitMix64(seed: seed, index: index, stream: PlainTextWriter.stream)
        var paragraphs: [String] = []
        if rng.chance(0.2) {
            let day = identity.date.day
            paragraphs.append(rng.chance(0.6) ? " date \(day) \(rng.pick(Vocabulary.photoCredits))" : "Published: \(day)")
        }
        if rng.chance(0.4) { paragraphs.append(identity.topics[0]) }
        // Without a title line the rules fall back to the first sentence, as scrapes often need.
        if rng.chance(0.92) {
            paragraphs.append(identity.title)
            if rng.chance(0.4) {
                // A standfirst reads as a line of display copy, without the closing full stop.
                let sentence = Prose.sentence(&rng)
                paragraphs.append(sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence)
            }
            if rng.chance(0.4) { paragraphs.append(organisationLine(identity.provider.name, rng: &rng)) }
        }
        let wrap = rng.chance(0.3)
        for _ in 0..<rng.int(in: 3...8) {
            let paragraph = Prose.paragraph(&rng, sentences: 2...6)
            paragraphs.append(wrap ? hardWrapped(paragraph, width: 72) : paragraph)
            if rng.chance(0.05) { paragraphs.append(rng.pick(Vocabulary.junkLines)) }
        }
        if rng.chance(0.5) { paragraphs.append(rng.pick(Vocabulary.junkLines)) }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    private func organisationLine(_ name: String, rng: inout SplitMix64) -> String {
        if let last = name.split(separator: " ").last, PlainTextWriter.organisationEndings.contains(String(last)) {
            return name
        }
        return name + rng.pick([", Inc.", " Ltd", " LLC"])
    }

    private func hardWrapped(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }
}
