import CNcursesw
import Glibc
import ReaderLoop
import ReaderState

/// Opens web addresses with `$BROWSER` or `xdg-open`, through `posix_spawnp` and never a
/// shell, so an address from a file cannot run commands.
///
/// `$BROWSER` is read the conventional way: a colon-separated list of commands, each
/// split on spaces, with `%s` replaced by the address (or the address appended). The
/// child gets /dev/null for its standard streams, so it cannot draw over the screen, and
/// its own process group, so Ctrl-C in the reader does not reach it.
public final class BrowserLauncher: URLLauncher {
    private var children: [(pid: pid_t, program: String)] = []
    /// `$BROWSER` as it was when the launcher was made.
    private let browser: String?

    public init(browser: String? = getenv("BROWSER").map { String(cString: $0) }) {
        self.browser = browser
    }

    /// Starts the first command that can be started and says what happened.
    public func open(_ url: String) -> Action {
        for argv in candidates(for: url) {
            if let pid = spawn(argv) {
                children.append((pid, argv[0]))
                return .urlOpened(url)
            }
        }
        return .urlOpenFailed("No browser found: set $BROWSER or install xdg-open")
    }

    /// Collects finished children; one that failed is reported.
    public func reap() -> [Action] {
        var actions: [Action] = []
        children.removeAll { child in
            var status: Int32 = 0
            guard waitpid(child.pid, &status, WNOHANG) == child.pid else { return false }
            if let failure = Self.report(program: child.program, waitStatus: status) { actions.append(failure) }
            return true
        }
        return actions
    }

    /// What to say of a child that ended with `waitStatus`: a browser that exited with a
    /// failure status could not open the address; one that succeeded, or was killed (by
    /// its user, most likely), needs no word.
    static func report(program: String, waitStatus status: Int32) -> Action? {
        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        guard exited && code != 0 else { return nil }
        return .urlOpenFailed("\(program) could not open the address (exit status \(code))")
    }

    /// The commands to try for `url`, first to last: each of `$BROWSER`'s, then xdg-open.
    func candidates(for url: String) -> [[String]] {
        var commands: [[String]] = []
        if let browser {
            for entry in browser.split(separator: ":") {
                var words = entry.split(separator: " ").map(String.init)
                guard !words.isEmpty else { continue }
                if words.contains(where: { $0.contains("%s") }) {
                    words = words.map { $0.replacingAll("%s", with: url) }
                } else {
                    words.append(url)
                }
                commands.append(words)
            }
        }
        commands.append(["xdg-open", url])
        return commands
    }

    private func spawn(_ argv: [String]) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var arguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        arguments.append(nil)
        defer { for argument in arguments { free(argument) } }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, argv[0], &actions, &attributes, arguments, lede_environ())
        return result == 0 ? pid : nil
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
