import Foundation
import TOMLKit

/// One theme file as written: its own role styles and the theme it inherits from.
struct ThemeFile: Sendable {
    var name: String
    var path: String
    var description: String
    var inherits: String?
    var styles: [Role: RoleStyle]

    /// Parses theme TOML: top-level `description` and `inherit`, then one table per role
    /// (`[header]`, `[list.selected]`, …) with `fg`, `bg` and `attrs`.
    static func parse(_ text: String, name: String, path: String) throws(ConfigError) -> ThemeFile {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(path: path, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        } catch {
            throw ConfigError(path: path, line: nil, message: "not valid TOML")
        }
        let lines = TOMLLines(text)
        var file = ThemeFile(name: name, path: path, description: "", inherits: nil, styles: [:])
        for key in table.keys {
            let value = table[key]
            switch key {
            case "description":
                file.description = value?.string ?? ""
            case "inherit", "inherits":
                guard let parent = value?.string else {
                    throw ConfigError(path: path, line: lines.line(table: nil, key: key), message: "inherit must be a theme name")
                }
                file.inherits = parent
            case "name":
                continue
            default:
                guard let roleTable = value?.table else {
                    throw ConfigError(path: path, line: lines.line(table: nil, key: key),
                                      message: "unknown setting \(key) (expected description, inherit or a [role] table)")
                }
                try file.readRoles(roleTable, prefix: key, lines: lines)
            }
        }
        return file
    }

    private static let styleKeys: Set<String> = ["fg", "bg", "attrs", "foreground", "background", "attributes"]

    /// Reads `[list]` with `[list.selected]` nested in it: each table is a role, and so is each subtable.
    private mutating func readRoles(_ table: TOMLTable, prefix: String, lines: TOMLLines) throws(ConfigError) {
        let hasStyle = table.keys.contains { Self.styleKeys.contains($0) }
        if hasStyle {
            guard let role = Role(rawValue: prefix) else {
                throw ConfigError(path: path, line: lines.line(table: prefix),
                                  message: "unknown role \(prefix) (expected one of: \(Role.themed.map(\.rawValue).joined(separator: ", ")))")
            }
            styles[role] = try style(table, role: prefix, lines: lines)
        }
        for key in table.keys where !Self.styleKeys.contains(key) {
            guard let nested = table[key]?.table else {
                throw ConfigError(path: path, line: lines.line(table: prefix, key: key),
                                  message: "unknown key \(key) in [\(prefix)] (expected fg, bg or attrs)")
            }
            try readRoles(nested, prefix: prefix + "." + key, lines: lines)
        }
        if !hasStyle && table.keys.isEmpty && Role(rawValue: prefix) == nil {
            throw ConfigError(path: path, line: lines.line(table: prefix), message: "unknown role \(prefix)")
        }
    }

    private func style(_ table: TOMLTable, role: String, lines: TOMLLines) throws(ConfigError) -> RoleStyle {
        var style = RoleStyle()
        // Subtables (`[link.focused]` inside `[link]`) are roles of their own, read by the caller.
        for key in table.keys where Self.styleKeys.contains(key) {
            let value = table[key]
            let line = lines.line(table: role, key: key)
            switch key {
            case "fg", "foreground", "bg", "background":
                let color: ThemeColor?
                if let index = value?.int {
                    color = (0...255).contains(index) ? ThemeColor(index: index) : nil
                } else {
                    color = value?.string.flatMap(ThemeColor.init(name:))
                }
                guard let color else {
                    throw ConfigError(path: path, line: line, message: "bad colour for \(key) in [\(role)] (expected default, an ANSI name such as bright-blue, 0-255 or #rrggbb)")
                }
                if key.hasPrefix("f") { style.foreground = color } else { style.background = color }
            default:
                let names = value?.array.map { $0.compactMap { $0.string } } ?? value?.string.map { [$0] }
                guard let names else {
                    throw ConfigError(path: path, line: line, message: "attrs in [\(role)] must be a list such as [\"bold\", \"underline\"]")
                }
                for name in names {
                    guard let attribute = TextAttributes(name: name) else {
                        throw ConfigError(path: path, line: line, message: "unknown attribute \(name) in [\(role)] (expected bold, dim, italic, underline or reverse)")
                    }
                    style.attributes.insert(attribute)
                }
            }
        }
        return style
    }
}

extension Role {
    /// The roles a theme can style (all but plain).
    public static var themed: [Role] { allCases.filter { $0 != .plain } }
}
