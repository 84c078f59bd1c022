/// The keys lede reads from a card, told apart by their bytes once per mapping, so the
/// builder looks each field up without comparing Strings.
enum CardKey: UInt8 {
    case title, excerpt, publishedDateTime, date, webUrl, ampWebUrl, cdnAmpWebUrl, originalUrl
    case category, type, quality, heat, provider, topics, images, related, secured
    case name, domain, url, width, height

    /// Keys an article or a related item interprets: the others are kept as `extra`.
    /// (`name`, `domain`, `url`, `width` and `height` are read only inside providers and images.)
    var isInterpreted: Bool {
        switch self {
        case .name, .domain, .url, .width, .height: return false
        default: return true
        }
    }

    /// The key spelled by `bytes`. Equal bytes are equal keys here: no other spelling of these
    /// ASCII names is canonically equivalent to them, and non-ASCII bytes never match.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        func spells(_ name: StaticString) -> Bool {
            // A loop, not memcmp: names are a few bytes, and the call would cost more.
            guard name.utf8CodeUnitCount == bytes.count else { return false }
            let letters = name.utf8Start
            for index in 0..<bytes.count where letters[index] != bytes[index] { return false }
            return true
        }
        guard !bytes.isEmpty else { return nil }
        let key: CardKey
        switch (bytes.count, bytes[0]) {
        case (3, 0x75): key = .url
        case (4, 0x64): key = .date
        case (4, 0x74): key = .type
        case (4, 0x68): key = .heat
        case (4, 0x6E): key = .name
        case (5, 0x74): key = .title
        case (5, 0x77): key = .width
        case (6, 0x77): key = .webUrl
        case (6, 0x74): key = .topics
        case (6, 0x69): key = .images
        case (6, 0x64): key = .domain
        case (6, 0x68): key = .height
        case (7, 0x65): key = .excerpt
        case (7, 0x71): key = .quality
        case (7, 0x72): key = .related
        case (7, 0x73): key = .secured
        case (8, 0x63): key = .category
        case (8, 0x70): key = .provider
        case (9, 0x61): key = .ampWebUrl
        case (11, 0x6F): key = .originalUrl
        case (12, 0x63): key = .cdnAmpWebUrl
        case (17, 0x70): key = .publishedDateTime
        default: return nil
        }
        guard spells(key.name) else { return nil }
        self = key
    }

    init?(_ text: String) {
        var text = text
        guard let key = text.withUTF8({ CardKey($0) }) else { return nil }
        self = key
    }

    var name: StaticString {
        switch self {
        case .title: "title"
        case .excerpt: "excerpt"
        case .publishedDateTime: "publishedDateTime"
        case .date: "date"
        case .webUrl: "webUrl"
        case .ampWebUrl: "ampWebUrl"
        case .cdnAmpWebUrl: "cdnAmpWebUrl"
        case .originalUrl: "originalUrl"
        case .category: "category"
        case .type: "type"
        case .quality: "quality"
        case .heat: "heat"
        case .provider: "provider"
        case .topics: "topics"
        case .images: "images"
        case .related: "related"
        case .secured: "secured"
        case .name: "name"
        case .domain: "domain"
        case .url: "url"
        case .width: "width"
        case .height: "height"
        }
    }
}
