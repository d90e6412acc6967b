/// A run of changed cells on one row: move the terminal cursor to `row`, `column` and print the
/// cells (skipping continuation cells, which the wide character before them covers).
public struct GridRun: Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var cells: [Cell]

    public init(row: Int, column: Int, cells: [Cell]) {
        self.row = row
        self.column = column
        self.cells = cells
    }

    /// The characters of the run, as printed.
    public var text: String {
        var text = ""
        for cell in cells where !cell.isContinuation { text.append(cell.character) }
        return text
    }
}

/// The runs that turn `old` into `new` on screen: only changed cells, adjacent ones joined, each run
/// starting and ending on whole characters. Repainting only these is what keeps the dashboard from
/// flickering. When the sizes differ (a resize) every row of `new` is one run: the app should clear
/// and repaint.
public func diff(_ old: Grid, _ new: Grid) -> [GridRun] {
    guard old.size == new.size else {
        return (0..<new.rows).map { GridRun(row: $0, column: 0, cells: Array(new.row($0))) }
    }
    var runs: [GridRun] = []
    let columns = new.columns
    for y in 0..<new.rows {
        let base = y * columns
        var x = 0
        while x < columns {
            if old.cells[base + x] == new.cells[base + x] {
                x += 1
                continue
            }
            // A run must not start on the right half of a wide character.
            var start = x
            if new.cells[base + start].isContinuation, start > 0 { start -= 1 }
            var end = x + 1
            while end < columns && old.cells[base + end] != new.cells[base + end] { end += 1 }
            // …nor end on its left half.
            if end < columns && new.cells[base + end].isContinuation { end += 1 }
            if let last = runs.last, last.row == y, last.column + last.cells.count >= start {
                // Joined with the previous run when the widening made them touch.
                let from = last.column + last.cells.count
                if from < end {
                    runs[runs.count - 1].cells.append(contentsOf: new.cells[(base + from)..<(base + end)])
                }
            } else {
                runs.append(GridRun(row: y, column: start, cells: Array(new.cells[(base + start)..<(base + end)])))
            }
            x = end
        }
    }
    return runs
}
