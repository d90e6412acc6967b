/// A single-line text field (the filter and reject-reason prompts) with a cursor.
public struct LineInput: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Position of the cursor, in characters (0…count).
    public private(set) var cursor: Int
    /// Longest accepted input, in characters.
    public let maxLength: Int

    public init(_ text: String = "", maxLength: Int = 1000) {
        characters = Array(TextLayout.singleLine(text).prefix(maxLength))
        cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String { String(characters) }

    /// Applies an editing key; returns false for keys it does not handle (Enter, Escape…).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            insert(character)
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            // Readline's "kill to start": the quickest way to clear a filter.
            characters.removeFirst(cursor)
            cursor = 0
        default:
            return false
        }
        return true
    }

    mutating func insert(_ character: Character) {
        guard !character.isNewline, DisplayWidth.of(character) > 0 || cursor > 0 else { return }
        if DisplayWidth.of(character) == 0, cursor > 0 {
            // A combining mark typed on its own joins the character before the cursor ("e" + "´" = "é").
            characters[cursor - 1] = Character.combining(characters[cursor - 1], character)
            return
        }
        guard characters.count < maxLength else { return }
        characters.insert(character, at: cursor)
        cursor += 1
    }
}

extension Character {
    /// `base` followed by `mark` as one cluster when they form one, else `base` unchanged.
    static func combining(_ base: Character, _ mark: Character) -> Character {
        let joined = String(base) + String(mark)
        return joined.count == 1 ? Character(joined) : base
    }
}
