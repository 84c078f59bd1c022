import Foundation

extension StoryIndex {
    /// Works out similar articles and stories for `corpus`, on every core, without keeping
    /// them with it (`Corpus.withStories()` keeps them): for measuring.
    public static func build(_ corpus: Corpus) -> StoryIndex {
        build(corpus, unless: { false })!
    }

    /// The same, given up (nil) between stages once `cancelled` says so: a newer version
    /// of the corpus has come, and its stories are the ones wanted.
    static func build(_ corpus: Corpus, unless cancelled: () -> Bool) -> StoryIndex? {
        var profile = StageClock()
        let input = StoryInput(corpus)
        let paragraphs = ParagraphBoilerplate(input)
        profile.lap("boilerplate lines")
        guard !cancelled() else { return nil }
        guard let (statistics, vectors) = termsAndVectors(input, paragraphs: paragraphs, profile: &profile, unless: cancelled)
        else { return nil }
        let rarity = StoryGrouping.rareFrequency(in: input.count)
        let candidates = StoryCandidates(vectors: vectors, instants: input.instants, window: StoryGrouping.window,
                                         isRare: { statistics.frequency($0) <= rarity })
        profile.lap("story candidates")
        if StageClock.measuresRecall {
            let (found, possible) = candidates.recall(input: input, vectors: vectors, statistics: statistics)
            profile.note("story candidates hold \(found) of \(possible) possible pairs of \(StoryCandidates.recallSample) articles")
        }
        guard !cancelled() else { return nil }
        let grouping = StoryGrouping(input: input, candidates: candidates, paragraphs: paragraphs, vectors: vectors,
                                     statistics: statistics)
        profile.lap("grouping")
        let (storyOfArticle, stories) = assemble(roots: grouping.roots, facts: input.facts)
        return StoryIndex(storyOfArticle: storyOfArticle, stories: stories, roots: grouping.roots, vectors: vectors,
                          frequencies: statistics.sharedFrequencies)
    }

    /// The corpus's term statistics and each article's vector, from one scan of every
    /// article's text. The scanned terms are let go on return, before the later stages
    /// claim their memory.
    private static func termsAndVectors(_ input: StoryInput, paragraphs: ParagraphBoilerplate, profile: inout StageClock,
                                        unless cancelled: () -> Bool) -> (TermStatistics, TermVectors)? {
        let scanned = ScannedTerms(articleCount: input.count)
        let statistics = TermStatistics(input, paragraphs: paragraphs, scanned: scanned)
        profile.lap("term statistics (\(statistics.termCount) terms, \(scanned.termCount) kept for the vectors)")
        guard !cancelled() else { return nil }
        let vectors = TermVectors(scanned, sources: input.sources, statistics: statistics)
        profile.lap("vectors")
        guard !cancelled() else { return nil }
        return (statistics, vectors)
    }

    /// Stories from the grouping's roots: members oldest first, most covered first.
    static func assemble(roots: [Int32], facts input: StoryFacts) -> ([Int32], [Story]) {
        // Most articles are alone: only roots with company get a list.
        var sizes = [Int32](repeating: 0, count: roots.count)
        for root in roots { sizes[Int(root)] += 1 }
        var members: [Int32: [Int]] = [:]
        for (article, root) in roots.enumerated() where sizes[Int(root)] > 1 {
            members[root, default: []].append(article)
        }
        var stories: [Story] = []
        for (_, articles) in members where articles.count > 1 {
            let ordered = articles.sorted { one, other in
                let dates = (input.instants[one], input.instants[other])
                if dates.0.isNaN != dates.1.isNaN { return !dates.0.isNaN }
                if !dates.0.isNaN && dates.0 != dates.1 { return dates.0 < dates.1 }
                return input.keys[one] != input.keys[other] ? input.keys[one] < input.keys[other] : one < other
            }
            var outlets = Set<UInt64>()
            var unnamed = 0
            for article in ordered {
                if input.sources[article] == 0 { unnamed += 1 } else { outlets.insert(input.sources[article]) }
            }
            let id = String(format: "%012llx", input.keys[ordered[0]] & 0xFFFF_FFFF_FFFF)
            stories.append(Story(id: id, articles: ordered, outletCount: outlets.count + unnamed,
                                 headline: ordered.first { input.isCard[$0] } ?? ordered[0]))
        }
        stories.sort { one, other in
            if one.outletCount != other.outletCount { return one.outletCount > other.outletCount }
            if one.articles.count != other.articles.count { return one.articles.count > other.articles.count }
            return one.lead < other.lead
        }
        var storyOfArticle = [Int32](repeating: -1, count: roots.count)
        for (number, story) in stories.enumerated() {
            for article in story.articles { storyOfArticle[article] = Int32(number) }
        }
        return (storyOfArticle, stories)
    }
}

/// Times each stage of the build when `LEDE_PROFILE_STORIES` is set (for `lede-bench stories`).
struct StageClock {
    private static let enabled = getenv("LEDE_PROFILE_STORIES") != nil
    /// Whether to count, after the story search, the possible pairs it missed
    /// (`LEDE_STORY_RECALL`): seconds of exhaustive comparison, so not part of a timing.
    static let measuresRecall = getenv("LEDE_STORY_RECALL") != nil
    private var last = DispatchTime.now().uptimeNanoseconds
    private var lastProcessor = Self.processorMicroseconds()

    mutating func lap(_ stage: String) {
        guard Self.enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let processor = Self.processorMicroseconds()
        let line = "  \(stage): \((now - last) / 1_000_000) ms, CPU \((processor - lastProcessor) / 1000) ms\n"
        FileHandle.standardError.write(Data(line.utf8))
        last = now
        lastProcessor = processor
    }

    /// A line of its own (printed whatever the settings: only measurements call it),
    /// after which the next stage's clock starts afresh.
    mutating func note(_ text: String) {
        FileHandle.standardError.write(Data("  \(text)\n".utf8))
        last = DispatchTime.now().uptimeNanoseconds
        lastProcessor = Self.processorMicroseconds()
    }

    /// CPU time of the whole process, every thread: on a busy machine it varies far less
    /// than the time a stage takes.
    private static func processorMicroseconds() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1_000_000 + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec
    }
}

extension Corpus {
    /// The same corpus with its similar articles and stories worked out (or taken from
    /// the snapshot it was read from). Costs a pass over every article's text the first
    /// time; the result is kept with the corpus's table.
    public func withStories() -> Corpus {
        withStories(unless: { false })!
    }

    /// The same, or nil when `cancelled` says (between stages of the work) that they are
    /// no longer wanted; nothing is kept then.
    public func withStories(unless cancelled: () -> Bool) -> Corpus? {
        guard let stories = table.stories({ StoryIndex.build(self, unless: cancelled) }) else { return nil }
        var corpus = self
        corpus.stories = stories
        return corpus
    }

    /// Whether its stories came from the snapshot it was read from, so a snapshot need
    /// not be written again to keep them.
    public var hasStoredStories: Bool { table.hasStoredStories }

    /// Whether its stories are worked out already or kept in the snapshot it was read
    /// from, so asking for them costs a read, not a build (unless the stored ones fail
    /// their checks).
    public var hasStoriesAtHand: Bool { table.hasStoriesAtHand }
}
