import ReaderState

/// Layout for the line-oriented commands, on the reader's own width rules so `lede show`
/// and the reader agree about every character.
enum TextLayout {
    static func width(_ text: String) -> Int { DisplayWidth.of(text) }

    /// Pads or cuts `text` (with `…`) to exactly `columns` display columns.
    static func pad(_ text: String, to columns: Int) -> String {
        DisplayWidth.pad(DisplayWidth.truncate(text, to: columns), to: columns)
    }

    /// Word-wraps `text` to `columns`, each line prefixed with `indent`.
    static func wrap(_ text: String, to columns: Int, indent: String = "") -> [String] {
        guard !text.isEmpty else { return [] }
        return TextWrap.wrap(text, width: max(1, columns - DisplayWidth.of(indent))).map { indent + $0.text }
    }
}
