/// A problem found while loading, always naming the file and, when known, the line.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        /// The file could not be loaded.
        case error
        /// The file loaded, but something in it was repaired or ignored.
        case warning
        /// The file was skipped on purpose (binary, say).
        case note
    }

    public var path: String
    public var line: Int?
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int? = nil, severity: Severity = .error, message: String) {
        self.path = path
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// `path:line: message` for errors, `path:line: warning: message` otherwise; sanitised
    /// for the terminal, on one line.
    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        let label = severity == .error ? "" : "\(severity.rawValue): "
        return TextSanitizer.cleanLine("\(place): \(label)\(message)")
    }
}
