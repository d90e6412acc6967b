/// The inline editor's multi-line text with a cursor: the fallback when `$EDITOR` cannot run.
/// Lines are arrays of grapheme clusters so the cursor never lands inside "é" or an emoji.
public struct TextBuffer: Sendable, Equatable {
    public private(set) var lines: [[Character]]
    /// The cursor's line.
    public private(set) var row: Int
    /// The cursor's position in its line, in characters (0…count).
    public private(set) var column: Int

    /// A buffer holding `text`, cursor at the start (where a reply is usually edited: the greeting).
    public init(_ text: String) {
        let clean = TextLayout.sanitize(text)
        lines = clean.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { Array($0) }
        if lines.isEmpty { lines = [[]] }
        row = 0
        column = 0
    }

    /// The text, lines joined with "\n".
    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    /// Characters in the buffer, newlines counted, for the store's 20,000-character limit.
    public var count: Int { lines.reduce(lines.count - 1) { $0 + $1.count } }

    /// Applies an editing key; returns false for keys it does not handle (Ctrl-S, Escape…).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character): insert(character)
        case .tab: for _ in 0..<4 { insert(" ") }
        case .enter: newline()
        case .backspace: backspace()
        case .delete, .control("d"): deleteForward()
        case .left:
            if column > 0 {
                column -= 1
            } else if row > 0 {
                row -= 1
                column = lines[row].count
            }
        case .right:
            if column < lines[row].count {
                column += 1
            } else if row + 1 < lines.count {
                row += 1
                column = 0
            }
        case .up:
            if row > 0 {
                row -= 1
                column = min(column, lines[row].count)
            }
        case .down:
            if row + 1 < lines.count {
                row += 1
                column = min(column, lines[row].count)
            }
        case .home, .control("a"): column = 0
        case .end, .control("e"): column = lines[row].count
        default: return false
        }
        return true
    }

    mutating func insert(_ character: Character) {
        if character.isNewline { return newline() }
        if DisplayWidth.of(character) == 0 {
            // Combining marks join the character before the cursor; anything else invisible is dropped.
            if column > 0 { lines[row][column - 1] = Character.combining(lines[row][column - 1], character) }
            return
        }
        lines[row].insert(character, at: column)
        column += 1
    }

    mutating func newline() {
        let rest = Array(lines[row][column...])
        lines[row].removeSubrange(column...)
        lines.insert(rest, at: row + 1)
        row += 1
        column = 0
    }

    mutating func backspace() {
        if column > 0 {
            lines[row].remove(at: column - 1)
            column -= 1
        } else if row > 0 {
            let line = lines.remove(at: row)
            row -= 1
            column = lines[row].count
            lines[row].append(contentsOf: line)
        }
    }

    mutating func deleteForward() {
        if column < lines[row].count {
            lines[row].remove(at: column)
        } else if row + 1 < lines.count {
            lines[row].append(contentsOf: lines.remove(at: row + 1))
        }
    }
}
