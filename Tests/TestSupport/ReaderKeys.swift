import ReaderState

/// Presses `keys` in order, returning the effects of all of them.
@discardableResult
public func press(_ state: inout State, _ keys: Key...) -> [Effect] {
    keys.flatMap { reduce(&state, .keyPressed($0)) }
}

/// Types `text` one character at a time.
public func type(_ state: inout State, _ text: String) {
    for character in text { _ = reduce(&state, .keyPressed(.character(character))) }
}

/// Presses `key` until `done` holds, at most `limit` times, so a bug that never gets
/// there fails the test rather than hanging it. Returns whether `done` came to hold.
@discardableResult
public func press(_ state: inout State, _ key: Key, until done: (State) -> Bool, limit: Int = 10_000) -> Bool {
    for _ in 0..<limit {
        if done(state) { return true }
        _ = reduce(&state, .keyPressed(key))
    }
    return done(state)
}
