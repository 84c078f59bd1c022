import Glibc
import Synchronization

/// Asks the terminal for mouse reports while the reader owns it, and gives the mouse back
/// whenever the terminal is handed back: at exit, on a crash, and while suspended with
/// Ctrl-Z (the shell must not get reports it would print as junk), asking again on resume.
///
/// Reports are button presses and releases (1000) in SGR form (1006): decimal positions
/// with no limit at column 223, which tmux passes on unchanged. No motion is asked for.
enum MouseReporting {
    static let enable = Array("\u{1B}[?1000h\u{1B}[?1006h".utf8)
    static let disable = Array("\u{1B}[?1006l\u{1B}[?1000l".utf8)

    /// Starts reporting and wraps the SIGTSTP handler ncurses installed. Call after
    /// `newterm`, which is when ncurses installs it.
    static func start() {
        reporting.store(true, ordering: .sequentiallyConsistent)
        TerminalOutput.send(enable)
        var current = sigaction()
        sigaction(SIGTSTP, nil, &current)
        let handler = current.__sigaction_handler.sa_handler
        // SIG_DFL and SIG_IGN are 0 and 1, not functions to call.
        if let handler, unsafeBitCast(handler, to: Int.self) > 1 { cursesSuspendHandler.store(handler) }
        installSuspendHandler()
    }

    /// Stops reporting; safe to call more than once and from a signal handler.
    static func stop() {
        if reporting.exchange(false, ordering: .sequentiallyConsistent) { TerminalOutput.send(disable) }
    }

    /// Ctrl-Z: the mouse off, then what ncurses does (leave curses mode, stop, and on
    /// resume restore it and redraw), then the mouse on again.
    fileprivate static func suspend(_ number: Int32) {
        let wasReporting = reporting.load(ordering: .sequentiallyConsistent)
        if wasReporting { TerminalOutput.send(disable) }
        if let handler = cursesSuspendHandler.load() {
            handler(number)
        } else {
            signal(SIGTSTP, SIG_DFL)
            var stop = sigset_t()
            sigemptyset(&stop)
            sigaddset(&stop, SIGTSTP)
            pthread_sigmask(SIG_UNBLOCK, &stop, nil)
            raise(SIGTSTP)
            installSuspendHandler()
        }
        if wasReporting && reporting.load(ordering: .sequentiallyConsistent) { TerminalOutput.send(enable) }
    }
}

private func installSuspendHandler() {
    var wrapped = sigaction()
    wrapped.__sigaction_handler.sa_handler = { number in MouseReporting.suspend(number) }
    sigemptyset(&wrapped.sa_mask)
    wrapped.sa_flags = SA_RESTART
    sigaction(SIGTSTP, &wrapped, nil)
}

/// Whether reports are asked for now.
private let reporting = Atomic<Bool>(false)

/// ncurses' own SIGTSTP handler, called from the wrapper; set once before it is installed.
private let cursesSuspendHandler = SignalHandlerBox()

/// Holds a C signal handler for reading from a signal handler.
private final class SignalHandlerBox: Sendable {
    private let bits = Atomic<Int>(0)

    func store(_ handler: @convention(c) (Int32) -> Void) {
        bits.store(unsafeBitCast(handler, to: Int.self), ordering: .sequentiallyConsistent)
    }

    func load() -> (@convention(c) (Int32) -> Void)? {
        let value = bits.load(ordering: .sequentiallyConsistent)
        return value == 0 ? nil : unsafeBitCast(value, to: (@convention(c) (Int32) -> Void).self)
    }
}
