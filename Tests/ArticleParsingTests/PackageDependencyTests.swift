import Foundation
import Testing
import TestSupport

/// Package.swift names every module a target imports, and no `@_exported import` lets a
/// module use another it never declared.
@Suite struct PackageDependencyTests {
    private let root = TestPaths.packageRoot

    /// Each target of Package.swift and the names in its declaration.
    private func declaredTargets() throws -> [String: Set<String>] {
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"\.(?:target|testTarget|executableTarget)\(\s*name:\s*"([^"]+)"((?:[^()]|\([^()]*\))*)\)"#)
        var targets: [String: Set<String>] = [:]
        let text = manifest as NSString
        for match in pattern.matches(in: manifest, range: NSRange(location: 0, length: text.length)) {
            let body = text.substring(with: match.range(at: 2))
            let names = try NSRegularExpression(pattern: #""([A-Za-z]+)""#).matches(in: body, range: NSRange(location: 0, length: (body as NSString).length))
                .map { (body as NSString).substring(with: $0.range(at: 1)) }
            targets[text.substring(with: match.range(at: 1))] = Set(names)
        }
        return targets
    }

    private func folder(of target: String) -> URL? {
        for base in ["Sources", "Tests", "Benchmarks"] {
            let url = root.appendingPathComponent(base).appendingPathComponent(target)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return nil
    }

    @Test func everyImportedModuleIsDeclaredAndNoneIsReExported() throws {
        let targets = try declaredTargets()
        let modules = Set(targets.keys).union(["Yams", "TOMLKit", "ArgumentParser"])
        #expect(targets.count > 10, "Package.swift's targets were found")
        for (target, declared) in targets {
            guard let folder = folder(of: target),
                  let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in files where file.pathExtension == "swift" {
                let text = try String(contentsOf: file, encoding: .utf8)
                for line in text.split(separator: "\n") where line.contains("import ") {
                    let words = line.split(separator: " ").map(String.init)
                    guard let at = words.firstIndex(of: "import"), at + 1 < words.count else { continue }
                    let module = words[at + 1]
                    guard modules.contains(module), module != target, words[..<at].allSatisfy({ $0.hasPrefix("@") }) else { continue }
                    #expect(!words.contains("@_exported"), "\(file.lastPathComponent) re-exports \(module)")
                    #expect(declared.contains(module), "\(target) imports \(module) in \(file.lastPathComponent) without declaring it")
                }
            }
        }
    }
}
