/// The key map of the current mode at the bottom: keys in reverse, then what they do. Items that
/// do not fit are left out whole; `? help` is always kept, at the right, since it lists the rest.
enum KeyMapFooter {
    static func items(for state: DashboardState) -> [(key: String, label: String)] {
        switch state.overlay {
        case .filter:
            return [("⏎", "apply"), ("Esc", "cancel"), ("^U", "clear"), ("", "cat:x pri:urgent text")]
        case .reject:
            return [("⏎", "reject"), ("Esc", "cancel")]
        case .editor:
            return [("^S", "save & approve"), ("Esc", "cancel"), ("↑↓←→", "move"), ("⏎", "new line")]
        case .help:
            return [("any key", "close")]
        case nil:
            switch state.screen {
            case .inbox:
                return [
                    ("↑↓", "move"), ("⏎", "open"), ("a", "approve"), ("e", "edit"), ("r", "reject"),
                    ("/", "filter"), ("s", "sort"), ("⇥", "status"), ("q", "quit"),
                ]
            case .ticket:
                return [
                    ("↑↓", "scroll"), ("⇥", "section"), ("a", "approve"), ("e", "edit"), ("r", "reject"),
                    ("Esc", "back"), ("q", "quit"),
                ]
            }
        }
    }

    static func draw(_ state: DashboardState, row: Int, on grid: inout Grid) {
        let help: (key: String, label: String)? = state.overlay == nil ? ("?", "help") : nil
        let helpWidth = help.map { width($0) } ?? 0
        var x = 1
        for item in items(for: state) {
            guard x + width(item) + (help == nil ? 0 : helpWidth + 2) <= grid.columns else { break }
            x = draw(item, at: x, row: row, on: &grid) + 2
        }
        if let help, helpWidth + 1 <= grid.columns {
            draw(help, at: max(x, grid.columns - helpWidth - 1), row: row, on: &grid)
        }
    }

    static func width(_ item: (key: String, label: String)) -> Int {
        item.key.displayWidth + (item.key.isEmpty ? 0 : 1) + item.label.displayWidth
    }

    @discardableResult
    static func draw(_ item: (key: String, label: String), at x: Int, row: Int, on grid: inout Grid) -> Int {
        var x = x
        if !item.key.isEmpty {
            x = grid.put(item.key, row: row, column: x, style: CellStyle([.reverse, .bold], role: .accent)) + 1
        }
        return grid.put(item.label, row: row, column: x, style: item.key.isEmpty ? .dim : .plain)
    }
}
