import CorpusStore
import Foundation

/// `lede-bench`: release-build figures for lede's hot paths. Build with
/// `swift run -c release lede-bench COMMAND`.
@main
enum LedeBench {
    static func main() {
        MemoryTuning.returnLargeBuffersToTheKernel()
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard let command = arguments.first else { return usage() }
        arguments.removeFirst()
        switch command {
        case "generate":
            guard arguments.count == 2, let count = Int(arguments[0]) else { return usage() }
            GenerateBenchmark.run(count: count, folder: arguments[1])
        case "frame":
            guard !arguments.isEmpty else { return usage() }
            FrameBenchmark.run(roots: arguments)
        case "search":
            guard !arguments.isEmpty else { return usage() }
            SearchBenchmark.run(roots: arguments)
        case "index":
            guard !arguments.isEmpty else { return usage() }
            IndexBenchmark.run(roots: arguments)
        case "startup":
            guard !arguments.isEmpty else { return usage() }
            // `--once` for a corpus so large that three runs of each take too long.
            let once = arguments.first == "--once"
            StartupBenchmark.run(roots: Array(arguments.drop { $0 == "--once" }), rounds: once ? 1 : 3)
        case "startup-probe":
            StartupProbe.run(roots: arguments, cache: true)
        case "stories":
            guard !arguments.isEmpty else { return usage() }
            StoriesBenchmark.run(roots: arguments)
        case "load":
            guard !arguments.isEmpty else { return usage() }
            LoadBenchmark.run(roots: arguments)
        case "parse":
            guard !arguments.isEmpty else { return usage() }
            ParseBenchmark.run(arguments: arguments)
        default:
            usage()
        }
    }

    static func usage() {
        print("""
        usage: lede-bench generate N FOLDER   write an N-article corpus (cards with related links, 10% plain text)
               lede-bench load PATH...        load a corpus: files/s, MB/s, peak RSS, time in read/parse/index
               lede-bench parse [--rounds N] [--only full|listing] [--dump FILE [--digest]] PATH...
                                              read vs parse per file (.full, .listing), 1 core and all; --dump writes every outcome (--digest: a hash of each)
               lede-bench search PATH...      as-you-type search: per-keystroke and facet times, index cost
               lede-bench index PATH...       what the reader builds after loading, part by part, against the load
               lede-bench frame PATH...       reader: reduce + render per key at 200×60, time to the first screen
               lede-bench stories PATH...     similar articles and stories: build time and peak RSS against a cold
                                              load, from a snapshot, and opening an article with its sections
               lede-bench startup [--once] PATH...  raw read vs the reader cold and warm: first rows, loaded, peak RSS,
                                              quit; list --json (medians of 3 runs, or 1 with --once)
        """)
        exit(2)
    }
}

/// Peak resident set size of this process, in bytes.
func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Int(usage.ru_maxrss) * 1024
}

/// Wall-clock seconds taken by `body`.
func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// Seconds of CPU the whole process has used (user and system, every thread): on a busy
/// machine the CPU a piece of work takes varies far less than the time it takes.
func processorSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

func format(_ value: Double, _ digits: Int = 1) -> String {
    String(format: "%.\(digits)f", value)
}
