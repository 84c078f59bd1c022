import Foundation

/// Generates corpora of invented news articles for tests and benchmarks: deterministic for
/// a seed, in both of lede's formats, with related links that resolve as real ones do.
public struct CorpusGenerator: Sendable {
    public let seed: UInt64

    /// Files per subfolder, so large corpora look like the dumps they stand in for.
    public static let filesPerFolder = 1000

    // Random streams of their own, so file layout never shifts article content.
    private static let formatStream: UInt64 = 0xF0_57A7
    private static let fileNameStream: UInt64 = 0xF11E_4A3E

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// Article `index` as a news card with YAML front matter.
    public func cardText(index: Int) -> String {
        CardWriter(seed: seed).text(index: index)
    }

    /// Article `index` in the plain-text format.
    public func plainText(index: Int) -> String {
        PlainTextWriter(seed: seed).text(index: index)
    }

    /// The title article `index` carries, in whichever format it is written.
    public func title(index: Int) -> String {
        ArticleIdentity(seed: seed, index: index).title
    }

    /// Whether `write` writes article `index` as plain text for this share.
    public func isPlainText(index: Int, plainTextShare: Double) -> Bool {
        var rng = SplitMix64(seed: seed, index: index, stream: CorpusGenerator.formatStream)
        return rng.unit() < plainTextShare
    }

    /// Path of article `index` under the folder `write` is given.
    public func relativePath(index: Int, plainTextShare: Double = 0.1) -> String {
        let plain = isPlainText(index: index, plainTextShare: plainTextShare)
        var rng = SplitMix64(seed: seed, index: index, stream: CorpusGenerator.fileNameStream)
        let tag = String(rng.next(), radix: 16)
        let number = String(index)
        let padded = String(repeating: "0", count: max(0, 6 - number.count)) + number
        // Real dumps hold cards in .txt files as often as .md, so both appear.
        let fileExtension = plain || rng.chance(0.7) ? "txt" : "md"
        return "part-\(index / CorpusGenerator.filesPerFolder)/\(padded)_\(tag).\(fileExtension)"
    }

    /// Writes articles `0..<count` under `folder`, creating it and its subfolders. Files are
    /// written from every core: creating many small files is slow on most file systems.
    public func write(count: Int, to folder: URL, plainTextShare: Double = 0.1) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let folders = (count + CorpusGenerator.filesPerFolder - 1) / CorpusGenerator.filesPerFolder
        for part in 0..<folders {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("part-\(part)"),
                                                    withIntermediateDirectories: true)
        }
        let chunkSize = 64
        let failures = FirstFailure()
        DispatchQueue.concurrentPerform(iterations: (count + chunkSize - 1) / chunkSize) { chunk in
            for index in (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize) where !failures.isSet {
                let plain = isPlainText(index: index, plainTextShare: plainTextShare)
                let path = folder.path + "/" + relativePath(index: index, plainTextShare: plainTextShare)
                do {
                    try FileWriter.write(plain ? plainText(index: index) : cardText(index: index), to: path)
                } catch {
                    failures.record(error)
                }
            }
        }
        if let error = failures.error { throw error }
    }
}

/// The first error any writer thread met; the others stop at their next file.
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?

    var isSet: Bool { error != nil }

    var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func record(_ error: Error) {
        lock.lock()
        if stored == nil { stored = error }
        lock.unlock()
    }
}
