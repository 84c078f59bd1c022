import ReaderState
import Glibc
import ReaderLoop
import ReaderUI
import Testing

/// A terminal that plays a script and records what the loop does with it: every frame
/// as text, every invalidation and every theme, each stamped with the fake time.
///
/// Time passes only while the loop waits for input: a read returns the next scripted
/// event if it falls within the timeout (moving the clock to its moment), and otherwise
/// moves the clock on by the whole timeout. So nothing sleeps, and a test that waits
/// "two seconds" runs in microseconds.
///
/// No run can hang: once the script is spent the loop gets `graceReads` more reads, and
/// then a SIGKILL through `pendingSignal` (status 137) and a recorded failure.
final class FakeTerminal: Terminal {
    enum Event {
        case key(Key)
        /// A click or wheel turn reported by the terminal.
        case mouse(MouseEvent)
        case resize(rows: Int, cols: Int)
        /// Load progress posted by the loader, as if between two reads.
        case progress(done: Int, total: Int)
        /// A loaded corpus posted by the loader, as if between two reads.
        case corpus(LoadedCorpus)
        /// SIGINT, SIGTERM or SIGHUP arriving.
        case signal(Int32)
    }

    struct Frame {
        var time: Duration
        var rows: Int
        var cols: Int
        var lines: [String]

        var text: String { lines.joined(separator: "\n") }
        /// The bottom line: key hints, the status message and the position in the list.
        var statusLine: String { lines.last ?? "" }
    }

    /// How many reads past the end of the script before the run is stopped as hung.
    static let graceReads = 100

    private(set) var size: TerminalSize
    let colorDepth: ColorDepth
    private(set) var pendingSignal: Int32?
    private(set) var frames: [Frame] = []
    private(set) var invalidations: [Duration] = []
    private(set) var appliedThemes: [String] = []
    private(set) var reads = 0
    /// The loader the loop starts; scripted corpora and progress are posted to it.
    let corpusSource = ScriptedCorpusSource()

    private let clock: FakeClock
    private var script: [(at: Duration, event: Event)]
    private var readsAfterScript = 0
    private let sourceLocation: SourceLocation

    init(size: TerminalSize, colorDepth: ColorDepth = .palette256, clock: FakeClock, script: [(at: Duration, event: Event)],
         sourceLocation: SourceLocation = #_sourceLocation) {
        self.size = size
        self.colorDepth = colorDepth
        self.clock = clock
        // A stable sort: events at the same moment keep the order they were written in.
        self.script = script.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        self.sourceLocation = sourceLocation
    }

    func nextInput(timeout: Duration) -> TerminalInput {
        reads += 1
        guard let next = script.first else {
            readsAfterScript += 1
            if readsAfterScript > Self.graceReads, pendingSignal == nil {
                Issue.record("the loop was still running \(Self.graceReads) reads after the script ended", sourceLocation: sourceLocation)
                pendingSignal = SIGKILL
            }
            clock.advance(by: timeout)
            return .none
        }
        guard next.at <= clock.now + timeout else {
            clock.advance(by: timeout)
            return .none
        }
        if next.at > clock.now { clock.advance(by: next.at - clock.now) }
        script.removeFirst()
        switch next.event {
        case .key(let key): return .key(key)
        case .mouse(let event): return .mouse(event)
        case .resize(let rows, let cols):
            size = TerminalSize(rows: rows, cols: cols)
            return .resized
        case .progress(let done, let total):
            loaderMailbox()?.post(progress: LoadProgress(done: done, total: total))
        case .corpus(let corpus):
            loaderMailbox()?.post(corpus: corpus)
        case .signal(let number):
            pendingSignal = number
        }
        return .none
    }

    func present(_ frame: ScreenGrid) {
        frames.append(Frame(time: clock.now, rows: frame.rows, cols: frame.cols, lines: frame.lines))
    }

    func invalidate() { invalidations.append(clock.now) }

    func apply(_ theme: Theme) { appliedThemes.append(theme.name) }

    /// What the loop asked to put on the clipboard, as the bytes a terminal would get.
    private(set) var clipboardWrites: [[UInt8]] = []

    func copyToClipboard(_ text: String) -> Bool {
        guard let sequence = ClipboardSequence.osc52(text) else { return false }
        clipboardWrites.append(sequence)
        return true
    }

    private func loaderMailbox() -> LoadMailbox? {
        if corpusSource.mailbox == nil { Issue.record("the loop read input before it started loading", sourceLocation: sourceLocation) }
        return corpusSource.mailbox
    }

    /// The last frame shown at or before `time`.
    func frame(at time: Duration) -> Frame? { frames.last { $0.time <= time } }
}

/// A corpus source that loads nothing itself: the fake terminal posts to its mailbox
/// when the script says a corpus or progress arrives.
final class ScriptedCorpusSource: CorpusSource {
    private(set) var mailbox: LoadMailbox?

    func startLoading(into mailbox: LoadMailbox) { self.mailbox = mailbox }
}
