/// A map from 32-bit term hashes to counts or positions: open addressing in two flat
/// arrays, because the similarity passes make tens of millions of lookups and a
/// `Dictionary` of boxed entries costs several times as much per lookup and per entry.
struct TermTable {
    private(set) var keys: [UInt32]
    private(set) var values: [Int32]
    private(set) var count = 0
    private var mask: Int

    /// Key 0 marks an empty slot, so a real hash of 0 is stored as 1.
    static func key(_ hash: UInt32) -> UInt32 { hash == 0 ? 1 : hash }

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt32](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// A table from its stored arrays, when they make one: a power-of-two size, at most
    /// half full, every key where probing finds it.
    init?(keys: [UInt32], values: [Int32]) {
        guard keys.count >= 16, keys.count & (keys.count - 1) == 0, values.count == keys.count else { return nil }
        self.keys = keys
        self.values = values
        mask = keys.count - 1
        count = keys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) }
        guard count * 2 <= keys.count, keys.allSatisfy({ $0 == 0 || slot($0) >= 0 && self.keys[slot($0)] == $0 }) else { return nil }
    }

    /// The slot of `key`: where it is, or where it would go.
    @inline(__always)
    private func slot(_ key: UInt32) -> Int {
        var slot = Int(truncatingIfNeeded: key &* 0x9E37_79B1) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    func value(_ hash: UInt32) -> Int32? {
        let key = Self.key(hash)
        let slot = slot(key)
        return keys[slot] == key ? values[slot] : nil
    }

    /// Adds `amount` to the value of `hash` (0 when new) and returns the new value.
    @discardableResult
    mutating func add(_ hash: UInt32, _ amount: Int32 = 1) -> Int32 {
        let key = Self.key(hash)
        var slot = slot(key)
        if keys[slot] == 0 {
            if (count + 1) * 2 > keys.count {
                grow()
                slot = self.slot(key)
            }
            keys[slot] = key
            count += 1
        }
        values[slot] += amount
        return values[slot]
    }

    mutating func set(_ hash: UInt32, _ value: Int32) {
        let key = Self.key(hash)
        if self.value(hash) == nil { add(hash, 0) }
        values[slot(key)] = value
    }

    /// Every entry, in no order.
    func forEach(_ body: (UInt32, Int32) -> Void) {
        for slot in keys.indices where keys[slot] != 0 { body(keys[slot], values[slot]) }
    }

    private mutating func grow() {
        let old = (keys, values)
        keys = [UInt32](repeating: 0, count: old.0.count * 2)
        values = [Int32](repeating: 0, count: old.0.count * 2)
        mask = keys.count - 1
        for slot in old.0.indices where old.0[slot] != 0 {
            let target = self.slot(old.0[slot])
            keys[target] = old.0[slot]
            values[target] = old.1[slot]
        }
    }
}
