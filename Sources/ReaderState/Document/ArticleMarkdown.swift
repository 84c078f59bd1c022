/// `lede export --format markdown`'s rendering of an `ArticleContent`: one `##` section
/// per article, its link sections as `###` ordered lists keeping the reader's numbers.
///
/// Every piece of article text is escaped, so a title or paragraph cannot become markup
/// (a heading, emphasis, a link, raw HTML, a table). Addresses are written as they are.
public enum ArticleMarkdown {
    public static func lines(_ content: ArticleContent) -> [String] {
        var lines: [String] = []
        for block in content.blocks {
            switch block {
            case .title(let title): lines += ["## " + escape(title), ""]
            case .notice(let text): lines += ["**" + escape(text) + "**", ""]
            case .meta(let parts): lines += ["*" + parts.map(escape).joined(separator: " · ") + "*", ""]
            case .excerpt(let text): lines += ["> " + escape(text), ""]
            case .paragraph(let text): lines += [escape(text), ""]
            case .topics(let topics): lines += ["Topics: " + topics.map(escape).joined(separator: ", "), ""]
            case .address(let url): lines += ["<\(url)>", ""]
            case .links(let section):
                lines += ["### " + escape(section.heading), ""]
                // An ordered list starting at its first number keeps the reader's numbering
                // across sections.
                lines += section.entries.map(item)
                lines.append("")
            }
        }
        return lines
    }

    /// `n. [title](address) — meta`, or the bare title when there is no address.
    private static func item(_ entry: ArticleLinks.Entry) -> String {
        var line = "\(entry.number). " + (entry.address.map { "[\(escape(entry.title))](\($0))" } ?? escape(entry.title))
        if !entry.meta.isEmpty { line += " — " + entry.meta.map(escape).joined(separator: " · ") }
        return line
    }

    /// `text` with every character Markdown could read as markup behind a backslash.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
