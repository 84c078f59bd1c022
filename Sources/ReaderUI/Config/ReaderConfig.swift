import Foundation
import ReaderState
import TOMLKit

/// `$XDG_CONFIG_HOME/lede/config.toml`: the reader's defaults and key bindings.
///
/// ```toml
/// theme = "nord"
/// layout = "split"        # or "single"
/// sort = "date"           # date, title or provider
/// watch = false           # do not follow changes to the files
/// mouse = false           # clicks and the wheel do nothing (select text as usual)
/// hyperlinks = "auto"     # web addresses as OSC 8 hyperlinks: "auto", true or false
///
/// [keys]
/// line-down = ["j", "Down", "Ctrl-N"]
/// quit = ["Q", "Ctrl-Q"]
///
/// [searches."police in Chicago"]   # see `SavedSearchConfig`
/// query = "chicago police"
/// ```
public struct ReaderConfig: Sendable, Equatable {
    public enum Layout: String, Sendable, CaseIterable {
        case split, single
    }

    public var theme: String?
    public var layout: Layout?
    public var sort: String?
    /// Whether the reader follows changes to the files (default yes).
    public var watch: Bool?
    /// Whether clicks and the wheel act (default yes).
    public var mouse: Bool?
    /// Whether web addresses are OSC 8 hyperlinks (default `auto`).
    public var hyperlinks: HyperlinkSetting?
    /// Rebound commands: each replaces that command's default keys.
    public var keyBindings: [Command: [Key]] = [:]
    /// Saved searches (`[searches."name"]` tables), by name.
    public var searches: [SavedSearch] = []

    public init() {}

    public static let sortNames = SortKey.allCases.map(\.rawValue)

    /// Reads the config file; a missing file is the default config. Problems are returned
    /// beside the config (which then keeps its defaults for them), never thrown: the
    /// reader always starts.
    public static func load(from url: URL) -> (ReaderConfig, [ConfigError]) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (ReaderConfig(), []) }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            return (ReaderConfig(), [ConfigError(path: url.path, line: nil, message: "cannot read the config file")])
        }
        return parse(text, path: url.path)
    }

    public static func parse(_ text: String, path: String) -> (ReaderConfig, [ConfigError]) {
        var config = ReaderConfig()
        var errors: [ConfigError] = []
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return (config, [ConfigError(path: path, line: error.source.begin.line, message: "not valid TOML: \(error.description)")])
        } catch {
            return (config, [ConfigError(path: path, line: nil, message: "not valid TOML")])
        }
        let lines = TOMLLines(text)
        func problem(_ key: String, in section: String? = nil, _ message: String) {
            errors.append(ConfigError(path: path, line: lines.line(table: section, key: key) ?? lines.line(table: key), message: message))
        }
        for key in table.keys {
            let value = table[key]
            switch key {
            case "theme":
                if let name = value?.string { config.theme = name } else { problem(key, "theme must be a theme name or path") }
            case "layout":
                if let layout = value?.string.flatMap(Layout.init(rawValue:)) { config.layout = layout } else {
                    problem(key, "layout must be \"split\" or \"single\"")
                }
            case "sort":
                if let sort = value?.string, sortNames.contains(sort) { config.sort = sort } else {
                    problem(key, "sort must be one of \(sortNames.joined(separator: ", "))")
                }
            case "watch":
                if let watch = value?.bool { config.watch = watch } else { problem(key, "watch must be true or false") }
            case "mouse":
                if let mouse = value?.bool { config.mouse = mouse } else { problem(key, "mouse must be true or false") }
            case "hyperlinks":
                if let on = value?.bool {
                    config.hyperlinks = on ? .on : .off
                } else if value?.string == "auto" {
                    config.hyperlinks = .auto
                } else {
                    problem(key, "hyperlinks must be \"auto\", true or false")
                }
            case "keys":
                guard let keys = value?.table else {
                    problem(key, "[keys] must be a table of action = [\"key\", …]")
                    continue
                }
                for action in keys.keys {
                    guard let command = CommandTable.all.first(where: { $0.name == action })?.command else {
                        problem(action, in: "keys", "unknown action \(action) (expected one of: \(CommandTable.all.map(\.name).joined(separator: ", ")))")
                        continue
                    }
                    let names = keys[action]?.array.map { $0.compactMap { $0.string } } ?? keys[action]?.string.map { [$0] } ?? []
                    let parsed = names.map { ($0, Key(name: $0)) }
                    if let bad = parsed.first(where: { $0.1 == nil }) {
                        problem(action, in: "keys", "unknown key \(bad.0) for \(action) (expected a character, Space, Enter, Esc, Tab, Shift-Tab, Backspace, Up, Down, Left, Right, PgUp, PgDn, Home, End, Ctrl-X or F1–F12)")
                    } else if parsed.isEmpty {
                        problem(action, in: "keys", "\(action) needs at least one key")
                    } else {
                        config.keyBindings[command] = parsed.compactMap(\.1)
                    }
                }
            case "searches":
                guard let searches = value?.table else {
                    problem(key, "[searches] must hold tables: [searches.\"name\"] with query = \"…\"")
                    continue
                }
                config.searches = SavedSearchConfig.parse(searches) { name, entryKey, message in
                    let table = "searches." + name.filter { $0 != " " && $0 != "\"" }
                    let line = lines.line(table: table, key: entryKey) ?? lines.line(table: table) ?? lines.line(table: "searches")
                    errors.append(ConfigError(path: path, line: line, message: message))
                }
            default:
                problem(key, "unknown setting \(key) (expected theme, layout, sort, watch, mouse, hyperlinks, [keys] or [searches])")
            }
        }
        // TOML tables are unordered: report in the order of the file.
        return (config, errors.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }
}
