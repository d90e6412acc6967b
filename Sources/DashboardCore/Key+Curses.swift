extension Key {
    /// ncurses key codes (`<curses.h>`), so the app maps `get_wch` results without guessing.
    public enum CursesCode {
        public static let down: Int32 = 0o402
        public static let up: Int32 = 0o403
        public static let left: Int32 = 0o404
        public static let right: Int32 = 0o405
        public static let home: Int32 = 0o406
        public static let backspace: Int32 = 0o407
        public static let delete: Int32 = 0o512
        public static let pageDown: Int32 = 0o522
        public static let pageUp: Int32 = 0o523
        public static let enter: Int32 = 0o527
        public static let backTab: Int32 = 0o541
        public static let end: Int32 = 0o550
        public static let resize: Int32 = 0o632
    }

    /// Maps a `get_wch` result that returned `KEY_CODE_YES` (a function key). `size` is asked for
    /// only on `KEY_RESIZE`, where the app reads the new size with `getmaxyx`. Unknown codes are nil.
    public init?(cursesKeyCode code: Int32, size: () -> TerminalSize) {
        switch code {
        case CursesCode.down: self = .down
        case CursesCode.up: self = .up
        case CursesCode.left: self = .left
        case CursesCode.right: self = .right
        case CursesCode.home: self = .home
        case CursesCode.end: self = .end
        case CursesCode.backspace: self = .backspace
        case CursesCode.delete: self = .delete
        case CursesCode.pageDown: self = .pageDown
        case CursesCode.pageUp: self = .pageUp
        case CursesCode.enter: self = .enter
        case CursesCode.backTab: self = .backTab
        case CursesCode.resize: self = .resize(size())
        default: return nil
        }
    }

    /// Maps a `get_wch` result that returned `OK` (a character). Terminals send Enter as CR or LF,
    /// Backspace as DEL or BS, and Ctrl-letters as 1…26; all are folded here so reducers see one key.
    public init?(cursesCharacter value: UInt32) {
        switch value {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 27: self = .escape
        case 8, 127: self = .backspace
        case 1...26: self = .control(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            self = .character(Character(scalar))
        }
    }
}
