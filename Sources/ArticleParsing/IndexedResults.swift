import Foundation

/// Results that concurrent workers write by index and the caller reads once all are done.
public final class IndexedResults<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    public init(count: Int) { storage = Array(repeating: nil, count: count) }

    public func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    /// Read only after every worker has finished.
    public var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
