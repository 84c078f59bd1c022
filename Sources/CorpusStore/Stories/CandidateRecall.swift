import Foundation

extension StoryCandidates {
    /// Stories are sparse: a few thousand articles give a few dozen pairs to count.
    static let recallSample = 2000

    /// How many of the pairs that could join a story (alike enough, published within the
    /// window, sharing a rare term or copies) the candidate lists hold, for `recallSample` articles
    /// compared with every other: what the search's shortcuts cost the stories. Printed
    /// by the build when `LEDE_STORY_RECALL` is set (it costs seconds at 100,000).
    func recall(input: StoryInput, vectors: TermVectors, statistics: TermStatistics) -> (found: Int, possible: Int) {
        guard input.count > 1 else { return (0, 0) }
        var generator = SystemRandomNumberGenerator()
        let rarity = StoryGrouping.rareFrequency(in: input.count)
        var found = 0
        var possible = 0
        for _ in 0..<Self.recallSample {
            let article = Int.random(in: 0..<input.count, using: &generator)
            let date = input.instants[article]
            for other in 0..<input.count where other != article {
                let otherDate = input.instants[other]
                if !date.isNaN && !otherDate.isNaN && abs(date - otherDate) > StoryGrouping.window { continue }
                let score = vectors.cosine(article, other)
                let least = date.isNaN || otherDate.isNaN ? StoryGrouping.undatedThreshold : StoryGrouping.threshold
                guard score >= least, score >= StoryGrouping.copyThreshold
                    || StoryGrouping.sharesRareTerm(article, other, vectors: vectors, statistics: statistics, rarity: rarity)
                else { continue }
                possible += 1
                if of(article).contains(where: { $0.article == other }) || of(other).contains(where: { $0.article == article }) {
                    found += 1
                }
            }
        }
        return (found, possible)
    }
}
