/// Where each part of the screen goes for a terminal size. The reducer (to size the scroll
/// viewport) and the renderer use the same layout, so what is scrolled to is what is drawn.
///
/// From 8 rows: header, column headings, list, message line, status bar, key map. Below that the
/// column headings and the status bar go, and the message shares the key map's row: the list
/// keeps as many rows as possible. Nothing here can be negative, so 20×5 or even 0×0 draws safely.
struct Layout {
    let size: TerminalSize
    let headerRow: Int?
    let columnHeadingRow: Int?
    /// Rows for the inbox list (below the column headings).
    let listBody: Range<Int>
    /// Rows for the ticket, editor and other full pages (right below the header).
    let pageBody: Range<Int>
    /// The confirmation and prompt line; in small terminals the key map's row.
    let messageRow: Int?
    let statusRow: Int?
    let footerRow: Int?

    init(_ size: TerminalSize) {
        self.size = size
        let rows = size.rows
        if rows >= 8 {
            headerRow = 0
            columnHeadingRow = 1
            listBody = 2..<(rows - 3)
            pageBody = 1..<(rows - 3)
            messageRow = rows - 3
            statusRow = rows - 2
            footerRow = rows - 1
        } else if rows >= 3 {
            headerRow = 0
            columnHeadingRow = nil
            listBody = 1..<(rows - 1)
            pageBody = 1..<(rows - 1)
            messageRow = rows - 1
            statusRow = nil
            footerRow = rows - 1
        } else {
            headerRow = nil
            columnHeadingRow = nil
            listBody = 0..<min(rows, 1)
            pageBody = listBody
            messageRow = rows == 2 ? 1 : nil
            statusRow = nil
            footerRow = rows == 2 ? 1 : nil
        }
    }
}
