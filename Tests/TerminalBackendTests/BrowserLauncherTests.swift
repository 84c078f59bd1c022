import Foundation
import Glibc
import Testing
@testable import TerminalBackend
import TestSupport

/// `$BROWSER` is split the conventional way and the address is one argument, never
/// read by a shell.
@Suite struct BrowserLauncherTests {
    @Test func browserIsAColonSeparatedListOfCommandsSplitOnSpaces() {
        let url = "https://example.org/a?b=1&c=2"
        let launcher = BrowserLauncher(browser: "firefox --new-window %s:lynx::w3m -dump")
        #expect(launcher.candidates(for: url) == [
            ["firefox", "--new-window", url], ["lynx", url], ["w3m", "-dump", url], ["xdg-open", url],
        ])
        #expect(BrowserLauncher(browser: nil).candidates(for: url) == [["xdg-open", url]])
        #expect(BrowserLauncher(browser: "open --url=%s").candidates(for: url).first == ["open", "--url=\(url)"])
    }

    @Test func anAddressFullOfShellIsOneArgumentToTheBrowser() throws {
        let folder = NSTemporaryDirectory() + "lede-browser-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // `touch` as the browser: it makes a file named exactly as the address it gets.
        // Had a shell read it, `;`, `$( )` and `|` would have run commands and no file of
        // this name would exist.
        let address = folder + "/page; echo $(id) | cat > pwned & ~"
        let launcher = BrowserLauncher(browser: "touch")
        guard case .urlOpened(let opened) = launcher.open(address) else {
            Issue.record("touch did not start")
            return
        }
        #expect(opened == address)
        let arrived = (try? Polling.until("touch to make the file", every: .milliseconds(10)) {
            _ = launcher.reap()
            return FileManager.default.fileExists(atPath: address)
        }) != nil
        #expect(arrived, "the whole address reached the browser as one argument")
    }

    /// A browser that exits with a failure status is reported, naming it and the status;
    /// one that succeeds, or is killed by a signal, is not. (Wait statuses as waitpid gives
    /// them: a real child cannot be used here, as other tests' `Process`es in this test
    /// process may reap it first.)
    @Test func aBrowserThatExitsWithAFailureIsReported() {
        func said(_ status: Int32) -> String? {
            guard case .urlOpenFailed(let message) = BrowserLauncher.report(program: "firefox", waitStatus: status) else { return nil }
            return message
        }
        #expect(said(1 << 8) == "firefox could not open the address (exit status 1)")
        #expect(said(127 << 8) == "firefox could not open the address (exit status 127)")
        #expect(said(0) == nil, "exited with success")
        #expect(said(SIGKILL) == nil, "killed by a signal")
        #expect(said(SIGTERM | 0x80) == nil, "killed, with a core dump")
    }

    @Test func aBrowserThatCannotStartFallsThroughToTheNext() {
        let launcher = BrowserLauncher(browser: "/nonexistent/browser")
        #expect(launcher.candidates(for: "u").map(\.first) == ["/nonexistent/browser", "xdg-open"])
    }
}
