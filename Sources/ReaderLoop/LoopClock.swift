/// The loop's sense of time: ticks and the save debounce are measured with it, so tests
/// can move time on by hand instead of waiting.
public protocol LoopClock: Sendable {
    /// Time since the clock began.
    var now: Duration { get }
}

/// Real time, from when the clock was made.
public struct SystemClock: LoopClock {
    private let origin = ContinuousClock.now

    public init() {}

    public var now: Duration { ContinuousClock.now - origin }
}
