import ArticleParsing
import Foundation

/// Where one article's folded text lies. The pointers lead into buffers the search index
/// keeps alive and never changes once built, which is what makes sharing them safe.
struct FoldedSpan: @unchecked Sendable {
    fileprivate let text: UnsafePointer<UInt8>
    fileprivate let titleLength: Int
    fileprivate let textLength: Int
    fileprivate let labels: UnsafePointer<UInt8>
    fileprivate let providerLength: Int
    fileprivate let labelLength: Int

    /// Folded title.
    var title: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: text, count: titleLength) }
    /// Folded excerpt, provider, topics and body, each after a newline.
    var rest: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: text + titleLength, count: textLength - titleLength) }
    /// Folded provider name and domain, one space between them.
    var provider: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: labels, count: providerLength) }
    /// Each topic folded on its own.
    var topics: some Sequence<Slice<UnsafeBufferPointer<UInt8>>> {
        UnsafeBufferPointer(start: labels + providerLength, count: labelLength - providerLength)
            .split(separator: 0x0A, omittingEmptySubsequences: false).dropFirst()
    }
}

/// One block of articles folded for searching: their text (title, then the other fields
/// each after a newline, so no phrase matches across two of them) and their labels
/// (provider, then each topic after a newline).
struct FoldedBlock {
    // Private so nothing can append once the spans point into them.
    private let text: FoldedBytes
    private let labels: FoldedBytes
    private(set) var spans: [FoldedSpan] = []
    private(set) var instants: [Date?] = []

    /// The buffers the spans point into, for the index to keep alive.
    var storage: [AnyObject & Sendable] { [text, labels] }
    /// Bytes of folded text.
    var textCount: Int { text.count }

    /// Fields are read through the array: passing an article along copies all its fields.
    init(_ articles: [Article], _ range: Range<Int>) {
        // Folding never writes more than 1.5 bytes per byte read, and hardly ever more
        // than one, so sizing by the input makes growing (and copying) rare.
        var size = 0
        for position in range { Self.forEachField(articles, position) { size += $0.utf8.count + 1 } }
        text = FoldedBytes(capacity: size + 16)
        labels = FoldedBytes(capacity: range.count * 48)
        var offsets: [(text: Int, title: Int, labels: Int, provider: Int)] = []
        offsets.reserveCapacity(range.count)
        instants.reserveCapacity(range.count)
        for position in range {
            let start = text.count
            var titleEnd: Int?
            Self.forEachField(articles, position) { field in
                if titleEnd != nil { text.append(0x0A) }
                TextFolding.fold(field, into: text, floor: start)
                if titleEnd == nil { titleEnd = text.count }
            }
            let labelStart = labels.count
            if let provider = articles[position].provider {
                TextFolding.fold([provider.name, provider.domain].compactMap { $0 }.joined(separator: " "), into: labels, floor: labelStart)
            }
            let providerEnd = labels.count
            for topic in articles[position].topics {
                labels.append(0x0A)
                TextFolding.fold(topic, into: labels, floor: labels.count)
            }
            offsets.append((start, titleEnd! - start, labelStart, providerEnd - labelStart))
            instants.append(articles[position].date?.instant)
        }
        // Only now, with the buffers done growing, do their addresses hold still.
        let ends = offsets.dropFirst().map { ($0.text, $0.labels) } + [(text.count, labels.count)]
        spans = zip(offsets, ends).map { offset, end in
            FoldedSpan(text: UnsafePointer(text.base + offset.text), titleLength: offset.title, textLength: end.0 - offset.text,
                       labels: UnsafePointer(labels.base + offset.labels), providerLength: offset.provider, labelLength: end.1 - offset.labels)
        }
    }

    /// The searched fields of one article, title first.
    private static func forEachField(_ articles: [Article], _ position: Int, _ body: (String) -> Void) {
        body(articles[position].title)
        if let excerpt = articles[position].excerpt { body(excerpt) }
        if let name = articles[position].provider?.name { body(name) }
        if let domain = articles[position].provider?.domain { body(domain) }
        for topic in articles[position].topics { body(topic) }
        for paragraph in articles[position].body { body(paragraph) }
    }
}
