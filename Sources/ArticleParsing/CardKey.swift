import Foundation

/// The keys lede reads from a card, told apart by their bytes once per mapping, so the
/// builder looks each field up without comparing Strings.
enum CardKey: UInt8, CaseIterable {
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
        var packed: Spelling = (0, 0, 0)
        for (index, byte) in bytes.prefix(24).enumerated() {
            let bits = UInt64(byte) << (8 * (index % 8))
            switch index / 8 {
            case 0: packed.0 |= bits
            case 1: packed.1 |= bits
            default: packed.2 |= bits
            }
        }
        self.init(count: bytes.count, packed: packed)
    }

    /// The key at `key` in `file`, read a word at a time where the file runs on far enough.
    init?(in file: UnsafeBufferPointer<UInt8>, at key: Range<Int>) {
        guard let base = file.baseAddress, key.lowerBound + 24 <= file.count else {
            self.init(UnsafeBufferPointer(rebasing: file[key]))
            return
        }
        func word(_ offset: Int) -> UInt64 {
            let length = key.count - offset
            guard length > 0 else { return 0 }
            let word = UnsafeRawPointer(base + key.lowerBound + offset).loadUnaligned(as: UInt64.self)
            return length >= 8 ? word : word & ((1 << (8 * UInt64(length))) - 1)
        }
        self.init(count: key.count, packed: (word(0), word(8), word(16)))
    }

    /// Up to 24 bytes of a name, little-endian, eight to a word, zero past its end.
    typealias Spelling = (UInt64, UInt64, UInt64)

    /// `name`, packed as `Spelling`: literals, so reading them costs no lazy global's check
    /// (a test holds them to the names).
    var spelling: Spelling {
        switch self {
        case .title: (0x0065_6C74_6974, 0, 0)
        case .excerpt: (0x0074_7072_6563_7865, 0, 0)
        case .publishedDateTime: (0x6568_7369_6C62_7570, 0x6D69_5465_7461_4464, 0x0065)
        case .date: (0x6574_6164, 0, 0)
        case .webUrl: (0x6C72_5562_6577, 0, 0)
        case .ampWebUrl: (0x7255_6265_5770_6D61, 0x006C, 0)
        case .cdnAmpWebUrl: (0x6557_706D_416E_6463, 0x6C72_5562, 0)
        case .originalUrl: (0x6C61_6E69_6769_726F, 0x006C_7255, 0)
        case .category: (0x7972_6F67_6574_6163, 0, 0)
        case .type: (0x6570_7974, 0, 0)
        case .quality: (0x0079_7469_6C61_7571, 0, 0)
        case .heat: (0x7461_6568, 0, 0)
        case .provider: (0x7265_6469_766F_7270, 0, 0)
        case .topics: (0x7363_6970_6F74, 0, 0)
        case .images: (0x7365_6761_6D69, 0, 0)
        case .related: (0x0064_6574_616C_6572, 0, 0)
        case .secured: (0x0064_6572_7563_6573, 0, 0)
        case .name: (0x656D_616E, 0, 0)
        case .domain: (0x6E69_616D_6F64, 0, 0)
        case .url: (0x006C_7275, 0, 0)
        case .width: (0x0068_7464_6977, 0, 0)
        case .height: (0x7468_6769_6568, 0, 0)
        }
    }

    /// The only key a name of this length and first letter can be, if its spelling matches.
    private init?(count: Int, packed: Spelling) {
        let key: CardKey
        switch (count, UInt8(truncatingIfNeeded: packed.0)) {
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
        let spelling = key.spelling
        guard packed.0 == spelling.0 && packed.1 == spelling.1 && packed.2 == spelling.2 else { return nil }
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

/// The keys of one mapping read so far, so the scanner refuses a repeated key as Yams does.
/// Yams compares keys as Strings, by canonical equivalence (U+212A KELVIN SIGN repeats `K`),
/// which for two ASCII keys is byte equality. A key lede reads (a `CardKey`) can only be
/// repeated by its own bytes, so those are tracked as bits; other keys are compared with
/// the other keys while they are few, and hashed as Strings when many.
struct MappingKeys {
    private let mapping: Int
    private var seenCardKeys: UInt32 = 0
    private var otherCount = 0
    private var hashed: Set<String> = []
    /// What the scanner records on the node of the key last inserted.
    private(set) var lastWasASCII = true
    private(set) var lastKey: CardKey?

    init(mapping: Int) {
        self.mapping = mapping
    }

    /// Adds `key`, a byte range of the tree's file (`isASCII` when known to be, as on an
    /// ASCII line); false when the mapping holds it already. The mapping's earlier
    /// children must all be in the tree, keys set.
    mutating func insert(_ key: Range<Int>, isASCII: Bool, in tree: ScannedTree) -> Bool {
        let bytes = UnsafeBufferPointer(rebasing: tree.bytes[key])
        lastWasASCII = isASCII || bytes.allSatisfy { $0 < 0x80 }
        lastKey = lastWasASCII ? CardKey(in: tree.bytes, at: key) : nil
        if let cardKey = lastKey {
            let bit = UInt32(1) << cardKey.rawValue
            guard seenCardKeys & bit == 0 else { return false }
            seenCardKeys |= bit
            return true
        }
        if otherCount < 16 {
            var child = mapping + 1
            while child < tree.nodes.count {
                if tree.nodes[child].keyCode == ScannedTree.unknownKey && isSame(child, bytes, in: tree) { return false }
                child = Int(tree.nodes[child].next)
            }
        } else {
            if hashed.isEmpty {
                var child = mapping + 1
                while child < tree.nodes.count {
                    if tree.nodes[child].keyCode == ScannedTree.unknownKey { hashed.insert(tree.key(child)) }
                    child = Int(tree.nodes[child].next)
                }
            }
            guard hashed.insert(String(decoding: bytes, as: UTF8.self)).inserted else { return false }
        }
        otherCount += 1
        return true
    }

    private func isSame(_ child: Int, _ bytes: UnsafeBufferPointer<UInt8>, in tree: ScannedTree) -> Bool {
        let other = tree.keyBytes(child)
        if lastWasASCII && tree.nodes[child].keyIsASCII {
            guard other.count == bytes.count else { return false }
            return memcmp(other.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        }
        return String(decoding: other, as: UTF8.self) == String(decoding: bytes, as: UTF8.self)
    }
}
