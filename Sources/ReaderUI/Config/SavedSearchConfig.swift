import ReaderState
import TOMLKit

/// Saved searches in the config file, one table each, so they can be written by hand:
///
/// ```toml
/// [searches."police in Chicago"]
/// query = "chicago police -sports"   # the reader's query language
/// topic = "AI"                       # or a list: ["AI", "Privacy"]; as the topics browser names them
/// provider = "CNN"
/// month = "February 2020"            # as the months browser names them
/// bookmarked = true
/// story = "0a1b2c3d4e5f"             # a story id, as `lede stories` prints it
/// ```
enum SavedSearchConfig {
    static let keys = ["query", "topic", "provider", "month", "bookmarked", "story"]

    /// The saved searches of a `[searches]` table; `problem(name, key, message)` reports a
    /// broken one (its line found from the name and key), which is left out.
    static func parse(_ table: TOMLTable, problem: (String, String?, String) -> Void) -> [SavedSearch] {
        var searches: [SavedSearch] = []
        for name in table.keys {
            guard let entry = table[name]?.table else {
                problem(name, nil, "saved search \(name) must be a table: [searches.\"\(name)\"] with query = \"…\" and the like")
                continue
            }
            var levels: [Narrowing] = []
            var broken = false
            for key in entry.keys {
                guard let value = entry[key] else { continue }
                switch key {
                case "query":
                    guard let text = value.string else {
                        problem(name, key, "query must be a string in the reader's query language")
                        broken = true
                        continue
                    }
                    do {
                        _ = try Query.parse(text)
                        levels.append(.query(text))
                    } catch {
                        problem(name, key, "query does not parse: \(error.message)")
                        broken = true
                    }
                case "topic", "provider", "month", "story":
                    guard let values = value.string.map({ [$0] }) ?? value.array.map({ $0.compactMap(\.string) }),
                          !values.isEmpty, value.array.map({ $0.count == values.count }) ?? true else {
                        problem(name, key, "\(key) must be a string or a list of strings")
                        broken = true
                        continue
                    }
                    for text in values {
                        switch key {
                        case "topic": levels.append(.facet(.topic, text))
                        case "provider": levels.append(.facet(.provider, text))
                        case "month": levels.append(.facet(.month, text))
                        default: levels.append(.story(id: text, title: ""))
                        }
                    }
                case "bookmarked":
                    guard let bookmarked = value.bool else {
                        problem(name, key, "bookmarked must be true or false")
                        broken = true
                        continue
                    }
                    if bookmarked { levels.append(.bookmarks) }
                default:
                    problem(name, key, "unknown key \(key) in saved search \(name) (expected \(keys.joined(separator: ", ")))")
                    broken = true
                }
            }
            if broken { continue }
            guard !levels.isEmpty else {
                problem(name, nil, "saved search \(name) selects nothing: give it a query, topic, provider, month, bookmarked or story")
                continue
            }
            searches.append(SavedSearch(name: name, levels: levels))
        }
        return searches.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    /// `search` as the table `parse` reads back as the same saved search.
    static func table(_ search: SavedSearch) -> String {
        var topics: [String] = [], providers: [String] = [], months: [String] = [], stories: [String] = []
        var query: String?
        var bookmarked = false
        for level in search.levels {
            switch level {
            case .facet(.topic, let value): topics.append(value)
            case .facet(.provider, let value): providers.append(value)
            case .facet(.month, let value): months.append(value)
            case .story(let id, _): stories.append(id)
            case .bookmarks: bookmarked = true
            case .query(let text): query = text
            case .saved: break
            }
        }
        var text = "[searches.\(quoted(search.name))]\n"
        if let query { text += "query = \(quoted(query))\n" }
        for (key, values) in [("topic", topics), ("provider", providers), ("month", months), ("story", stories)] where !values.isEmpty {
            text += "\(key) = " + (values.count == 1 ? quoted(values[0]) : "[" + values.map(quoted).joined(separator: ", ") + "]") + "\n"
        }
        if bookmarked { text += "bookmarked = true\n" }
        return text
    }

    /// A TOML basic string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
