import Foundation

/// Buffered writes to stdout and stderr. Every string goes through the sanitiser here, so
/// no text from a file can reach the terminal as a control sequence; a closed pipe
/// (`lede list | head`) ends the program quietly.
enum Output {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    static func line(_ text: String) {
        buffer.append(contentsOf: TextSanitizer.clean(text).utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// A line lede composed itself, escapes and all: every piece of file text in it must
    /// already have been through the sanitiser.
    static func raw(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
    }

    /// Appends bytes a writer already made safe (JSON Lines, escaped).
    static func bytes(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends one line of JSON or other text already made safe by its writer.
    static func line(appending write: (inout [UInt8]) -> Void) {
        write(&buffer)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    static func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                exit(74)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    static func error(_ text: String) {
        flush()
        let bytes = Array((TextSanitizer.clean(text) + "\n").utf8)
        bytes.withUnsafeBytes { raw in _ = write(STDERR_FILENO, raw.baseAddress!, raw.count) }
    }

    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Columns of the terminal on stdout, or nil when it is not one.
    static var terminalWidth: Int? {
        guard isTerminal else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

import ArticleParsing
import CorpusStore
