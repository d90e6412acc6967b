/// One terminal cell. A wide character (CJK, emoji) fills two cells: its own, `width` 2, and a
/// continuation cell to its right, `width` 0, which the terminal layer skips when printing.
public struct Cell: Sendable, Equatable {
    /// The grapheme cluster drawn here; a space for blanks and continuation cells.
    public var character: Character
    /// 1 or 2 for a character, 0 for the right half of a wide character.
    public var width: Int
    public var style: CellStyle

    public init(character: Character, width: Int = 1, style: CellStyle = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    /// Whether this cell is the right half of a wide character.
    public var isContinuation: Bool { width == 0 }

    public static let blank = Cell(character: " ")

    static func blank(_ style: CellStyle) -> Cell { Cell(character: " ", style: style) }
}
