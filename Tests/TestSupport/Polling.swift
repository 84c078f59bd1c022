import Foundation

/// The one way tests wait for something outside their control (a tmux screen, a watched
/// folder, a child process's output): check it again and again until it holds or a
/// deadline passes. Never a fixed sleep, which is too short on a busy machine and wasted
/// time on an idle one; the deadlines are generous because only a failure waits them out.
public enum Polling {
    public struct TimedOut: Error, CustomStringConvertible {
        public var description: String
    }

    /// Long enough for a debug build on two busy cores; a passing wait returns far sooner.
    public static let defaultTimeout: Duration = .seconds(20)

    /// Calls `probe` until it gives a value, returning it; throws `TimedOut` naming `what`
    /// (and `lastSeen`, what was last looked at) after `timeout`.
    public static func until<Value>(_ what: String, timeout: Duration = defaultTimeout, every interval: Duration = .milliseconds(50),
                                    lastSeen: () -> String = { "" }, _ probe: () throws -> Value?) throws -> Value {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let value = try probe() { return value }
            if ContinuousClock.now >= deadline {
                let seen = lastSeen()
                throw TimedOut(description: "timed out after \(timeout) waiting for \(what)" + (seen.isEmpty ? "" : "; last seen:\n\(seen)"))
            }
            Thread.sleep(forTimeInterval: Double(interval.components.attoseconds) / 1e18 + Double(interval.components.seconds))
        }
    }

    /// Waits until `condition` holds.
    public static func until(_ what: String, timeout: Duration = defaultTimeout, every interval: Duration = .milliseconds(50),
                             lastSeen: () -> String = { "" }, _ condition: () throws -> Bool) throws {
        _ = try until(what, timeout: timeout, every: interval, lastSeen: lastSeen) { try condition() ? true : nil }
    }

    /// Calls `sample` until it gives the same value `times` times running: the thing
    /// sampled has stopped changing (a screen that has worked through queued keys).
    public static func untilSteady<Value: Equatable>(_ what: String, times: Int = 10, timeout: Duration = defaultTimeout,
                                                     every interval: Duration = .milliseconds(100), _ sample: () throws -> Value) throws -> Value {
        var previous: Value?
        var same = 0
        return try until(what, timeout: timeout, every: interval) {
            let current = try sample()
            same = current == previous ? same + 1 : 0
            previous = current
            return same >= times ? current : nil
        }
    }
}
