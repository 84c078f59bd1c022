import Foundation

/// The keys of one mapping read so far, so the scanner refuses a repeated key as Yams does.
/// Yams compares keys as Strings, by canonical equivalence (U+212A KELVIN SIGN repeats `K`),
/// which for two ASCII keys is byte equality. A key lede reads (a `CardKey`) can only be
/// repeated by its own bytes, so those are tracked as bits; other keys are compared with
/// the other keys while they are few, and hashed as Strings when many.
struct MappingKeys {
    private let mapping: Int
    private var seenCardKeys: UInt32 = 0
    private var otherCount = 0
    private var hashed: Set<String> = []
    /// What the scanner records on the node of the key last inserted.
    private(set) var lastWasASCII = true
    private(set) var lastKey: CardKey?

    init(mapping: Int) {
        self.mapping = mapping
    }

    /// Adds `key`, a byte range of the tree's file (`isASCII` when known to be, as on an
    /// ASCII line); false when the mapping holds it already. The mapping's earlier
    /// children must all be in the tree, keys set.
    mutating func insert(_ key: Range<Int>, isASCII: Bool, in tree: ScannedTree) -> Bool {
        let bytes = UnsafeBufferPointer(rebasing: tree.bytes[key])
        lastWasASCII = isASCII || bytes.allSatisfy { $0 < 0x80 }
        lastKey = lastWasASCII ? CardKey(in: tree.bytes, at: key) : nil
        if let cardKey = lastKey {
            let bit = UInt32(1) << cardKey.rawValue
            guard seenCardKeys & bit == 0 else { return false }
            seenCardKeys |= bit
            return true
        }
        if otherCount < 16 {
            var child = mapping + 1
            while child < tree.nodes.count {
                if tree.nodes[child].keyCode == ScannedTree.unknownKey && isSame(child, bytes, in: tree) { return false }
                child = Int(tree.nodes[child].next)
            }
        } else {
            if hashed.isEmpty {
                var child = mapping + 1
                while child < tree.nodes.count {
                    if tree.nodes[child].keyCode == ScannedTree.unknownKey { hashed.insert(tree.key(child)) }
                    child = Int(tree.nodes[child].next)
                }
            }
            guard hashed.insert(String(decoding: bytes, as: UTF8.self)).inserted else { return false }
        }
        otherCount += 1
        return true
    }

    private func isSame(_ child: Int, _ bytes: UnsafeBufferPointer<UInt8>, in tree: ScannedTree) -> Bool {
        let other = tree.keyBytes(child)
        if lastWasASCII && tree.nodes[child].keyIsASCII {
            guard other.count == bytes.count else { return false }
            return memcmp(other.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        }
        return String(decoding: other, as: UTF8.self) == String(decoding: bytes, as: UTF8.self)
    }
}
