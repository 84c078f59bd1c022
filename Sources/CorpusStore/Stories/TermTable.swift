/// A map from 32-bit term hashes to counts or positions: open addressing in one flat
/// array of key–value pairs, because the similarity passes make tens of millions of
/// lookups in tables far larger than the cache: a pair in one word is one miss, where
/// separate key and value arrays (or a `Dictionary`) cost two or more.
struct TermTable {
    /// Key in the low 32 bits, value in the high 32; 0 is an empty slot.
    private var slots: [UInt64]
    private(set) var count = 0
    private var mask: Int

    /// Key 0 marks an empty slot, so a real hash of 0 is stored as 1.
    static func key(_ hash: UInt32) -> UInt32 { hash == 0 ? 1 : hash }

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// A table from its stored columns, when they make one: a power-of-two size, at most
    /// half full, every key where probing finds it.
    init?(keys: [UInt32], values: [Int32]) {
        guard keys.count >= 16, keys.count & (keys.count - 1) == 0, values.count == keys.count else { return nil }
        slots = zip(keys, values).map { UInt64($0) | UInt64(UInt32(bitPattern: $1)) << 32 }
        mask = keys.count - 1
        count = keys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) }
        guard count * 2 <= keys.count,
              keys.indices.allSatisfy({ keys[$0] == 0 || slot(keys[$0]) == $0 }) else { return nil }
    }

    /// The keys and values as two columns, slot by slot (for the snapshot).
    var keys: [UInt32] { slots.map { UInt32(truncatingIfNeeded: $0) } }
    var values: [Int32] { slots.map { Int32(bitPattern: UInt32(truncatingIfNeeded: $0 >> 32)) } }

    /// The slot of `key`: where it is, or where it would go.
    @inline(__always)
    private func slot(_ key: UInt32) -> Int {
        var slot = Int(truncatingIfNeeded: key &* 0x9E37_79B1) & mask
        while true {
            let stored = UInt32(truncatingIfNeeded: slots[slot])
            if stored == 0 || stored == key { return slot }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func value(_ hash: UInt32) -> Int32? {
        let key = Self.key(hash)
        let entry = slots[slot(key)]
        return UInt32(truncatingIfNeeded: entry) == key ? Int32(bitPattern: UInt32(truncatingIfNeeded: entry >> 32)) : nil
    }

    /// Adds `amount` to the value of `hash` (0 when new) and returns the new value.
    @discardableResult
    mutating func add(_ hash: UInt32, _ amount: Int32 = 1) -> Int32 {
        let slot = claim(hash)
        let value = Int32(bitPattern: UInt32(truncatingIfNeeded: slots[slot] >> 32)) &+ amount
        slots[slot] = UInt64(Self.key(hash)) | UInt64(UInt32(bitPattern: value)) << 32
        return value
    }

    mutating func set(_ hash: UInt32, _ value: Int32) {
        slots[claim(hash)] = UInt64(Self.key(hash)) | UInt64(UInt32(bitPattern: value)) << 32
    }

    /// The slot of `hash`, counted in (the table grown first if need be) when it is new.
    private mutating func claim(_ hash: UInt32) -> Int {
        let key = Self.key(hash)
        var slot = slot(key)
        if slots[slot] == 0 {
            if (count + 1) * 2 > slots.count {
                grow()
                slot = self.slot(key)
            }
            count += 1
        }
        return slot
    }

    /// Every entry, in no order.
    func forEach(_ body: (UInt32, Int32) -> Void) {
        for entry in slots where entry != 0 {
            body(UInt32(truncatingIfNeeded: entry), Int32(bitPattern: UInt32(truncatingIfNeeded: entry >> 32)))
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry != 0 { slots[slot(UInt32(truncatingIfNeeded: entry))] = entry }
    }
}
