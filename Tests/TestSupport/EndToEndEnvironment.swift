import Foundation

/// What the tmux tests need — the built binary, the seed corpus and tmux itself — or why
/// they cannot run, for `.enabled(if: environment.problem == nil, …)`.
public struct EndToEndEnvironment: Sendable {
    public var binary: String?
    public var seeds: String?
    public var tmux: String?
    public var problem: String?

    public init() {
        binary = TestPaths.ledeBinary?.path
        seeds = TestPaths.seeds?.path
        tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
        if seeds == nil {
            problem = TestPaths.seedsMissing
        } else if tmux == nil {
            problem = "tmux is not installed"
        } else if binary == nil {
            problem = "the lede binary is not built (looked in \(TestPaths.ledeCandidates.map(\.path).joined(separator: ", "))); run `swift build` first"
        }
    }

    /// The bundled sample corpus's folder in the source tree.
    public static var sampleCorpus: String {
        TestPaths.packageRoot.appendingPathComponent("Sources/SampleCorpus/Articles").path
    }
}

extension EndToEndEnvironment {
    /// Starts lede on the seeds in a fresh tmux pane, its state, config and cache under
    /// `home` (so no session or marks of another run change the screen), with colour
    /// allowed; once it exits, the pane prints `exit=STATUS` and `E2E-END`.
    public func startReaderOnSeeds(home: String, arguments: String = "", cols: Int = 120, rows: Int = 40) throws -> Tmux {
        let tmux = Tmux(program: tmux!)
        let script = "sh -c 'exec env -u NO_COLOR LANG=C.UTF-8 XDG_STATE_HOME=\(home)/state XDG_CONFIG_HOME=\(home)/config"
            + " XDG_CACHE_HOME=\(home)/cache \"$0\" \"$1\" \(arguments)' '\(binary!)' '\(seeds!)'; echo \"exit=$?\"; echo E2E-END; sleep 30"
        try tmux.start(command: script, cols: cols, rows: rows)
        return tmux
    }

    /// The same, returned once its list of the five seeds has settled (stories and all).
    public func startSettledReaderOnSeeds(home: String) throws -> Tmux {
        let tmux = try startReaderOnSeeds(home: home)
        try tmux.waitForSettledList(articles: 5)
        return tmux
    }
}
