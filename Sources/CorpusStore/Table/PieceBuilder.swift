import ArticleParsing
import Foundation

/// Turns parsed articles into rows of one segment. A loader worker keeps one per batch of
/// files: the `Article` with all its strings lives only until its row is written.
struct PieceBuilder {
    private let text: ByteBuffer
    private let folded: ByteBuffer
    private let cold: ByteBuffer
    private var relatedTexts: RelatedTextStoreBuilder
    private var piece = TablePiece()

    init(expectedFiles: Int) {
        text = ByteBuffer(capacity: expectedFiles * 320)
        folded = ByteBuffer(capacity: expectedFiles * 640)
        cold = ByteBuffer(capacity: expectedFiles * 1024)
        relatedTexts = RelatedTextStoreBuilder(expectedFiles: expectedFiles)
        piece.rows.reserveCapacity(expectedFiles)
    }

    mutating func add(_ article: Article, identity: FileIdentity, diagnostics: [Diagnostic]) {
        var row = ArticleRow()
        row.format = article.format == .card ? 0 : 1
        row.path = write(article.path)
        row.id = write(article.id)
        row.title = write(article.title)
        row.dateText = write(article.date?.text)
        row.instant = article.date?.instant?.timeIntervalSinceReferenceDate ?? .nan
        row.providerName = write(article.provider?.name)
        row.providerDomain = write(article.provider?.domain)
        row.excerpt = write(article.excerpt, to: cold)
        row.webURL = write(article.urls.web, to: cold)
        row.preferredURL = article.urls.preferred == article.urls.web ? row.webURL : write(article.urls.preferred, to: cold)
        // Each distinct address is normalised once: the web and original ones are often the
        // same, and the preferred one is among them.
        var normalised: [(url: String, key: String?)] = []
        func key(_ url: String?) -> String? {
            guard let url else { return nil }
            if let known = normalised.first(where: { $0.url == url }) { return known.key }
            let key = LinkKeys.url(url)
            normalised.append((url, key))
            return key
        }
        let ownKeys = [article.urls.web, article.urls.original, article.urls.amp, article.urls.cdnAmp].compactMap(key)
        row.markKeyHash = StableHash.key(ArticleKey.key(normalizedURL: key(article.urls.preferred), title: article.title,
                                                        date: article.date?.text, provider: article.provider?.label))
        row.quality = article.quality.map(Int64.init) ?? .min
        row.topics = ColumnRange(start: UInt32(piece.topics.count), count: UInt32(article.topics.count))
        for topic in article.topics { piece.topics.append(write(topic)) }
        row.related = ColumnRange(start: UInt32(piece.related.count), count: UInt32(article.related.count))
        for item in article.related {
            piece.related.append(relatedRow(item))
            piece.relatedTextIds.append(relatedTexts.add(title: item.title, excerpt: item.excerpt))
        }
        row.urlKeys = ColumnRange(start: UInt32(piece.urlKeys.count), count: UInt32(ownKeys.count))
        piece.urlKeys += ownKeys.map(StableHash.key)
        row.titleKey = LinkKeys.title(article.title).map(StableHash.key) ?? 0
        fold(article, into: &row)
        row.identity = identity
        piece.rows.append(row)
        piece.diagnostics += diagnostics
    }

    mutating func addFailure(path: String, id: String, identity: FileIdentity, diagnostics: [Diagnostic]) {
        piece.failed.append(FailedFile(path: path, id: id, identity: identity))
        piece.diagnostics += diagnostics
    }

    /// The piece, its cold text appended to `spill` when one is given (a large load),
    /// else kept in memory.
    consuming func finish(spill: OpenFile? = nil) -> TablePiece {
        text.trim()
        folded.trim()
        // Copied, so the ends kept take no more room than they need.
        let related = RelatedTextStore(arena: Self.stored(relatedTexts.arena, spill: spill), ends: Array(relatedTexts.ends))
        piece.segments = [Segment(text: text, folded: FoldedArena(memory: folded), cold: Self.stored(cold, spill: spill),
                                  relatedTexts: related)]
        return piece
    }

    /// `arena` appended to `spill` when one is given and takes it, else kept in memory.
    private static func stored(_ arena: ByteBuffer, spill: OpenFile?) -> ColdText {
        if let spill, let base = spill.append(UnsafeRawBufferPointer(arena.bytes)) {
            return ColdText(file: spill, base: base, count: arena.count)
        }
        arena.trim()
        return ColdText(memory: arena)
    }

    private func write(_ value: String?, to arena: ByteBuffer? = nil) -> TextRef {
        guard var value else { return .none }
        let arena = arena ?? text
        let start = arena.count
        value.withUTF8 { arena.append(UnsafeRawBufferPointer($0)) }
        return TextRef(offset: UInt32(start), length: UInt32(arena.count - start))
    }

    private func relatedRow(_ item: RelatedItem) -> RelatedRow {
        var row = RelatedRow()
        row.title = write(item.title, to: cold)
        row.webURL = write(item.urls.web, to: cold)
        // The AMP-cache address normalises to the AMP address: only when that is missing.
        let web = item.urls.web.flatMap(LinkKeys.url).map(StableHash.key) ?? 0
        let original = item.urls.original == item.urls.web ? web : item.urls.original.flatMap(LinkKeys.url).map(StableHash.key) ?? 0
        let amp = (item.urls.amp ?? item.urls.cdnAmp).flatMap(LinkKeys.url).map(StableHash.key) ?? 0
        row.urlKeys = (web, original, amp)
        row.titleKey = LinkKeys.title(item.title).map(StableHash.key) ?? 0
        return row
    }

    /// The searched fields, folded: title first, each other field after a newline so no
    /// phrase matches across two of them; then the labels facets and `provider:` match.
    private func fold(_ article: Article, into row: inout ArticleRow) {
        let start = folded.count
        TextFolding.fold(article.title, into: folded, floor: start)
        let titleEnd = folded.count
        func field(_ value: String?) {
            guard let value else { return }
            folded.append(0x0A)
            TextFolding.fold(value, into: folded, floor: start)
        }
        field(article.excerpt)
        field(article.provider?.name)
        field(article.provider?.domain)
        for topic in article.topics { field(topic) }
        for paragraph in article.body { field(paragraph) }
        let labelStart = folded.count
        if let provider = article.provider {
            TextFolding.fold([provider.name, provider.domain].compactMap { $0 }.joined(separator: " "), into: folded, floor: labelStart)
        }
        let providerEnd = folded.count
        for topic in article.topics {
            folded.append(0x0A)
            TextFolding.fold(topic, into: folded, floor: folded.count)
        }
        row.foldedStart = UInt32(start)
        row.foldedTitleLength = UInt32(titleEnd - start)
        row.foldedTextLength = UInt32(labelStart - start)
        row.foldedProviderLength = UInt32(providerEnd - labelStart)
        row.foldedLabelsLength = UInt32(folded.count - labelStart)
    }
}

extension PieceBuilder {
    /// Offsets are 32-bit: a batch whose arenas pass a gigabyte (only files near the size
    /// limit can do that) is finished and a new one begun.
    var isFull: Bool {
        text.count > 1 << 30 || folded.count > 1 << 30 || cold.count > 1 << 30 || relatedTexts.byteCount > 1 << 30
    }
}
