/// Draws the inline editor over the page body: a title with its keys, then the wrapped text
/// with the cursor shown as a reversed cell (the terminal cursor stays hidden, so this is
/// testable and the same on every terminal).
enum EditorRenderer {
    static func draw(_ editor: EditorState, layout: Layout, on grid: inout Grid) {
        let body = layout.pageBody
        guard !body.isEmpty else { return }
        for y in body { grid.fill(row: y, columns: 0..<grid.columns, style: .plain) }
        let area = EditorState.textArea(grid.size)
        if body.count > 1 {
            let title = "Editing “\(editor.target.subject)” — ^S save & approve · Esc cancel"
            grid.fill(row: body.lowerBound, columns: 0..<grid.columns, style: CellStyle(.reverse))
            grid.put(
                " " + TextLayout.truncate(title, width: grid.columns - 1), row: body.lowerBound, column: 0,
                style: CellStyle([.reverse, .bold]))
        }
        let width = area.width
        let cursor = editor.cursorPosition(width: width)
        var visualRow = 0
        let visible = editor.scroll..<(editor.scroll + area.rows.count)
        for line in editor.buffer.lines {
            if visualRow >= visible.upperBound { break }
            for chunk in TextLayout.chunks(line, width: width) {
                if visible.contains(visualRow) {
                    grid.put(String(line[chunk]), row: area.rows.lowerBound + visualRow - editor.scroll, column: 0)
                }
                visualRow += 1
            }
        }
        if visible.contains(cursor.row) {
            let y = area.rows.lowerBound + cursor.row - editor.scroll
            let x = min(cursor.column, grid.columns - 1)
            if x >= 0, y < grid.rows {
                let cell = grid[y, x]
                let character = cell.isContinuation ? " " : cell.character
                grid.set(
                    Cell(character: character, width: max(1, cell.width), style: CellStyle(.reverse)), row: y, column: x
                )
            }
        }
    }
}
