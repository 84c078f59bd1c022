// libFuzzer entry for the snapshot reader; built and run by `.ci/fuzz`, not by SwiftPM.
// The first byte of an input says whether to reseal it (recompute every checksum, as a
// hostile writer would) before reading, so the checks behind the checksums are reached
// too. Whatever the bytes, reading must end in a table or a refusal, and every text a
// table gives must be free of terminal controls.
import ArticleParsing
@testable import CorpusStore
import Foundation

private let path = NSTemporaryDirectory() + "lede-snapshot-fuzz-\(getpid()).lede"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    var bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    if data[0] & 1 == 1 { reseal(&bytes) }
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    guard let roots = try? SnapshotReader.roots(path: path), let table = try? SnapshotReader.read(path: path, roots: roots) else {
        return 0
    }
    // The snapshot's stories when they check out, else worked out from its rows.
    let corpus = Corpus(name: "fuzz", table: table, walkDiagnostics: []).withStories()
    if let stories = corpus.stories {
        for story in stories.stories where story.articles.contains(where: { !corpus.articles.indices.contains($0) }) {
            fatalError("story \(story.id) names an article the corpus does not have")
        }
        _ = stories.closest(title: "fuzz", excerpt: nil)
    }
    // Related text as search reads it: every run inside its bytes, every id a text.
    let related = corpus.relatedTexts
    related.forEachRun(runBytes: 64) { first, ends, bytes in
        if first + ends.count > related.count || ends.contains(where: { $0 < 0 || $0 >= bytes.count }) {
            fatalError("a related-text run reaches outside its bytes")
        }
    }
    for index in corpus.articles.indices {
        _ = related.contains(article: index) { id in
            if id >= related.count { fatalError("article \(index) names related text \(id) of \(related.count)") }
            return related.text(id).contains(0x0A)
        }
        _ = corpus.stories?.story(of: index)
        _ = corpus.stories?.similar(to: index)
        let article = corpus.articles[index]
        let texts = [article.id, article.path, article.title, article.excerpt ?? "", article.date?.text ?? "",
                     article.provider?.label ?? "", article.webURL ?? "", article.preferredURL ?? "", article.markKey]
            + article.topics + article.relatedItems.map(\.title)
        for text in texts where TextSanitizer.needsCleaning(text) && text.contains(where: { $0 != "\n" && $0.asciiValue.map { $0 < 0x20 } == true }) {
            fatalError("a control character reached the text of article \(index)")
        }
        _ = corpus.folded(index).topics.map(Array.init)
        _ = corpus.relatedTargets[index]
        _ = corpus.backlinks[index]
        _ = ArticleJSON.line(for: index, in: corpus)
        _ = corpus.index(ofPath: article.path)
    }
    _ = corpus.diagnostics.map(\.description)
    return 0
}

/// Recomputes each section's checksum and the header's, when the header still parses.
private func reseal(_ bytes: inout [UInt8]) {
    guard bytes.count >= SnapshotLayout.headerSize else { return }
    var entries: [SnapshotLayout.Entry] = []
    var reader = RecordReader(bytes.withUnsafeBytes { UnsafeRawBufferPointer(rebasing: $0[32..<SnapshotLayout.headerSize - 8]) })
    for _ in SnapshotLayout.Section.allCases {
        guard let offset = try? reader.integer(UInt64.self), let length = try? reader.integer(UInt64.self),
              (try? reader.integer(UInt64.self)) != nil, offset <= UInt64(bytes.count), length <= UInt64(bytes.count) - offset else { return }
        let checksum = bytes.withUnsafeBytes { SnapshotLayout.checksum(UnsafeRawBufferPointer(rebasing: $0[Int(offset)..<Int(offset + length)])) }
        entries.append(.init(offset: offset, length: length, checksum: checksum))
    }
    let kept = Array(bytes[8..<24])
    var header = SnapshotLayout.header(entries: entries, fileLength: UInt64(bytes.count))
    header.replaceSubrange(8..<24, with: kept)
    let checksum = header.withUnsafeBytes { StableHash.of(UnsafeRawBufferPointer(rebasing: $0[0..<SnapshotLayout.headerSize - 8])) }
    withUnsafeBytes(of: checksum.littleEndian) { header.replaceSubrange(SnapshotLayout.headerSize - 8..<SnapshotLayout.headerSize, with: $0) }
    bytes.replaceSubrange(0..<SnapshotLayout.headerSize, with: header)
}
