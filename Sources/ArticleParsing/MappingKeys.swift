import Foundation

/// The keys of one mapping read so far, so the scanner refuses a repeated key as Yams does.
/// Yams compares keys as Strings, by canonical equivalence (U+212A KELVIN SIGN repeats `K`),
/// which for two ASCII keys is byte equality. Cards have few keys: compare them while they
/// are few, hash them as Strings when many.
struct MappingKeys {
    private let mapping: Int
    private var count = 0
    private var hashed: Set<String> = []
    /// Whether the key last inserted is ASCII, which the scanner records on its node.
    private(set) var lastWasASCII = true

    init(mapping: Int) {
        self.mapping = mapping
    }

    /// Adds `key`, a byte range of the tree's file; false when the mapping holds it already.
    /// The mapping's earlier children must all be in the tree, keys set.
    mutating func insert(_ key: Range<Int>, in tree: ScannedTree) -> Bool {
        let bytes = UnsafeBufferPointer(rebasing: tree.bytes[key])
        lastWasASCII = bytes.allSatisfy { $0 < 0x80 }
        if count < 16 {
            var child = mapping + 1
            while child < tree.nodes.count {
                if isSame(child, bytes, in: tree) { return false }
                child = Int(tree.nodes[child].next)
            }
        } else {
            if hashed.isEmpty {
                var child = mapping + 1
                while child < tree.nodes.count {
                    hashed.insert(tree.key(child))
                    child = Int(tree.nodes[child].next)
                }
            }
            guard hashed.insert(String(decoding: bytes, as: UTF8.self)).inserted else { return false }
        }
        count += 1
        return true
    }

    private func isSame(_ child: Int, _ bytes: UnsafeBufferPointer<UInt8>, in tree: ScannedTree) -> Bool {
        let other = tree.keyBytes(child)
        if lastWasASCII && tree.nodes[child].keyIsASCII {
            guard other.count == bytes.count else { return false }
            return bytes.isEmpty || memcmp(other.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        }
        return String(decoding: other, as: UTF8.self) == String(decoding: bytes, as: UTF8.self)
    }
}
