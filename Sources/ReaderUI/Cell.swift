import Foundation

/// One terminal cell: the glyph drawn there and its role.
///
/// A plain 8-byte value, so clearing and diffing a 200×60 grid are memory sweeps with no
/// reference counting. The glyph is stored as its scalar when it is a single scalar (all
/// of ASCII, CJK and the kept emoji), else as an id into a process-wide table of the few
/// multi-scalar glyphs (combining marks, flags drawn as letters).
///
/// A glyph `width` columns wide lives in its first cell; the cells it covers to the right
/// hold `width == 0` and no text, so nothing can be drawn into half of it.
public struct Cell: Hashable, Sendable {
    /// A Unicode scalar value, or `Cell.clusterBase` + an id in `GlyphTable`.
    let code: UInt32
    public var role: Role
    /// Columns the glyph takes: 1, 2 for wide glyphs, 0 for the cells it covers.
    public let width: UInt8

    static let clusterBase: UInt32 = 0x110000

    public init(_ text: String, role: Role = .plain, width: UInt8 = 1) {
        self.init(code: Cell.code(for: text), role: role, width: width)
    }

    init(code: UInt32, role: Role, width: UInt8) {
        self.code = code
        self.role = role
        self.width = width
    }

    /// The glyph's text; empty for a covered cell.
    public var text: String {
        if width == 0 { return "" }
        if code < Cell.clusterBase, let scalar = Unicode.Scalar(code) { return String(Character(scalar)) }
        return GlyphTable.shared.text(for: code - Cell.clusterBase)
    }

    public static let blank = Cell(code: 0x20, role: .plain, width: 1)

    static func covered(role: Role) -> Cell { Cell(code: 0, role: role, width: 0) }

    /// The code for a glyph's text: its scalar when it has one, else an interned id.
    static func code(for text: String) -> UInt32 {
        let scalars = text.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex { return first.value }
        if text.isEmpty { return 0 }
        return clusterBase + GlyphTable.shared.id(for: text)
    }
}

/// Interned multi-scalar glyphs. Few distinct ones ever appear, so the table stays small;
/// a lock keeps it usable from any thread.
final class GlyphTable: @unchecked Sendable {
    static let shared = GlyphTable()
    private let lock = NSLock()
    private var texts: [String] = []
    private var ids: [String: UInt32] = [:]

    func id(for text: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[text] { return id }
        let id = UInt32(texts.count)
        texts.append(text)
        ids[text] = id
        return id
    }

    func text(for id: UInt32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return texts.indices.contains(Int(id)) ? texts[Int(id)] : "?"
    }
}
