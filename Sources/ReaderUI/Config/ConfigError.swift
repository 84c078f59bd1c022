import ArticleParsing

/// A problem in a theme or config file: which file, which line, what was expected.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        TextSanitizer.cleanLine(line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)")
    }
}

/// Finds the line a TOML table or key sits on; TOMLKit reports positions only for syntax errors.
struct TOMLLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The line of `[table]` (dotted names may be quoted), or of `key =` inside it.
    func line(table: String?, key: String? = nil) -> Int? {
        var inTable = table == nil
        for (offset, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let name = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).replacingOccurrences(of: "\"", with: "")
                    .replacingOccurrences(of: " ", with: "")
                inTable = name == table
                if inTable && key == nil { return offset + 1 }
                continue
            }
            if inTable, let key, line.hasPrefix(key), line.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") {
                return offset + 1
            }
        }
        return nil
    }
}

import Foundation
