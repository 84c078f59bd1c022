/// A growable byte buffer written through a pointer. Folding and the corpus arenas emit
/// bytes one at a time, and `Array.append`'s uniqueness and capacity checks on every byte
/// cost more than the work itself; here the capacity is checked once per run of text.
///
/// Unchecked Sendable: one task fills it, and once handed on it is only read. Readers may
/// keep pointers into it only after the writer is done (growing moves the storage).
public final class ByteBuffer: @unchecked Sendable {
    public private(set) var base: UnsafeMutablePointer<UInt8>
    public private(set) var count = 0
    private var capacity: Int

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `extra` more bytes, so that many unchecked appends are safe.
    @inline(__always)
    public func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        grow(to: max(capacity * 2, count + extra))
    }

    private func grow(to size: Int) {
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = size
    }

    /// Appends without a capacity check: only after `reserve` made room.
    @inline(__always)
    public func appendReserved(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    public func append(_ byte: UInt8) {
        reserve(1)
        appendReserved(byte)
    }

    public func append<Bytes: Collection<UInt8>>(contentsOf bytes: Bytes) {
        reserve(bytes.count)
        for byte in bytes { appendReserved(byte) }
    }

    public func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        count += bytes.count
    }

    /// Appends `length` bytes the caller writes in place, e.g. straight from a file.
    public func appendUninitialized(_ length: Int, fill: (UnsafeMutableRawBufferPointer) -> Bool) -> Bool {
        reserve(length)
        guard fill(UnsafeMutableRawBufferPointer(start: base + count, count: length)) else { return false }
        count += length
        return true
    }

    /// Forgets the bytes from `length` on (what was written last and is not wanted).
    public func truncate(to length: Int) {
        count = min(count, max(0, length))
    }

    /// Gives back memory reserved beyond what was written, once writing is done.
    public func trim() {
        if capacity > count + 4096 { grow(to: max(count, 16)) }
    }

    public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    public var array: [UInt8] { Array(bytes) }
}
