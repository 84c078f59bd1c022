import ReaderState

/// Layout for the line-oriented commands, on the reader's own width rules so `lede list`
/// and the reader agree about every character.
enum TextLayout {
    /// Pads or cuts `text` (with `…`) to exactly `columns` display columns.
    static func pad(_ text: String, to columns: Int) -> String {
        DisplayWidth.pad(DisplayWidth.truncate(text, to: columns), to: columns)
    }
}
