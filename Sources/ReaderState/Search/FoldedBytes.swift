/// A growable byte buffer that folding writes through a pointer. Folding emits one byte
/// per input byte, and `Array.append`'s uniqueness and capacity checks on every byte cost
/// more than the folding itself; here the capacity is checked once per run of text.
/// Unchecked Sendable: one task fills it, and once handed on it is only read.
final class FoldedBytes: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `extra` more bytes, so that many unchecked appends are safe.
    func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let grown = max(capacity * 2, count + extra)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }

    /// Appends without a capacity check: only after `reserve` made room.
    @inline(__always)
    func appendReserved(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    func append(_ byte: UInt8) {
        reserve(1)
        appendReserved(byte)
    }

    func append<Bytes: Collection<UInt8>>(contentsOf bytes: Bytes) {
        reserve(bytes.count)
        for byte in bytes { appendReserved(byte) }
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    var array: [UInt8] { Array(bytes) }
}
