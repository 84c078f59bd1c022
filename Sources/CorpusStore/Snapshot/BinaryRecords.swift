import ArticleParsing

/// Little-endian integers and length-prefixed strings, for the small variable-length parts
/// of a snapshot (its roots, failed files, diagnostics). The reader checks every length
/// against what is left, so a hostile file can only make it fail, never overrun.
struct RecordWriter {
    private(set) var bytes: [UInt8] = []

    mutating func integer<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        integer(UInt32(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    mutating func identity(_ value: FileIdentity) {
        integer(value.size)
        integer(value.modified)
        integer(value.inode)
    }
}

struct RecordReader {
    struct Malformed: Error {}

    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func integer<Value: FixedWidthInteger>(_: Value.Type = Value.self) throws -> Value {
        let size = MemoryLayout<Value>.size
        guard bytes.count - offset >= size else { throw Malformed() }
        defer { offset += size }
        return Value(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Value.self))
    }

    mutating func string() throws -> String {
        let length = Int(try integer(UInt32.self))
        guard bytes.count - offset >= length else { throw Malformed() }
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
    }

    mutating func identity() throws -> FileIdentity {
        FileIdentity(size: try integer(), modified: try integer(), inode: try integer())
    }

    /// A count of records that each take at least `minimumSize` bytes: refused when the
    /// rest of the data could not hold that many, so no huge allocation is attempted.
    mutating func count(minimumSize: Int) throws -> Int {
        let count = Int(try integer(UInt32.self))
        guard count <= (bytes.count - offset) / max(1, minimumSize) else { throw Malformed() }
        return count
    }
}

/// The failed files and every file's diagnostics, as one section.
enum FileRecords {
    static func encode(failed: [FailedFile], diagnostics: [Diagnostic]) -> [UInt8] {
        var writer = RecordWriter()
        writer.integer(UInt32(failed.count))
        for failure in failed {
            writer.string(failure.path)
            writer.string(failure.id)
            writer.identity(failure.identity)
        }
        writer.integer(UInt32(diagnostics.count))
        for diagnostic in diagnostics {
            writer.string(diagnostic.path)
            writer.integer(Int64(diagnostic.line ?? -1))
            writer.integer(UInt8(diagnostic.severity == .error ? 0 : diagnostic.severity == .warning ? 1 : 2))
            writer.string(diagnostic.message)
        }
        return writer.bytes
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) throws -> (failed: [FailedFile], diagnostics: [Diagnostic]) {
        var reader = RecordReader(bytes)
        var failed: [FailedFile] = []
        for _ in 0..<(try reader.count(minimumSize: 32)) {
            failed.append(FailedFile(path: try reader.string(), id: try reader.string(), identity: try reader.identity()))
        }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try reader.count(minimumSize: 17)) {
            let path = try reader.string()
            let line = try reader.integer(Int64.self)
            let severity: Diagnostic.Severity
            switch try reader.integer(UInt8.self) {
            case 0: severity = .error
            case 1: severity = .warning
            case 2: severity = .note
            default: throw RecordReader.Malformed()
            }
            let lineNumber = line >= 0 && line <= Int64(Int32.max) ? Int(line) : nil
            diagnostics.append(Diagnostic(path: path, line: lineNumber, severity: severity, message: try reader.string()))
        }
        guard reader.isAtEnd else { throw RecordReader.Malformed() }
        return (failed, diagnostics)
    }
}
