import Glibc

/// Bytes written straight to the terminal, past curses: escape sequences curses knows
/// nothing of (OSC 52, OSC 8, mouse modes). Only `write`, so a signal handler may use it.
enum TerminalOutput {
    /// Writes all of `bytes`; false when the terminal would not take them.
    @discardableResult
    static func send(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }
}
