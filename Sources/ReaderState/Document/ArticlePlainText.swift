/// `lede show`'s rendering of an `ArticleContent`: plain lines wrapped to a width, on the
/// reader's own width rules so they agree with the pane about every character.
///
/// The title is underlined; addresses are never wrapped, so they stay copyable.
public enum ArticlePlainText {
    /// How far a link's meta line and address are indented under its title.
    static let linkIndent = "    "

    public static func lines(_ content: ArticleContent, width: Int) -> [String] {
        var lines: [String] = []
        // Blocks are separated by one blank line, except that the title, notice and meta
        // lines sit together at the top, as in the pane.
        func separate() { if let last = lines.last, !last.isEmpty { lines.append("") } }
        for block in content.blocks {
            switch block {
            case .title(let title):
                lines += wrap(title, to: width)
                lines.append(String(repeating: "=", count: max(1, min(width, DisplayWidth.of(title)))))
            case .notice(let text):
                lines += wrap(text, to: width)
            case .meta(let parts):
                lines += wrap(parts.joined(separator: " · "), to: width)
            case .excerpt(let text):
                separate()
                lines += wrap(text, to: width, indent: "  ")
            case .paragraph(let text):
                separate()
                lines += wrap(text, to: width)
            case .topics(let topics):
                separate()
                lines += wrap("Topics: " + topics.joined(separator: ", "), to: width)
            case .address(let url):
                separate()
                lines.append("URL: " + url)
            case .links(let section):
                separate()
                lines.append(section.heading)
                for entry in section.entries { lines += link(entry, width: width) }
            }
        }
        return lines
    }

    /// `[n] title`, then its meta parts and address indented beneath.
    private static func link(_ entry: ArticleLinks.Entry, width: Int) -> [String] {
        var lines = wrap("[\(entry.number)] \(entry.title)", to: width)
        if !entry.meta.isEmpty { lines += wrap(entry.meta.joined(separator: " · "), to: width, indent: linkIndent) }
        if let address = entry.address { lines.append(linkIndent + address) }
        return lines
    }

    /// Word-wraps `text` to `columns`, each line prefixed with `indent`.
    static func wrap(_ text: String, to columns: Int, indent: String = "") -> [String] {
        guard !text.isEmpty else { return [] }
        return TextWrap.wrap(text, width: max(1, columns - DisplayWidth.of(indent))).map { indent + $0.text }
    }
}
