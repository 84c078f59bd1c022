import Foundation

/// Which of the two on-disk formats an article came from.
public enum ArticleFormat: String, Sendable, Codable {
    case card
    case plainText = "text"
}

public struct Provider: Sendable, Hashable {
    public var name: String?
    public var domain: String?

    public init(name: String? = nil, domain: String? = nil) {
        self.name = name
        self.domain = domain
    }

    /// Name when known, else domain.
    public var label: String? { name ?? domain }
}

public struct ArticleImage: Sendable, Hashable {
    public var url: String
    public var width: Int?
    public var height: Int?
    public var title: String?

    public init(url: String, width: Int? = nil, height: Int? = nil, title: String? = nil) {
        self.url = url
        self.width = width
        self.height = height
        self.title = title
    }
}

/// The web addresses a card may carry.
public struct ArticleURLs: Sendable, Hashable {
    public var web: String?
    public var amp: String?
    public var cdnAmp: String?
    public var original: String?

    public init(web: String? = nil, amp: String? = nil, cdnAmp: String? = nil, original: String? = nil) {
        self.web = web
        self.amp = amp
        self.cdnAmp = cdnAmp
        self.original = original
    }

    /// Every address present, best first.
    public var all: [String] { [web, original, amp, cdnAmp].compactMap { $0 } }
    /// The address to open in a browser.
    public var preferred: String? { web ?? original ?? amp ?? cdnAmp }
}

/// A date as written in the file together with the instant it names, when it parses.
public struct ArticleDate: Sendable, Hashable {
    public var text: String
    public var instant: Date?

    public init(text: String) {
        self.text = text
        self.instant = DateParser.parse(text)
    }

    /// `YYYY-MM-DD` when the text parses, else the text itself.
    public var day: String {
        guard let instant else { return text }
        return DateParser.dayString(instant)
    }
}

/// A small card naming another article, carried inside a news card's `related` list.
public struct RelatedItem: Sendable, Hashable {
    public var title: String
    public var excerpt: String?
    public var date: ArticleDate?
    public var urls: ArticleURLs
    public var provider: Provider?
    public var images: [ArticleImage]
    /// Keys lede does not interpret, kept so no data is lost.
    public var extra: [YAMLPair]

    public init(title: String, excerpt: String? = nil, date: ArticleDate? = nil, urls: ArticleURLs = ArticleURLs(),
                provider: Provider? = nil, images: [ArticleImage] = [], extra: [YAMLPair] = []) {
        self.title = title
        self.excerpt = excerpt
        self.date = date
        self.urls = urls
        self.provider = provider
        self.images = images
        self.extra = extra
    }
}

/// One article of the corpus, whichever format it came from.
public struct Article: Sendable, Hashable, Identifiable {
    /// Path relative to the corpus root: stable across runs.
    public var id: String
    /// Absolute path of the source file.
    public var path: String
    public var format: ArticleFormat
    public var title: String
    public var excerpt: String?
    public var date: ArticleDate?
    public var provider: Provider?
    public var topics: [String]
    public var urls: ArticleURLs
    public var images: [ArticleImage]
    public var category: String?
    public var type: String?
    public var quality: Int?
    public var heat: Int?
    public var related: [RelatedItem]
    /// Body paragraphs, already unwrapped into one string each.
    public var body: [String]
    /// Keys lede does not interpret, kept so no data is lost.
    public var extra: [YAMLPair]
    /// Opaque `secured` token: kept, never displayed or printed.
    public var secured: String?

    public init(id: String, path: String, format: ArticleFormat, title: String, excerpt: String? = nil,
                date: ArticleDate? = nil, provider: Provider? = nil, topics: [String] = [],
                urls: ArticleURLs = ArticleURLs(), images: [ArticleImage] = [], category: String? = nil,
                type: String? = nil, quality: Int? = nil, heat: Int? = nil, related: [RelatedItem] = [],
                body: [String] = [], extra: [YAMLPair] = [], secured: String? = nil) {
        self.id = id
        self.path = path
        self.format = format
        self.title = title
        self.excerpt = excerpt
        self.date = date
        self.provider = provider
        self.topics = topics
        self.urls = urls
        self.images = images
        self.category = category
        self.type = type
        self.quality = quality
        self.heat = heat
        self.related = related
        self.body = body
        self.extra = extra
        self.secured = secured
    }

    /// File name of the source, shown in meta lines.
    public var fileName: String { lastPathComponent(path) }
}
