// libFuzzer entry for the ArticleParsing module; built and run by `.ci/fuzz`, not by SwiftPM,
// together with Tests/ArticleParsingTests/FuzzInvariants.swift, whose checks it shares with the
// regression tests. A broken invariant calls `fatalError`, which libFuzzer records as a crash
// with its input.
import ArticleParsing
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let violations = FuzzInvariants.violations(in: bytes, name: "fuzz.md")
    if let first = violations.first { fatalError("fuzz invariant broken: \(first)") }
    return 0
}
