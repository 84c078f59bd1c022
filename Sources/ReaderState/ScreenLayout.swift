/// Where each part of the screen goes for a terminal size and layout mode.
///
/// State and rendering share it, so the rows the reducer scrolls by are exactly the rows
/// the views draw.
public struct ScreenLayout: Equatable, Sendable {
    public struct Rect: Equatable, Sendable {
        public var row: Int
        public var col: Int
        public var rows: Int
        public var cols: Int

        public init(row: Int, col: Int, rows: Int, cols: Int) {
            self.row = row
            self.col = col
            self.rows = max(0, rows)
            self.cols = max(0, cols)
        }
    }

    /// Terminals at least this wide show list and article side by side automatically.
    public static let automaticSplitColumns = 160
    /// Narrower than this, side by side is refused even when asked for.
    public static let minimumSplitColumns = 60

    public let rows: Int
    public let cols: Int
    public let isSplit: Bool
    /// The top line (corpus name and counts), when there is room for one.
    public let header: Rect?
    /// The bottom line (hints, status, search prompt), when there is room for one.
    public let status: Rect?
    /// Everything between header and status.
    public let body: Rect
    public let list: Rect
    /// Article or card pane: the right side when split, else the whole body.
    public let reader: Rect
    /// The vertical divider when split.
    public let divider: Rect?

    public init(rows: Int, cols: Int, split: Bool) {
        self.rows = max(0, rows)
        self.cols = max(0, cols)
        let hasHeader = self.rows >= 3
        let hasStatus = self.rows >= 1
        header = hasHeader ? Rect(row: 0, col: 0, rows: 1, cols: self.cols) : nil
        status = hasStatus ? Rect(row: self.rows - 1, col: 0, rows: 1, cols: self.cols) : nil
        let top = hasHeader ? 1 : 0
        body = Rect(row: top, col: 0, rows: self.rows - top - (hasStatus ? 1 : 0), cols: self.cols)
        isSplit = split && self.cols >= ScreenLayout.minimumSplitColumns
        if isSplit {
            let listCols = self.cols * 2 / 5
            list = Rect(row: body.row, col: 0, rows: body.rows, cols: listCols)
            divider = Rect(row: body.row, col: listCols, rows: body.rows, cols: 1)
            reader = Rect(row: body.row, col: listCols + 1, rows: body.rows, cols: self.cols - listCols - 1)
        } else {
            list = body
            reader = body
            divider = nil
        }
    }

    /// Columns article text is wrapped to: the reader pane less a margin each side.
    public var readerTextWidth: Int { max(1, reader.cols - 2) }
}
