/// A screen of cells, row-major: what the renderer produces and the terminal layer paints.
/// The grid keeps wide characters whole: overwriting either half of one blanks the other, so a
/// diff never asks the terminal to draw half a glyph.
public struct Grid: Sendable, Equatable {
    public let size: TerminalSize
    /// All cells, row after row (`row * columns + column`).
    public private(set) var cells: [Cell]

    /// A blank grid.
    public init(size: TerminalSize) {
        self.size = size
        cells = Array(repeating: .blank, count: size.columns * size.rows)
    }

    public var columns: Int { size.columns }
    public var rows: Int { size.rows }

    /// The cell at `row`, `column` (both must be inside the grid).
    public subscript(row: Int, column: Int) -> Cell {
        cells[row * size.columns + column]
    }

    /// The cells of one row.
    public func row(_ row: Int) -> ArraySlice<Cell> {
        cells[(row * size.columns)..<((row + 1) * size.columns)]
    }

    /// Writes `text` from `column` on `row`, clipped to `maxWidth` columns and to the grid, and
    /// returns the column after the last one written. Zero-width clusters are skipped; a wide
    /// character that does not fit is replaced by a blank so the row stays aligned.
    @discardableResult
    public mutating func put(
        _ text: String, row: Int, column: Int, style: CellStyle = .plain, maxWidth: Int = .max
    )
        -> Int
    {
        guard row >= 0, row < size.rows, column < size.columns else { return column }
        let limit = min(size.columns, maxWidth == .max ? .max : column + max(0, maxWidth))
        var x = column
        for character in text {
            if x >= limit { break }
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if x < 0 {
                x += width
                continue
            }
            if x + width > limit {
                set(Cell.blank(style), row: row, column: x)
                x += 1
                break
            }
            set(Cell(character: character, width: width, style: style), row: row, column: x)
            x += width
        }
        return x
    }

    /// Fills `columns` of `row` with blanks in `style` (e.g. the reverse bar of the selected row).
    public mutating func fill(row: Int, columns: Range<Int>, style: CellStyle) {
        guard row >= 0, row < size.rows else { return }
        for x in max(0, columns.lowerBound)..<min(size.columns, max(0, columns.upperBound)) {
            set(.blank(style), row: row, column: x)
        }
    }

    /// Adds `attributes` to every cell of `columns` on `row`, keeping the text.
    public mutating func addAttributes(_ attributes: TextAttributes, row: Int, columns: Range<Int>) {
        guard row >= 0, row < size.rows else { return }
        for x in max(0, columns.lowerBound)..<min(size.columns, max(0, columns.upperBound)) {
            cells[row * size.columns + x].style.attributes.formUnion(attributes)
        }
    }

    /// Drops every colour role, for `NO_COLOR`; attributes (bold, reverse…) stay, so the screen
    /// still shows selection and emphasis.
    public mutating func removeColour() {
        for index in cells.indices where cells[index].style.role != nil {
            cells[index].style.role = nil
        }
    }

    /// The rows as text, wide characters once, trailing blanks trimmed: for snapshot tests and logs.
    public var lines: [String] {
        (0..<size.rows).map { y in
            var line = ""
            for cell in row(y) where !cell.isContinuation { line.append(cell.character) }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Sets one cell (and its continuation), blanking halves of wide characters it overwrites.
    mutating func set(_ cell: Cell, row: Int, column: Int) {
        let base = row * size.columns
        let end = column + max(1, cell.width)
        guard column >= 0, end <= size.columns else { return }
        // The left neighbour loses its right half.
        if cells[base + column].isContinuation, column > 0 {
            cells[base + column - 1] = .blank(cells[base + column - 1].style)
        }
        // The right neighbour loses its left half.
        if end < size.columns, cells[base + end].isContinuation {
            cells[base + end] = .blank(cells[base + end].style)
        }
        cells[base + column] = cell
        if cell.width == 2 {
            cells[base + column + 1] = Cell(character: " ", width: 0, style: cell.style)
        }
    }
}
