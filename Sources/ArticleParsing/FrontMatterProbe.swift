/// Reads a file's front matter by each of the two paths separately, so tests can hold the
/// fast scanner to Yams' answers and benchmarks can time each path.
public enum FrontMatterProbe {
    /// The tree the fast scanner reads, or nil when it defers to Yams (or there is no front matter).
    public static func scannerTree(_ bytes: [UInt8]) -> YAMLValue? {
        bytes.withUnsafeBufferPointer { buffer in
            let file = SourceFile(buffer)
            guard let start = file.frontMatterStart, let scanned = CardScanner.scan(file, from: start) else { return nil }
            return scanned.withTree { $0.value($0.root) }
        }
    }

    public static func scannerAccepts(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let file = SourceFile(buffer)
            guard let start = file.frontMatterStart else { return false }
            return CardScanner.scan(file, from: start) != nil
        }
    }

    /// The tree Yams reads (through the same limits lede applies), or the error message.
    public static func yamsTree(_ bytes: [UInt8]) -> Result<YAMLValue, ProbeError> {
        let text = bytes.withUnsafeBufferPointer { buffer -> String? in
            let file = SourceFile(buffer)
            guard case .closed(let content, _) = file.frontMatter else { return nil }
            return file.text(file.contentBytes(content))
        }
        guard let text else { return .failure(ProbeError(message: "no front matter")) }
        do {
            return .success(try YamsReader.read(text))
        } catch {
            return .failure(ProbeError(message: error.message))
        }
    }

    public struct ProbeError: Error, Equatable {
        public var message: String
    }
}
