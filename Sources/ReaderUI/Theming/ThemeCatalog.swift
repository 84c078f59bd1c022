import Foundation

/// Finds themes by name or path — the user's folder first, then the shipped ones — and
/// loads them with their inheritance applied.
public struct ThemeCatalog: Sendable {
    /// Folders searched for `NAME.toml`, in order.
    public var folders: [URL]

    public init(folders: [URL]) {
        self.folders = folders
    }

    /// `$XDG_CONFIG_HOME/lede/themes` (or `~/.config/lede/themes`), then `shipped`.
    public static func standard(shipped: URL?, environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeCatalog {
        ThemeCatalog(folders: [ConfigPaths.configFolder(environment).appendingPathComponent("themes")] + (shipped.map { [$0] } ?? []))
    }

    public struct Entry: Sendable, Hashable {
        public var name: String
        public var path: String
    }

    /// Every theme found, by name; a user's theme hides a shipped one of the same name.
    public func entries() -> [Entry] {
        var seen: Set<String> = []
        var result: [Entry] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in names.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if seen.insert(name).inserted {
                    result.append(Entry(name: name, path: folder.appendingPathComponent(file).path))
                }
            }
        }
        return result
    }

    /// Loads a theme by name, or by path when the argument names a file.
    public func load(_ nameOrPath: String) throws(ConfigError) -> Theme {
        try load(nameOrPath, chain: [])
    }

    private func load(_ nameOrPath: String, chain: [String]) throws(ConfigError) -> Theme {
        let path = try locate(nameOrPath)
        guard !chain.contains(path) else {
            throw ConfigError(path: path, line: nil, message: "inherit loops back to itself (\((chain + [path]).joined(separator: " → ")))")
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(path: path, line: nil, message: "cannot read the theme file")
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let file = try ThemeFile.parse(text, name: name, path: path)
        var styles = Theme.builtIn.styles
        if let parent = file.inherits {
            styles = try load(parent, chain: chain + [path]).styles
        }
        styles.merge(file.styles) { _, own in own }
        return Theme(name: name, description: file.description, styles: styles)
    }

    private func locate(_ nameOrPath: String) throws(ConfigError) -> String {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            guard FileManager.default.fileExists(atPath: nameOrPath) else {
                throw ConfigError(path: nameOrPath, line: nil, message: "no such theme file")
            }
            return nameOrPath
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent(nameOrPath + ".toml").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        let known = entries().map(\.name).joined(separator: ", ")
        throw ConfigError(path: nameOrPath, line: nil, message: "no theme named \(nameOrPath) (known: \(known))")
    }
}
