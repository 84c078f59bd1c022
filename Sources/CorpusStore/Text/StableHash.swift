/// A 64-bit hash that is the same in every run and on every machine (Swift's `Hasher` is
/// seeded per process), for keys and checksums stored in snapshots. Built like xxHash64's
/// rounds: four lanes of multiply–rotate over 8-byte words, then an avalanche, which
/// checksums hundreds of megabytes in tens of milliseconds.
public enum StableHash {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9

    public static func of(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        let count = bytes.count
        var hash = seed &+ prime3 &+ UInt64(count)
        guard let base = bytes.baseAddress, count > 0 else { return avalanche(hash) }
        var offset = 0
        if count >= 32 {
            var lanes = (seed &+ prime1 &+ prime2, seed &+ prime2, seed, seed &- prime1)
            while offset + 32 <= count {
                lanes.0 = round(lanes.0, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                lanes.1 = round(lanes.1, base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                lanes.2 = round(lanes.2, base.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                lanes.3 = round(lanes.3, base.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                offset += 32
            }
            hash ^= rotate(lanes.0, 1) &+ rotate(lanes.1, 7) &+ rotate(lanes.2, 12) &+ rotate(lanes.3, 18)
            hash = hash &* prime1
        }
        while offset + 8 <= count {
            hash = rotate(hash ^ round(0, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)), 27) &* prime1 &+ prime3
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < count {
            tail |= UInt64(base.load(fromByteOffset: offset, as: UInt8.self)) << shift
            shift += 8
            offset += 1
        }
        if shift > 0 { hash = rotate(hash ^ round(0, tail), 23) &* prime2 }
        return avalanche(hash)
    }

    public static func of(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = 0) -> UInt64 {
        of(UnsafeRawBufferPointer(bytes), seed: seed)
    }

    public static func of(_ text: String, seed: UInt64 = 0) -> UInt64 {
        var text = text
        return text.withUTF8 { of($0, seed: seed) }
    }

    /// A key hash: never 0, which rows use for "no key".
    public static func key(_ text: String) -> UInt64 {
        let hash = of(text)
        return hash == 0 ? 1 : hash
    }

    @inline(__always)
    private static func round(_ accumulator: UInt64, _ word: UInt64) -> UInt64 {
        rotate(accumulator &+ word &* prime2, 31) &* prime1
    }

    @inline(__always)
    private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }

    private static func avalanche(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash = hash &* prime2
        hash ^= hash >> 29
        hash = hash &* prime3
        hash ^= hash >> 32
        return hash
    }
}
