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
