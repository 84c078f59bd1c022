/// One article's terms and their counts while it is scanned: an open-addressing table
/// that remembers which slots it used, so emptying it for the next article and visiting
/// its entries cost what the article has, not what the table holds. (Clearing a whole
/// table per article was most of the time of a pass over 100,000 articles.) Its storage
/// is raw memory, owned by one worker: the passes call it for every word of every
/// article, where array bounds and uniqueness checks were a fifth of the time.
final class TermScratch {
    private var keys: UnsafeMutablePointer<UInt32>
    private var values: UnsafeMutablePointer<Int32>
    private var used: UnsafeMutablePointer<Int32>
    private(set) var count = 0
    private var size: Int

    init(capacity: Int = 512) {
        size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = .allocate(capacity: size)
        keys.initialize(repeating: 0, count: size)
        values = .allocate(capacity: size)
        values.initialize(repeating: 0, count: size)
        used = .allocate(capacity: size / 2)
    }

    deinit {
        keys.deallocate()
        values.deallocate()
        used.deallocate()
    }

    /// Adds `amount` to `hash`'s count (0 when new) and returns the new count.
    @discardableResult @inline(__always)
    func add(_ hash: UInt32, _ amount: Int32 = 1) -> Int32 {
        let key = TermTable.key(hash)
        let mask = size - 1
        var slot = Int(truncatingIfNeeded: key &* 0x9E37_79B1) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 {
            if (count + 1) * 2 > size {
                grow()
                return add(hash, amount)
            }
            keys[slot] = key
            used[count] = Int32(slot)
            count += 1
        }
        values[slot] += amount
        return values[slot]
    }

    /// Each term and its count, in the order first added.
    @inline(__always)
    func forEach(_ body: (UInt32, Int32) -> Void) {
        for position in 0..<count {
            let slot = Int(used[position])
            body(keys[slot], values[slot])
        }
    }

    func reset() {
        for position in 0..<count {
            let slot = Int(used[position])
            keys[slot] = 0
            values[slot] = 0
        }
        count = 0
    }

    /// Doubles the table, keeping every entry and the order they came in.
    private func grow() {
        let (oldKeys, oldValues, oldUsed, oldCount) = (keys, values, used, count)
        size <<= 1
        keys = .allocate(capacity: size)
        keys.initialize(repeating: 0, count: size)
        values = .allocate(capacity: size)
        values.initialize(repeating: 0, count: size)
        used = .allocate(capacity: size / 2)
        count = 0
        for position in 0..<oldCount {
            let slot = Int(oldUsed[position])
            add(oldKeys[slot], oldValues[slot])
        }
        oldKeys.deallocate()
        oldValues.deallocate()
        oldUsed.deallocate()
    }
}
