extension Array {
    /// Inserts `entry` where `isBefore` ranks it, if it is among the first `limit`, and
    /// drops what falls past `limit`: the few best of a stream, kept without a sort or an
    /// allocation per entry (the similarity passes keep ten or so of thousands).
    @inline(__always)
    mutating func insertRanked(_ entry: Element, limit: Int, isBefore: (Element, Element) -> Bool) {
        guard count < limit || isBefore(entry, self[count - 1]) else { return }
        var insertion = count
        while insertion > 0 && isBefore(entry, self[insertion - 1]) { insertion -= 1 }
        insert(entry, at: insertion)
        if count > limit { removeLast() }
    }
}
