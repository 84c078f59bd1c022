/// Reads a file's front matter by each of the two paths separately, so tests can hold the
/// fast scanner to Yams' answers and benchmarks can time each path.
public enum FrontMatterProbe {
    /// The tree the fast scanner reads, or nil when it defers to Yams (or there is no front matter).
    public static func scannerTree(_ bytes: [UInt8]) -> YAMLValue? {
        let file = SourceFile(bytes: bytes)
        guard case .closed(let content, _) = file.frontMatter else { return nil }
        return CardScanner.scan(file, lines: content)
    }

    public static func scannerAccepts(_ bytes: [UInt8]) -> Bool { scannerTree(bytes) != nil }

    /// The tree Yams reads (through the same limits lede applies), or the error message.
    public static func yamsTree(_ bytes: [UInt8]) -> Result<YAMLValue, ProbeError> {
        let file = SourceFile(bytes: bytes)
        guard case .closed(let content, _) = file.frontMatter else { return .failure(ProbeError(message: "no front matter")) }
        let text = file.text(lines: content)
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
