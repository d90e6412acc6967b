/// A key press (or a terminal resize, which ncurses delivers as a key too).
public enum Key: Sendable, Equatable {
    /// A printable character, including accented letters, CJK and emoji.
    case character(Character)
    /// Ctrl with a letter, lowercased: `.control("s")` is Ctrl-S.
    case control(Character)
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    case enter
    case escape
    case backspace
    case delete
    case tab
    /// Shift-Tab.
    case backTab
    /// The terminal now has this size.
    case resize(TerminalSize)
}
