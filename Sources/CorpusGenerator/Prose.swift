import Foundation

/// News-shaped text from the vocabulary: headlines, sentences, paragraphs.
enum Prose {
    typealias V = Vocabulary

    /// Headlines run to seven words or more, so the plain-text rules never mistake one for a
    /// topic line, and never end with sentence punctuation, so they are read as titles.
    static func headline(_ rng: inout SplitMix64) -> String {
        let place = rng.pick(V.places)
        switch rng.int(below: 12) {
        case 0: return "\(place) Council Votes to \(cap(rng.pick(V.verbs))) \(capWords(rng.pick(V.adjectives))) \(capWords(rng.pick(V.nouns))) After \(rng.pick(V.numberWords)) Months of Debate"
        case 1: return "\(capWords(trimThe(rng.pick(V.organisations)))) Plans \(rng.pick(V.numberWords)) New \(capWords(rng.pick(V.pluralNouns))) Across \(rng.pick(V.regions)) by \(rng.int(in: 2024...2031))"
        case 2: return "\(capWords(rng.pick(V.adjectives))) \(capWords(rng.pick(V.pluralNouns))) Put \(place)'s \(capWords(rng.pick(V.nouns))) Targets at Risk, Report Warns"
        case 3: return "Why \(place) Is Betting on \(capWords(rng.pick(V.adjectives))) \(capWords(rng.pick(V.pluralNouns))) to Fix Its \(capWords(rng.pick(V.nouns))) Problem"
        case 4: return "\(person(&rng)) Named to Lead \(place) \(capWords(rng.pick(V.nouns))) Review"
        case 5: return "\(rng.pick(V.numberWords)) \(capWords(rng.pick(V.pluralNouns))) Delayed as \(capWords(rng.pick(V.nouns))) Shortage Hits \(place)"
        case 6: return "Residents in \(place) Push Back Against Plans for \(capWords(rng.pick(V.adjectives))) \(capWords(rng.pick(V.nouns)))"
        case 7: return "\(capWords(trimThe(rng.pick(V.organisations)))) Reports \(rng.int(in: 3...68))% Rise in \(capWords(rng.pick(V.nouns))) Costs for \(rng.int(in: 2021...2025))"
        case 8: return "Inside the \(place) \(capWords(rng.pick(V.nouns))) Where \(capWords(rng.pick(V.pluralNouns))) Are \(cap(rng.pick(V.presentParticiples))) Again"
        case 9: return "New Study Links \(capWords(rng.pick(V.adjectives))) \(capWords(rng.pick(V.nouns))) in \(place) to Fewer \(capWords(rng.pick(V.pluralNouns)))"
        case 10: return "\(place) and \(rng.pick(V.places)) Agree to Share \(capWords(rng.pick(V.nouns))) Data for the First Time"
        default: return "After \(rng.pick(V.numberWords)) Years, \(place)'s \(capWords(rng.pick(V.adjectives))) \(capWords(rng.pick(V.nouns))) Gets a Second Life"
        }
    }

    static func person(_ rng: inout SplitMix64) -> String {
        "\(rng.pick(V.firstNames)) \(rng.pick(V.lastNames))"
    }

    /// One sentence, usually ending in a full stop; straight quotes are the ones a card must escape.
    static func sentence(_ rng: inout SplitMix64, straightQuotes: Bool = false) -> String {
        let (open, close) = straightQuotes ? ("\"", "\"") : ("“", "”")
        let place = rng.pick(V.places)
        let noun = rng.pick(V.nouns)
        switch rng.int(below: 16) {
        case 0: return "\(cap(rng.pick(V.organisations))) said the \(noun) would \(rng.pick(V.verbs)) \(rng.int(in: 2...900)) \(rng.pick(V.pluralNouns)) over \(rng.pick(V.periods))."
        case 1: return "\(open)We have been waiting for this for a long time,\(close) said \(person(&rng)), \(withArticle(rng.pick(V.roles))) in \(place)."
        case 2: return "The plan still needs approval from \(rng.pick(V.organisations)), which meets again in \(rng.pick(["March", "June", "September", "November"]))."
        case 3: return "Costs have risen by about \(rng.int(in: 4...60)) per cent since the \(noun) was first proposed, according to figures seen by local reporters."
        case 4: return "\(person(&rng)), \(withArticle(rng.pick(V.roles))) at \(rng.pick(V.organisations)), said the \(rng.pick(V.adjectives)) \(noun) was \(open)the only realistic option left\(close)."
        case 5: return "Critics in \(place) argue that the money would be better spent on \(rng.pick(V.pluralNouns)) and \(rng.pick(V.pluralNouns))."
        case 6: return "A pilot in \(place) ran for \(rng.pick(V.periods)) and served roughly \(rng.int(in: 200...40_000)) people."
        case 7: return "Officials expect the first \(rng.pick(V.pluralNouns)) to arrive within \(rng.pick(V.periods)), though suppliers have warned of delays."
        case 8: return "The \(noun) in \(place) has been the subject of \(rng.int(in: 2...14)) public meetings since \(rng.int(in: 2012...2022))."
        case 9: return "\(cap(rng.pick(V.organisations))) declined to comment on the timetable but confirmed that talks with \(rng.pick(V.organisations)) were continuing."
        case 10: return "By \(rng.pick(["spring", "autumn", "the end of the year", "next summer"])), the \(noun) is expected to cover \(rng.int(in: 2...95)) per cent of \(place)."
        case 11: return "Some \(rng.pick(V.pluralNouns)) in \(place) have already moved, and others say they will wait to see whether the \(noun) is finished on time."
        case 12: return "\(open)Nobody asked us,\(close) said \(person(&rng)), who has lived in \(place) for \(rng.int(in: 3...60)) years. \(open)We read about it like everyone else.\(close)"
        case 13: return "The \(rng.pick(V.adjectives)) design was chosen over two cheaper options after a consultation that drew \(rng.int(in: 40...5_000)) responses."
        case 14: return "Figures published on \(rng.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])) show that demand in \(place) rose for the \(rng.pick(["second", "third", "fourth"])) year in a row."
        default: return "Similar schemes in \(rng.pick(V.places)) and \(rng.pick(V.places)) were scaled back after their first year."
        }
    }

    static func paragraph(_ rng: inout SplitMix64, sentences range: ClosedRange<Int> = 2...5) -> String {
        (0..<rng.int(in: range)).map { _ in sentence(&rng) }.joined(separator: " ")
    }

    /// An excerpt as aggregators write them: a sentence or three, sometimes cut with `...`,
    /// sometimes quoting with straight double quotes (which the card must then escape).
    static func excerpt(_ rng: inout SplitMix64) -> String {
        let straight = rng.chance(0.2)
        let text = (0..<rng.int(in: 1...3)).map { _ in sentence(&rng, straightQuotes: straight) }.joined(separator: " ")
        guard rng.chance(0.3), let cut = text.dropLast().lastIndex(of: " ") else { return text }
        return String(text[..<cut]) + " ..."
    }

    /// A URL slug: ASCII letters and digits, accents folded away, everything else a dash.
    static func slug(_ title: String) -> String {
        let ascii = title.utf8.allSatisfy { $0 < 0x80 } ? title : title.folding(options: [.diacriticInsensitive], locale: nil)
        var slug: [UInt8] = []
        slug.reserveCapacity(80)
        var pendingDash = false
        for byte in ascii.utf8 {
            let lowered = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if (0x61...0x7A).contains(lowered) || (0x30...0x39).contains(lowered) {
                if pendingDash && !slug.isEmpty { slug.append(0x2D) }
                pendingDash = false
                slug.append(lowered)
                if slug.count >= 80 { break }
            } else {
                pendingDash = true
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// `a director`, `an analyst`.
    static func withArticle(_ noun: String) -> String {
        ("aeiou".contains(noun.first ?? "x") ? "an " : "a ") + noun
    }

    static func cap(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    private static let smallWords: Set<Substring> = ["a", "an", "and", "of", "the", "to", "in", "for", "on", "by"]

    static func capWords(_ phrase: String) -> String {
        phrase.split(separator: " ").enumerated().map { offset, word in
            offset > 0 && smallWords.contains(word) ? String(word) : cap(String(word))
        }.joined(separator: " ")
    }

    private static func trimThe(_ name: String) -> String {
        name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
    }
}
