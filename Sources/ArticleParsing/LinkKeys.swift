/// Keys under which related links match corpus articles: URLs with their cosmetic
/// differences (scheme, `www.`, AMP variants, fragments, trailing slashes) removed, and
/// titles with case, punctuation and spacing folded.
public enum LinkKeys {
    public static func url(_ raw: String) -> String? {
        var text = raw.trimmingBlanks().lowercased()
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        for scheme in ["https://", "http://", "//"] where text.hasPrefix(scheme) {
            text.removeFirst(scheme.count)
            break
        }
        // Google's AMP cache: HOST-with-dashes.cdn.ampproject.org/c/s/HOST/PATH
        if let cache = text.range(of: ".cdn.ampproject.org/") {
            var rest = text[cache.upperBound...]
            for prefix in ["c/s/", "c/", "v/s/", "v/"] where rest.hasPrefix(prefix) {
                rest = rest.dropFirst(prefix.count)
                break
            }
            text = String(rest)
        }
        var host = String(text.prefix(while: { $0 != "/" && $0 != "?" }))
        var rest = String(text.dropFirst(host.count))
        for prefix in ["www.", "amp.", "m."] where host.hasPrefix(prefix) {
            host.removeFirst(prefix.count)
            break
        }
        guard !host.isEmpty else { return nil }
        var query = ""
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = String(rest[..<mark])
        }
        let keptQuery = query.split(separator: "&").filter { parameter in
            let name = parameter.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return name != "amp" && name != "outputtype" && !name.hasPrefix("utm_")
        }
        var segments = rest.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        segments.removeAll { $0 == "amp" || $0 == ".amp" }
        if var last = segments.popLast() {
            for suffix in [".amp.html", ".amp"] where last.hasSuffix(suffix) {
                last = String(last.dropLast(suffix.count)) + (suffix == ".amp.html" ? ".html" : "")
                break
            }
            segments.append(last)
        }
        var key = host
        if !segments.isEmpty { key += "/" + segments.joined(separator: "/") }
        if !keptQuery.isEmpty { key += "?" + keptQuery.joined(separator: "&") }
        return key
    }

    public static func title(_ raw: String) -> String? {
        var folded = ""
        folded.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        for character in raw.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingSpace && !folded.isEmpty { folded.append(" ") }
                pendingSpace = false
                folded.append(character)
            } else if character.isWhitespace || character.isPunctuation || character.isSymbol {
                pendingSpace = true
            }
        }
        return folded.isEmpty ? nil : folded.folding(options: [.diacriticInsensitive], locale: nil)
    }
}
