/// One article's terms and their counts while it is scanned: an open-addressing table
/// that remembers which slots it used, so emptying it for the next article and visiting
/// its entries cost what the article has, not what the table holds. (Clearing a whole
/// table per article was most of the time of a pass over 100,000 articles.)
struct TermScratch {
    private var keys: [UInt32]
    private var values: [Int32]
    private var used: [Int32] = []
    private var mask: Int

    init(capacity: Int = 512) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt32](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
        used.reserveCapacity(capacity)
    }

    var count: Int { used.count }

    /// Adds `amount` to `hash`'s count (0 when new) and returns the new count.
    @discardableResult
    mutating func add(_ hash: UInt32, _ amount: Int32 = 1) -> Int32 {
        let key = TermTable.key(hash)
        var slot = Int(truncatingIfNeeded: key &* 0x9E37_79B1) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 {
            if (used.count + 1) * 2 > keys.count {
                grow()
                return add(hash, amount)
            }
            keys[slot] = key
            used.append(Int32(slot))
        }
        values[slot] += amount
        return values[slot]
    }

    func contains(_ hash: UInt32) -> Bool {
        let key = TermTable.key(hash)
        var slot = Int(truncatingIfNeeded: key &* 0x9E37_79B1) & mask
        while keys[slot] != 0 {
            if keys[slot] == key { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Each term and its count, in the order first added.
    func forEach(_ body: (UInt32, Int32) -> Void) {
        for slot in used { body(keys[Int(slot)], values[Int(slot)]) }
    }

    mutating func reset() {
        for slot in used {
            keys[Int(slot)] = 0
            values[Int(slot)] = 0
        }
        used.removeAll(keepingCapacity: true)
    }

    private mutating func grow() {
        var larger = TermScratch(capacity: keys.count)
        forEach { larger.add($0, $1) }
        self = larger
    }
}
