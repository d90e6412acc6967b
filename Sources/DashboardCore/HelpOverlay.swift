/// The `?` overlay: every key, in a box centred over the screen, clipped in small terminals.
enum HelpOverlay {
    static let entries: [(key: String, text: String)] = [
        ("↑↓ j k", "move / scroll"),
        ("PgUp PgDn", "page up / down"),
        ("g G Home End", "first / last"),
        ("Enter", "open the ticket"),
        ("Esc", "back; clear the filter"),
        ("a", "approve the draft"),
        ("e", "edit, then approve"),
        ("r", "reject (optional reason)"),
        ("/", "filter: text cat:billing pri:urgent"),
        ("s", "cycle the sort order"),
        ("Tab", "inbox: pending/approved/rejected"),
        ("Tab S-Tab", "ticket: next / previous section"),
        ("?", "this help"),
        ("q  Ctrl-C", "quit"),
    ]

    static func draw(on grid: inout Grid) {
        let keyWidth = 13
        let lines = entries.map { TextLayout.fit($0.key, width: keyWidth) + " " + $0.text }
        let contentWidth = lines.map(\.displayWidth).max() ?? 0
        let width = min(grid.columns, contentWidth + 4)
        let height = min(grid.rows, lines.count + 2)
        guard width >= 4, height >= 2 else { return }
        let left = (grid.columns - width) / 2
        let top = (grid.rows - height) / 2
        let border = CellStyle(.bold, role: .accent)
        let title = TextLayout.truncate(" Keys ", width: width - 2)
        grid.put("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, style: border)
        grid.put(title, row: top, column: left + 2, style: border)
        for index in 0..<(height - 2) {
            let y = top + 1 + index
            grid.fill(row: y, columns: left..<(left + width), style: .plain)
            grid.put("│", row: y, column: left, style: border)
            grid.put(TextLayout.truncate(lines[index], width: width - 4), row: y, column: left + 2)
            grid.put("│", row: y, column: left + width - 1, style: border)
        }
        grid.put(
            "└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left, style: border)
    }
}
