/// SplitMix64: tiny, fast and good enough for test data. Written out here, with our own
/// range helpers, because the standard library's `random(in:using:)` may change its
/// algorithm between toolchains, and generated corpora must stay identical for a seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one purpose of one article, independent of every other stream, so
    /// any article can be rebuilt without generating the ones before it.
    init(seed: UInt64, index: Int, stream: UInt64) {
        state = SplitMix64.mix(SplitMix64.mix(seed ^ stream) &+ UInt64(truncatingIfNeeded: index))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0..<bound`; bound must be positive.
    public mutating func int(below bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.count)
    }

    /// Uniform in `0..<1`.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(below: elements.count)]
    }

    /// `count` distinct elements, in the order drawn.
    mutating func pick<Element>(_ count: Int, of elements: [Element]) -> [Element] {
        var pool = elements
        var chosen: [Element] = []
        for _ in 0..<min(count, pool.count) {
            chosen.append(pool.remove(at: int(below: pool.count)))
        }
        return chosen
    }
}
