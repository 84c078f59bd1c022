/// Where a piece of text lies in its segment's text arena.
public struct TextRef: Hashable, Sendable {
    public var offset: UInt32
    public var length: UInt32

    /// A value the article does not have.
    public static let none = TextRef(offset: .max, length: 0)

    public var isNone: Bool { offset == .max }
}

/// A run of entries in one of the corpus's shared columns (topics, related items, keys).
public struct ColumnRange: Hashable, Sendable {
    public var start: UInt32 = 0
    public var count: UInt32 = 0

    public var range: Range<Int> { Int(start)..<Int(start) + Int(count) }
}

/// What identifies one version of a file: when any of these change, the file is read
/// again. `modified` is in nanoseconds since 1970.
public struct FileIdentity: Hashable, Sendable {
    public var size: UInt64
    public var modified: Int64
    public var inode: UInt64

    public init(size: UInt64, modified: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.inode = inode
    }

    public static let unknown = FileIdentity(size: .max, modified: .min, inode: 0)
}

/// One article as the list, search, facets, sorting and link resolution need it: plain
/// values and references into its segment's arenas, no object of its own. Detail that only
/// the open article needs (body, images, related excerpts, unknown keys) stays in the file;
/// what a full listing needs besides (excerpt, addresses) is cold text, kept in a file too.
///
/// Only trivial fields, so a whole column is written to and read from a snapshot as bytes.
struct ArticleRow: Equatable {
    var segment: UInt32 = 0
    var format: UInt8 = 0
    var path = TextRef.none
    var id = TextRef.none
    var title = TextRef.none
    var dateText = TextRef.none
    var providerName = TextRef.none
    var providerDomain = TextRef.none
    /// In the segment's cold text.
    var excerpt = TextRef.none
    var webURL = TextRef.none
    var preferredURL = TextRef.none
    /// Hash of what read marks and bookmarks are stored under (`ArticleKey`): marks are
    /// matched by it, and the key itself is made again when a mark is set.
    var markKeyHash: UInt64 = 0
    /// Seconds since 2001 (`Date`'s reference), NaN when undated or unparsable.
    var instant: Double = .nan
    /// `Int64.min` when the card has none.
    var quality: Int64 = .min
    var topics = ColumnRange()
    var related = ColumnRange()
    /// Hashes of the article's own normalised URLs, which related links match.
    var urlKeys = ColumnRange()
    /// Hash of the folded title, 0 for none.
    var titleKey: UInt64 = 0
    /// Articles naming this one as related, filled in when the corpus is assembled.
    var backlinks = ColumnRange()
    /// Folded search text in the segment's folded arena: the title, the other fields each
    /// after a newline, then the labels (provider, then each topic after a newline).
    var foldedStart: UInt32 = 0
    var foldedTitleLength: UInt32 = 0
    var foldedTextLength: UInt32 = 0
    var foldedProviderLength: UInt32 = 0
    var foldedLabelsLength: UInt32 = 0
    var identity = FileIdentity.unknown
}

/// One related item of a card: what listing and resolution need; its title and address
/// are cold text.
struct RelatedRow: Equatable {
    var title = TextRef.none
    var webURL = TextRef.none
    /// Hashes of the normalised web, original and AMP addresses (0: none), tried in order.
    var urlKeys: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var titleKey: UInt64 = 0
    /// The corpus article it leads to, or -1 for its own card.
    var target: Int32 = -1

    static func == (left: RelatedRow, right: RelatedRow) -> Bool {
        left.title == right.title && left.webURL == right.webURL && left.urlKeys == right.urlKeys
            && left.titleKey == right.titleKey && left.target == right.target
    }
}

/// A file that gave no article (it failed, or was skipped on purpose), remembered so an
/// unchanged one is not read again and `lede check` still reports it.
public struct FailedFile: Hashable, Sendable {
    public var path: String
    public var id: String
    public var identity: FileIdentity
}
