import CNcursesw
import Glibc
import ReaderUI
import Synchronization

/// Owns the terminal while curses runs, and gives it back in every way the process can
/// end: a normal quit, SIGINT/SIGTERM/SIGHUP (turned into a quit the loop sees), and a
/// crash (the terminal is restored from the signal handler before the default action).
///
/// While curses owns the screen, stderr goes to an unlinked temporary file, so no stray
/// message can scribble over the display; whatever was written there is replayed to the
/// real stderr once the terminal is restored.
final class TerminalSession {
    /// Failures to take over the terminal, said in words for the user.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private var ended = false

    /// Sets the locale, installs the signal handlers and starts curses; with `mouse`, asks
    /// for mouse reports too.
    init(mouse: Bool) throws {
        setlocale(LC_ALL, "")
        ASCIIFallback.detect()
        installSignalHandlers()
        captureStderr()
        guard newterm(nil, lede_stdout(), lede_stdin()) != nil else {
            restoreStderr()
            throw Failure(description: "cannot start the terminal interface (is TERM set?)")
        }
        sessionActive.store(true, ordering: .sequentiallyConsistent)
        let screen = lede_stdscr()
        cbreak()
        noecho()
        nonl()
        intrflush(screen, false)
        keypad(screen, true)
        set_escdelay(25)
        curs_set(0)
        // Mouse reports are read by lede (see `EscapeSequence`), never by a terminfo
        // `kmous` entry; with the mouse off they are still read, as nothing.
        keyok(KEY_MOUSE, false)
        if mouse { MouseReporting.start() }
    }

    /// Turns colour on unless asked not to, and says how much of it the terminal has.
    func startColors(monochrome: Bool) -> ColorDepth {
        guard !monochrome, has_colors() else { return .monochrome }
        start_color()
        use_default_colors()
        return ColorDepth.detect(colors: Int(lede_colors()), directColor: lede_direct_color() != 0, noColor: false)
    }

    /// Current size as curses sees it.
    var size: (rows: Int, cols: Int) {
        let screen = lede_stdscr()
        return (Int(lede_rows_of(screen)), Int(lede_cols_of(screen)))
    }

    /// The signal that asked us to stop, if one did.
    var pendingSignal: Int32? {
        let signal = receivedSignal.load(ordering: .sequentiallyConsistent)
        return signal == 0 ? nil : signal
    }

    /// Gives the terminal back in cooked mode and replays captured stderr. Idempotent.
    func end() {
        guard !ended else { return }
        ended = true
        sessionActive.store(false, ordering: .sequentiallyConsistent)
        MouseReporting.stop()
        endwin()
        restoreStderr()
    }

    deinit { end() }

    private func installSignalHandlers() {
        // A blocked signal is inherited from whoever started us; unblock the ones we handle.
        var handled = sigset_t()
        sigemptyset(&handled)
        for stop in [SIGINT, SIGTERM, SIGHUP] {
            signal(stop) { number in receivedSignal.store(number, ordering: .sequentiallyConsistent) }
            sigaddset(&handled, stop)
        }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
        for fatal in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            signal(fatal) { number in
                // Not async-signal-safe in theory, but what curses programs do in practice;
                // the alternative is a shell left in raw mode with no echo.
                MouseReporting.stop()
                if sessionActive.load(ordering: .sequentiallyConsistent) { endwin() }
                replayCapturedStderr()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    private func captureStderr() {
        var template = Array("/tmp/lede-stderr-XXXXXX".utf8CString)
        let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard file >= 0 else { return }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(file, STDERR_FILENO) >= 0 else {
            close(file)
            return
        }
        capturedStderr.store(file, ordering: .sequentiallyConsistent)
        savedStderr.store(saved, ordering: .sequentiallyConsistent)
    }

    private func restoreStderr() {
        replayCapturedStderr()
    }
}

/// Set by SIGINT/SIGTERM/SIGHUP; the loop polls it.
private let receivedSignal = Atomic<Int32>(0)
/// True between starting and ending curses, so a crash handler knows to restore.
private let sessionActive = Atomic<Bool>(false)
private let capturedStderr = Atomic<Int32>(-1)
private let savedStderr = Atomic<Int32>(-1)

/// Puts the real stderr back and copies to it what was captured. Uses only
/// async-signal-safe calls, so a crash handler may call it.
private func replayCapturedStderr() {
    let file = capturedStderr.exchange(-1, ordering: .sequentiallyConsistent)
    let saved = savedStderr.exchange(-1, ordering: .sequentiallyConsistent)
    guard file >= 0, saved >= 0 else { return }
    dup2(saved, STDERR_FILENO)
    close(saved)
    lseek(file, 0, SEEK_SET)
    var buffer = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
    withUnsafeMutableBytes(of: &buffer) { bytes in
        while true {
            let count = read(file, bytes.baseAddress, bytes.count)
            if count <= 0 { break }
            _ = write(STDERR_FILENO, bytes.baseAddress, count)
        }
    }
    close(file)
}
