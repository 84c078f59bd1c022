import Foundation
import Glibc

/// A private tmux server (its own socket) holding one pane, for driving a terminal
/// program and reading its screen. Waits poll the screen instead of sleeping.
///
/// tmux is started with `posix_spawn` and output goes through a temporary file: the
/// server tmux forks inherits the client's descriptors, and Foundation's `Process`
/// would wait for it (that is, for the whole session) to finish.
public final class Tmux {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private let program: String
    private let socket = "lede-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

    /// The snapshot cache of programs run in this session's panes.
    public var cacheHome: String { NSTemporaryDirectory() + "/\(socket)-cache" }

    /// Where a pane script may write the pid of the program it runs.
    public var pidFile: String { NSTemporaryDirectory() + "/\(socket).pid" }

    public init(program: String) {
        self.program = program
    }

    /// The pid written to `pidFile`.
    public func readerPID() throws -> pid_t {
        let text = String(decoding: FileManager.default.contents(atPath: pidFile) ?? Data(), as: UTF8.self)
        guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(description: "no pid in \(pidFile)")
        }
        return pid
    }

    public func start(command: String, cols: Int, rows: Int) throws {
        try run(["new-session", "-d", "-s", "e2e", "-x", "\(cols)", "-y", "\(rows)", command], capture: false)
    }

    public func resize(cols: Int, rows: Int) throws {
        try run(["resize-window", "-t", "e2e", "-x", "\(cols)", "-y", "\(rows)"])
    }

    /// Sends tmux key names (`Enter`, `BSpace`, `q`).
    public func send(_ keys: [String]) throws {
        try run(["send-keys", "-t", "e2e"] + keys)
    }

    /// Sends text as typed, with no key-name interpretation.
    public func sendLiteral(_ text: String) throws {
        try run(["send-keys", "-t", "e2e", "-l", text])
    }

    /// Appends every byte the program writes to the pane to `path`, escapes included (what
    /// a screen capture cannot show: OSC 52, OSC 8).
    public func recordOutput(to path: String) throws {
        try run(["pipe-pane", "-o", "-t", "e2e", "cat >> '\(path)'"])
    }

    public func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", "e2e"])
    }

    /// The screen with its colours and attributes as SGR escape sequences.
    public func styledScreen() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", "e2e"])
    }

    /// Polls the screen until `predicate` holds, returning that screen. The predicate
    /// should name everything the test goes on to read from the screen: tmux may show a
    /// frame half drawn (the program's output arrives in pieces), so a screen that holds
    /// one part of what is wanted may not hold the rest yet.
    @discardableResult
    public func waitFor(_ what: String, timeout: Duration = Polling.defaultTimeout, _ predicate: (String) -> Bool) throws -> String {
        var last = ""
        return try Polling.until(what, timeout: timeout, lastSeen: { last }) {
            last = try screen()
            return predicate(last) ? last : nil
        }
    }

    /// Waits until lede's list is settled: loaded, indexed, its stories found, `articles`
    /// counted in the header (whole, or narrowed by a reopened session) and its hints shown.
    @discardableResult
    public func waitForSettledList(articles: Int) throws -> String {
        try waitFor("the list of \(articles) articles, settled") { screen in
            let header = screen.split(separator: "\n").first ?? ""
            return screen.contains("Enter open") && !header.contains("…")
                && (header.contains("\(articles) articles") || header.contains("of \(articles)"))
        }
    }

    /// Waits until the screen stops changing (the program has worked through queued keys).
    @discardableResult
    public func waitForSteadyScreen(timeout: Duration = .seconds(60)) throws -> String {
        try Polling.untilSteady("the screen to stop changing", timeout: timeout) { try screen() }
    }

    public func stop() {
        _ = try? run(["kill-server"], capture: false)
        unlink(pidFile)
        try? FileManager.default.removeItem(atPath: cacheHome)
    }

    @discardableResult
    private func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let outputPath = NSTemporaryDirectory() + "/\(socket)-\(UInt32.random(in: 0...UInt32.max)).out"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        let argv = ([program, "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        // The server's panes inherit this: a snapshot cache of this session's own.
        environment["XDG_CACHE_HOME"] = cacheHome
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // The test runner blocks or ignores SIGHUP and friends, and both are inherited:
        // give tmux (and so the pane) default actions and an empty mask, or kill-server
        // cannot end the pane.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        guard posix_spawn(&pid, program, &actions, &attributes, argv, envp) == 0 else {
            throw Failure(description: "cannot start \(program)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = capture ? String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self) : ""
        if status != 0 && arguments.first != "kill-server" {
            throw Failure(description: "tmux \(arguments.first ?? "") failed with status \(status)")
        }
        return output
    }
}
