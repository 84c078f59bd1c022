import ArticleParsing
import CorpusStore
import Foundation

/// The ways to browse a corpus by facet: topics, providers, months.
public enum FacetKind: String, Sendable, CaseIterable {
    case topic, provider, month

    public var title: String {
        switch self {
        case .topic: return "Topics"
        case .provider: return "Providers"
        case .month: return "Months"
        }
    }
}

/// One value of a facet with how many of the current articles carry it.
public struct FacetValue: Sendable, Equatable {
    public var label: String
    public var count: Int
    public var unread: Int

    public init(label: String, count: Int, unread: Int) {
        self.label = label
        self.count = count
        self.unread = unread
    }
}

/// Precomputed facet labels per article, so counting the values among any subset of the
/// corpus (the current query's results) is one pass over that subset.
public struct FacetIndex: Sendable {
    private let topics: [[Int]]
    private let providers: [Int]
    private let months: [Int]
    private let topicLabels: [String]
    private let providerLabels: [String]
    private let monthLabels: [String]

    public init(_ corpus: Corpus) {
        var topicIDs: [String: Int] = [:]
        var topicLabels: [String] = []
        var providerIDs: [String: Int] = [:]
        var providerLabels: [String] = []
        var monthIDs: [String: Int] = [:]
        var monthLabels: [String] = []
        func id(_ label: String, _ ids: inout [String: Int], _ labels: inout [String]) -> Int {
            if let existing = ids[label] { return existing }
            ids[label] = labels.count
            labels.append(label)
            return labels.count - 1
        }
        // Months are told apart by number and named once each: formatting a date per
        // article would cost more than the rest of the index.
        var monthsByNumber: [Int: Int] = [:]
        func monthID(_ instant: Date?) -> Int {
            guard let instant else { return id("(undated)", &monthIDs, &monthLabels) }
            let (year, month, _) = DateParser.civilFromDays(Int((instant.timeIntervalSince1970 / 86_400).rounded(.down)))
            if let known = monthsByNumber[year * 12 + month] { return known }
            let known = id(DateParser.monthString(instant), &monthIDs, &monthLabels)
            monthsByNumber[year * 12 + month] = known
            return known
        }
        let articles = corpus.articles
        var topics: [[Int]] = []
        var providers: [Int] = []
        var months: [Int] = []
        topics.reserveCapacity(articles.count)
        providers.reserveCapacity(articles.count)
        months.reserveCapacity(articles.count)
        for position in articles.indices {
            let article = articles[position]
            topics.append(article.topics.map { id($0, &topicIDs, &topicLabels) })
            providers.append(id(article.provider?.label ?? "(no provider)", &providerIDs, &providerLabels))
            months.append(monthID(article.instant))
        }
        self.topics = topics
        self.providers = providers
        self.months = months
        self.topicLabels = topicLabels
        self.providerLabels = providerLabels
        self.monthLabels = monthLabels
    }

    /// Values of `kind` among `articles`, most common first (months newest first).
    public func values(_ kind: FacetKind, among articles: [Int], isRead: (Int) -> Bool = { _ in false }) -> [FacetValue] {
        let labels = self.labels(kind)
        var counts = [Int](repeating: 0, count: labels.count)
        var unread = [Int](repeating: 0, count: labels.count)
        for article in articles {
            let unreadStep = isRead(article) ? 0 : 1
            switch kind {
            case .topic:
                for topic in topics[article] {
                    counts[topic] += 1
                    unread[topic] += unreadStep
                }
            case .provider:
                counts[providers[article]] += 1
                unread[providers[article]] += unreadStep
            case .month:
                counts[months[article]] += 1
                unread[months[article]] += unreadStep
            }
        }
        let values = labels.indices.filter { counts[$0] > 0 }.map {
            FacetValue(label: labels[$0], count: counts[$0], unread: unread[$0])
        }
        if kind == .month { return values.sorted { $0.label > $1.label } }
        return values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.label.lowercased() < $1.label.lowercased() }
    }

    /// The labels `article` carries for `kind`, worked out from the article alone.
    public static func label(of article: ArticleSummary, _ kind: FacetKind) -> [String] {
        switch kind {
        case .topic: return article.topics
        case .provider: return [article.provider?.label ?? "(no provider)"]
        case .month: return [article.instant.map(DateParser.monthString) ?? "(undated)"]
        }
    }

    /// Whether `article` carries `label` for `kind`.
    public func article(_ article: Int, has label: String, for kind: FacetKind) -> Bool {
        switch kind {
        case .topic: return topics[article].contains { topicLabels[$0] == label }
        case .provider: return providerLabels[providers[article]] == label
        case .month: return monthLabels[months[article]] == label
        }
    }

    private func labels(_ kind: FacetKind) -> [String] {
        switch kind {
        case .topic: return topicLabels
        case .provider: return providerLabels
        case .month: return monthLabels
        }
    }
}
