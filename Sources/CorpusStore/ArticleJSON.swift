import ArticleParsing
import Foundation

/// One JSON Lines object per article, the shape `lede list --json` prints. Written as
/// bytes by hand: the shape is fixed and small, and this is the hot path of listing a
/// large corpus.
public enum ArticleJSON {
    public static func line(for index: Int, in corpus: Corpus) -> String {
        var bytes: [UInt8] = []
        append(index, in: corpus, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the object for article `index`, without a line break, from its row alone.
    public static func append(_ index: Int, in corpus: Corpus, to out: inout [UInt8]) {
        let table = corpus.table
        let row = table.rows[index]
        let segment = table.segments[Int(row.segment)]
        func text(_ name: StaticString, _ ref: TextRef, in source: Segment? = nil, cold: Bool = false, first: Bool = false) {
            if !first { out.append(0x2C) }
            key(&out, name)
            if ref.isNone {
                raw(&out, "null")
            } else if cold {
                coldBytes(&out, segment, ref)
            } else {
                bytes(&out, source ?? segment, ref)
            }
        }
        out.append(0x7B)
        text("path", row.path, first: true)
        text("id", row.id)
        field(&out, "format", row.format == 0 ? ArticleFormat.card.rawValue : ArticleFormat.plainText.rawValue)
        text("title", row.title)
        text("date", row.dateText)
        text("provider", row.providerName.isNone ? row.providerDomain : row.providerName)
        text("url", row.webURL, cold: true)
        raw(&out, ",\"topics\":[")
        for (position, topic) in table.topics[row.topics.range].enumerated() {
            if position > 0 { out.append(0x2C) }
            bytes(&out, segment, topic)
        }
        raw(&out, "],\"related\":[")
        for (position, item) in table.related[row.related.range].enumerated() {
            if position > 0 { out.append(0x2C) }
            out.append(0x7B)
            text("title", item.title, cold: true, first: true)
            text("url", item.webURL, cold: true)
            if item.target >= 0 {
                // The target's path lives in the target's own segment.
                text("resolved", table.rows[Int(item.target)].path, in: table.segment(of: Int(item.target)))
            } else {
                text("resolved", .none)
            }
            out.append(0x7D)
        }
        out.append(0x5D)
        if let stories = corpus.stories { appendStory(index, stories, in: table, to: &out) }
        out.append(0x7D)
    }

    /// `story` (the id every article of its story shares, null when alone) and `similar`
    /// (the nearest articles, best first, with their cosine).
    private static func appendStory(_ index: Int, _ stories: StoryIndex, in table: CorpusTable, to out: inout [UInt8]) {
        raw(&out, ",\"story\":")
        if let story = stories.story(of: index) { string(&out, story.id) } else { raw(&out, "null") }
        raw(&out, ",\"similar\":[")
        for (position, similar) in stories.similar(to: index).enumerated() {
            if position > 0 { out.append(0x2C) }
            raw(&out, "{\"path\":")
            bytes(&out, table.segment(of: similar.article), table.rows[similar.article].path)
            raw(&out, ",\"score\":")
            out.append(contentsOf: String(format: "%.3f", similar.score).utf8)
            out.append(0x7D)
        }
        out.append(0x5D)
    }

    /// The full article, for `lede export --format json`: everything but the opaque
    /// `secured`, read again from its file.
    public static func appendFull(_ index: Int, in corpus: Corpus, to out: inout [UInt8]) {
        let article = corpus.article(index)
        append(index, in: corpus, to: &out)
        out.removeLast()
        field(&out, "excerpt", article.excerpt)
        field(&out, "providerDomain", article.provider?.domain)
        field(&out, "ampUrl", article.urls.amp)
        field(&out, "originalUrl", article.urls.original)
        strings(&out, "body", article.body)
        strings(&out, "backlinks", corpus.backlinks[index].map { corpus.articles[$0].path })
        out.append(0x7D)
    }

    private static func key(_ out: inout [UInt8], _ name: StaticString) {
        out.append(0x22)
        raw(&out, name)
        raw(&out, "\":")
    }

    /// Text from an arena as a JSON string: printable ASCII straight from the bytes, else
    /// through the sanitiser first (the arena may come from an untrusted snapshot).
    private static func bytes(_ out: inout [UInt8], _ segment: Segment, _ ref: TextRef) {
        if !appendPlain(&out, segment.bytes(ref)) { string(&out, segment.string(ref) ?? "") }
    }

    private static func coldBytes(_ out: inout [UInt8], _ segment: Segment, _ ref: TextRef) {
        let source = segment.cold.bytes(ref)
        let plain = source.withUnsafeBufferPointer { appendPlain(&out, $0) }
        if !plain { string(&out, segment.coldString(ref) ?? "") }
    }

    /// Appends `source` as a JSON string when it is printable ASCII (nearly all text);
    /// false, appending nothing, when it is not.
    private static func appendPlain(_ out: inout [UInt8], _ source: UnsafeBufferPointer<UInt8>) -> Bool {
        var quotes = 0
        if !JSONBytes.isPlainWithoutQuotes(source) {
            for byte in source {
                guard byte >= 0x20 && byte < 0x7F else { return false }
                if byte == 0x22 || byte == 0x5C { quotes += 1 }
            }
        }
        out.append(0x22)
        if quotes == 0 {
            out.append(contentsOf: source)
        } else {
            for byte in source {
                if byte == 0x22 || byte == 0x5C { out.append(0x5C) }
                out.append(byte)
            }
        }
        out.append(0x22)
        return true
    }

    /// `,"name":["…","…"]`.
    private static func strings(_ out: inout [UInt8], _ name: StaticString, _ values: [String]) {
        raw(&out, ",\"")
        raw(&out, name)
        raw(&out, "\":[")
        for (position, value) in values.enumerated() {
            if position > 0 { out.append(0x2C) }
            string(&out, value)
        }
        out.append(0x5D)
    }

    private static func raw(_ out: inout [UInt8], _ text: StaticString) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private static func field(_ out: inout [UInt8], _ name: StaticString, _ value: String?, first: Bool = false) {
        if !first { out.append(0x2C) }
        out.append(0x22)
        raw(&out, name)
        raw(&out, "\":")
        if let value { string(&out, value) } else { raw(&out, "null") }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `value` as a JSON string.
    public static func appendString(_ value: String, to out: inout [UInt8]) { string(&out, value) }

    /// A JSON string; controls are escaped even though the sanitiser already removed them,
    /// so the output stays valid JSON whatever reaches it.
    static func string(_ out: inout [UInt8], _ value: String) {
        out.append(0x22)
        var value = value
        value.withUTF8 { bytes in
            // Copy runs that need no escaping in one go; escape the rare byte that does.
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                escape(byte, into: &out)
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(0x22)
    }

    private static func escape(_ byte: UInt8, into out: inout [UInt8]) {
        switch byte {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
        case 0x09: out.append(contentsOf: [0x5C, 0x74])
        case 0x0D: out.append(contentsOf: [0x5C, 0x72])
        default: out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
        }
    }

    /// JSON Lines for `indices`, made on every core a window at a time, handed to `write`
    /// in order: listing 100,000 articles neither waits on one core nor holds it all in memory.
    public static func lines(_ indices: [Int], in corpus: Corpus, write: ([UInt8]) -> Void) {
        // Every object needs the cold text: read it whole once, not a field at a time.
        let corpus = indices.count > 64 ? corpus.withColdTextInMemory() : corpus
        // Every object lists its similar articles: found for all at once, on every core.
        corpus.stories?.prepareSimilar(indices)
        let window = 4096
        let chunk = 256
        // One buffer per chunk of a window, kept from window to window: new memory for
        // every chunk cost more in page faults than the writing itself.
        let buffers = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: window / chunk)
        buffers.initialize(repeating: [])
        defer { buffers.deinitialize().deallocate() }
        let slots = SendablePointer(buffers.baseAddress!)
        var start = 0
        while start < indices.count {
            let (first, end) = (start, min(indices.count, start + window))
            let chunks = (end - first + chunk - 1) / chunk
            DispatchQueue.concurrentPerform(iterations: chunks) { part in
                slots.pointer[part].removeAll(keepingCapacity: true)
                for position in (first + part * chunk)..<min(end, first + (part + 1) * chunk) {
                    append(indices[position], in: corpus, to: &slots.pointer[part])
                    slots.pointer[part].append(0x0A)
                }
            }
            for part in 0..<chunks { write(buffers[part]) }
            start = end
        }
    }
}

/// Whether text can go into JSON as it is, eight bytes at a time.
enum JSONBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// True when every byte is printable ASCII other than `"` and `\`: the common case, in
    /// which a string is copied whole. False says only "look byte by byte".
    static func isPlainWithoutQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            if !isPlain(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return false }
            offset += 8
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x5C { return false }
            offset += 1
        }
        return true
    }

    @inline(__always)
    private static func isPlain(_ word: UInt64) -> Bool {
        // Any byte with its high bit set, below 0x20, or equal to 0x7F, `"` or `\`.
        let below = (word &- ones &* 0x20) & ~word & highs
        func has(_ byte: UInt64) -> UInt64 {
            let diff = word ^ (ones &* byte)
            return (diff &- ones) & ~diff & highs
        }
        return (word & highs) | below | has(0x7F) | has(0x22) | has(0x5C) == 0
    }
}
