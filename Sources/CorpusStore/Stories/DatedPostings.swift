/// Every dated article's rare vector terms, each term's articles in order of
/// publication: the versions of a story share a rare term and were published within the
/// story window, so they are found by a binary search in each such term's list, nearest
/// in publication order first. A list of each term's heaviest articles, as Similar uses,
/// is no good here: a name in a few hundred articles keeps its heaviest 32, mostly from
/// other months, and this week's versions are never looked at (on the generated 100,000
/// articles a third of the pairs that could join a story were missed that way). Built
/// for the story search and dropped after (12 bytes a posting).
struct DatedPostings: Sendable {
    /// How many articles a term gives one search at most: the nearest in publication
    /// order. A term that thousands of near-copies share costs no more than a rare one.
    static let perTerm = 8

    private let termIDs: TermTable
    /// Term `t`'s postings are `ranks[starts[t]..<starts[t + 1]]` (places in publication
    /// order, ascending), with their `articles` and `weights`.
    private let starts: [Int32]
    private let ranks: [Int32]
    private let articles: [Int32]
    private let weights: [Float]
    /// Each article's place in publication order (oldest first, ties by article), -1
    /// when undated.
    private let rankOf: [Int32]
    /// For each place, the places published within the window of it: `windowStarts[r]..<windowEnds[r]`.
    private let windowStarts: [Int32]
    private let windowEnds: [Int32]

    /// The postings of the terms `keeps` takes, of every dated article.
    init(_ vectors: TermVectors, instants: [Double], window: Double, keeps: (UInt32) -> Bool) {
        let byDate = (0..<vectors.count).filter { !instants[$0].isNaN }.sorted {
            instants[$0] != instants[$1] ? instants[$0] < instants[$1] : $0 < $1
        }
        var rankOf = [Int32](repeating: -1, count: vectors.count)
        for (rank, article) in byDate.enumerated() { rankOf[article] = Int32(rank) }
        // Both ends of every window in one sweep, as both only move forward.
        var windowStarts = [Int32](repeating: 0, count: byDate.count)
        var windowEnds = [Int32](repeating: 0, count: byDate.count)
        var (low, high) = (0, 0)
        for (rank, article) in byDate.enumerated() {
            let date = instants[article]
            while instants[byDate[low]] < date - window { low += 1 }
            while high < byDate.count && instants[byDate[high]] <= date + window { high += 1 }
            windowStarts[rank] = Int32(low)
            windowEnds[rank] = Int32(high)
        }
        let (termIDs, sizes) = vectors.termIDs(of: byDate, counted: keeps)
        var starts = [Int32](repeating: 0, count: sizes.count + 1)
        for id in sizes.indices { starts[id + 1] = starts[id] + sizes[id] }
        // Filled in publication order, so every list comes out sorted without a sort.
        var filled = Array(starts.dropLast())
        var ranks = [Int32](repeating: 0, count: Int(starts[sizes.count]))
        var articles = ranks
        var weights = [Float](repeating: 0, count: ranks.count)
        for (rank, article) in byDate.enumerated() {
            for position in vectors.range(article) {
                guard let id = termIDs.value(vectors.terms[position]).map(Int.init) else { continue }
                let slot = Int(filled[id])
                ranks[slot] = Int32(rank)
                articles[slot] = Int32(article)
                weights[slot] = vectors.weight(position)
                filled[id] += 1
            }
        }
        self.termIDs = termIDs
        self.starts = starts
        self.ranks = ranks
        self.articles = articles
        self.weights = weights
        self.rankOf = rankOf
        self.windowStarts = windowStarts
        self.windowEnds = windowEnds
    }

    /// The postings a story search for `article` reads, nil when it is undated.
    func window(for article: Int) -> DatedWindow? {
        guard rankOf.indices.contains(article), rankOf[article] >= 0 else { return nil }
        let rank = Int(rankOf[article])
        return DatedWindow(postings: self, own: rank, places: Int(windowStarts[rank])..<Int(windowEnds[rank]))
    }

    /// Adds the postings of `term` within `window`, nearest in publication order to its
    /// article first, at most `perTerm`, times `weight`, to `scores`; false when `term`
    /// is not one of those kept.
    fileprivate func accumulate(_ term: UInt32, weight: Float, in window: DatedWindow,
                                into scores: UnsafeMutablePointer<Float>, touched: inout [Int32]) -> Bool {
        guard let id = termIDs.value(term).map(Int.init) else { return false }
        ranks.withUnsafeBufferPointer { ranks in
            var (low, high) = (Int(starts[id]), Int(starts[id + 1]))
            let (start, end) = (low, high)
            // The list's first entry at or after the article's own place.
            while low < high {
                let middle = (low + high) / 2
                if Int(ranks[middle]) < window.own { low = middle + 1 } else { high = middle }
            }
            var left = low - 1
            var right = low < end && Int(ranks[low]) == window.own ? low + 1 : low
            for _ in 0..<Self.perTerm {
                let leftOpen = left >= start && Int(ranks[left]) >= window.places.lowerBound
                let rightOpen = right < end && Int(ranks[right]) < window.places.upperBound
                guard leftOpen || rightOpen else { return }
                let takeLeft = leftOpen && (!rightOpen || window.own - Int(ranks[left]) <= Int(ranks[right]) - window.own)
                let position = takeLeft ? left : right
                if takeLeft { left -= 1 } else { right += 1 }
                let article = Int(articles[position])
                if scores[article] == 0 { touched.append(Int32(article)) }
                scores[article] += weight * weights[position]
            }
        }
        return true
    }
}

/// One dated article's place and the places published within the story window of it.
struct DatedWindow {
    fileprivate let postings: DatedPostings
    fileprivate let own: Int
    fileprivate let places: Range<Int>
}

/// A dated article's story search. A rare term (a name, a place, a figure: what the
/// versions of a story share) gives the articles published nearest to it within its
/// window that have it, and (as an undated article may be of any day) its heaviest
/// undated ones; any other term its heaviest articles of every day, as copies share
/// every term and are found that way.
struct StoryPostings: PostingSource {
    let window: DatedWindow
    let undated: NeighbourIndex
    let everyDay: NeighbourIndex

    func accumulate(_ term: UInt32, weight: Float, into scores: UnsafeMutablePointer<Float>, touched: inout [Int32]) {
        if window.postings.accumulate(term, weight: weight, in: window, into: scores, touched: &touched) {
            undated.accumulate(term, weight: weight, into: scores, touched: &touched)
        } else {
            everyDay.accumulate(term, weight: weight, into: scores, touched: &touched)
        }
    }
}
