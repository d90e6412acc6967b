/// The line above the status bar: an open prompt, else the last confirmation. In small terminals
/// it shares the key map's row and wins over it while it has something to say.
enum MessageLine {
    static func draw(_ state: DashboardState, row: Int, on grid: inout Grid) {
        switch state.overlay {
        case .filter(let input):
            clear(row, on: &grid)
            drawPrompt("/", input, row: row, on: &grid)
        case .reject(let target, let input):
            clear(row, on: &grid)
            let subject = TextLayout.truncate(target.subject, width: 24)
            drawPrompt("Reject “\(subject)” — reason (optional): ", input, row: row, on: &grid)
        default:
            guard let notice = state.notice else { return }
            clear(row, on: &grid)
            let style = CellStyle(notice.kind == .info ? [] : .bold, role: notice.role)
            grid.put(
                TextLayout.truncate(notice.text, width: grid.columns - 2), row: row, column: 1, style: style)
        }
    }

    static func clear(_ row: Int, on grid: inout Grid) {
        grid.fill(row: row, columns: 0..<grid.columns, style: .plain)
    }

    /// A label and an input, scrolled sideways so the cursor (a reversed cell) is always visible.
    static func drawPrompt(_ label: String, _ input: LineInput, row: Int, on grid: inout Grid) {
        let labelText = TextLayout.truncate(label, width: max(0, grid.columns - 16))
        let x = grid.put(labelText, row: row, column: 1, style: CellStyle(.bold, role: .accent))
        let room = grid.columns - x - 1
        guard room > 0 else { return }
        var first = 0
        let characters = input.characters
        // Drop characters from the left until the text before the cursor, plus the cursor, fits.
        while first < input.cursor && DisplayWidth.of(String(characters[first..<input.cursor])) + 1 > room {
            first += 1
        }
        var column = x
        for index in first..<characters.count {
            let w = DisplayWidth.of(characters[index])
            if column + w > x + room { break }
            let style = index == input.cursor ? CellStyle(.reverse) : .plain
            column = grid.put(String(characters[index]), row: row, column: column, style: style)
        }
        if input.cursor == characters.count, column < grid.columns {
            grid.put(" ", row: row, column: column, style: CellStyle(.reverse))
        }
    }
}
