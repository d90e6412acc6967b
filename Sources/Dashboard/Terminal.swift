internal import CNcursesw
import DashboardCore
import Foundation

/// The ncurses screen. Confinement: created, used and stopped on the dashboard's UI thread only
/// (curses keeps global state and is not thread-safe), so it is not `Sendable`.
final class Terminal {
    /// Colour pairs by role; empty when colour is off (`NO_COLOR`, or a terminal without colour).
    private var pairs: [ColorRole: Int32] = [:]
    private var running = false

    /// Takes over the terminal: raw keys (Ctrl-C is a key, handled as quit), no echo, keypad
    /// decoding, a hidden cursor and a short Esc delay so Esc feels immediate.
    init(colour: Bool) throws {
        sb_setlocale_from_environment()
        // Before the screen starts: ncurses reads it once.
        set_escdelay(25)
        guard sb_start_screen() == 0 else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            throw DashboardError.terminal("the terminal type \(term) is unknown to terminfo (try TERM=xterm-256color)")
        }
        running = true
        raw()
        noecho()
        nonl()
        sb_keypad(1)
        sb_nodelay(1)
        curs_set(0)
        if colour, has_colors() {
            start_color()
            use_default_colors()
            let colours: [(ColorRole, Int16)] = [
                (.priorityUrgent, Int16(COLOR_RED)), (.priorityHigh, Int16(COLOR_YELLOW)),
                (.priorityLow, Int16(COLOR_BLUE)), (.canned, Int16(COLOR_MAGENTA)), (.ok, Int16(COLOR_GREEN)),
                (.warn, Int16(COLOR_YELLOW)), (.error, Int16(COLOR_RED)), (.accent, Int16(COLOR_CYAN)),
            ]
            for (index, (role, foreground)) in colours.enumerated() {
                let pair = Int16(index + 1)
                init_pair(pair, foreground, -1)
                pairs[role] = Int32(pair)
            }
        }
    }

    deinit {
        stop()
    }

    var size: TerminalSize {
        TerminalSize(columns: Int(max(1, sb_columns())), rows: Int(max(1, sb_lines())))
    }

    /// The next key, or nil when none is waiting (the screen is in no-delay mode).
    func readKey() -> Key? {
        var value: UInt32 = 0
        switch sb_get_wch(&value) {
        case sb_key_code_yes():
            return Key(cursesKeyCode: Int32(bitPattern: value), size: { self.size })
        case sb_err():
            return nil
        default:
            // An unmapped control character is skipped, not reported as "no key".
            return Key(cursesCharacter: value) ?? readKey()
        }
    }

    /// Writes the changed runs and shows them in one update, so nothing flickers. A cell whose
    /// text is not one narrow scalar (emoji sequences, CJK) is placed at its own column, and so is
    /// the cell after it: terminals and ncurses disagree on the width of some emoji, and the grid's
    /// idea of the columns must win or the rest of the row drifts.
    func paint(_ runs: [GridRun]) {
        for run in runs {
            var column = run.column
            var index = 0
            var placed = false
            while index < run.cells.count {
                let style = run.cells[index].style
                var text: [Int32] = []
                if !placed {
                    move(Int32(run.row), Int32(column))
                    placed = true
                }
                while index < run.cells.count, run.cells[index].style == style {
                    let cell = run.cells[index]
                    index += 1
                    if cell.isContinuation { continue }
                    let scalars = cell.character.unicodeScalars
                    if cell.width == 1, scalars.count == 1 {
                        text.append(Int32(bitPattern: scalars.first!.value))
                        column += 1
                        continue
                    }
                    // Flush what came before, then this cell on its own at its own column, over
                    // blanks: where ncurses thinks it narrower than the grid does, no stale
                    // character may show in the rest of its cells.
                    write(text, style)
                    text = []
                    move(Int32(run.row), Int32(column))
                    write(Array(repeating: 32, count: cell.width), style)
                    move(Int32(run.row), Int32(column))
                    write(Self.drawable(scalars).map { Int32(bitPattern: $0.value) }, style)
                    column += cell.width
                    move(Int32(run.row), Int32(column))
                }
                write(text, style)
            }
        }
        sb_attrset(sb_attr_normal())
        refresh()
    }

    /// What is safe to send for one character. Letters with combining accents go as they are;
    /// emoji sequences (ZWJ families, skin tones, variation selectors, flags) are drawn 2, 4 or 6
    /// columns wide depending on the terminal, so only their first scalar is sent, which every
    /// terminal draws the way `wcwidth` says; the blanks already written fill the rest of the cell.
    static func drawable(_ scalars: String.UnicodeScalarView) -> [Unicode.Scalar] {
        let all = Array(scalars)
        guard all.count > 1 else { return all }
        let combining = all.dropFirst().allSatisfy {
            switch $0.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: $0.value != 0xFE0F && $0.value != 0xFE0E
            default: false
            }
        }
        return combining ? all : [all[0]]
    }

    private func write(_ text: [Int32], _ style: CellStyle) {
        guard !text.isEmpty else { return }
        sb_attrset(attributes(style))
        _ = text.withUnsafeBufferPointer { sb_addnwstr($0.baseAddress, Int32($0.count)) }
    }

    /// Hands the terminal to another program (`$EDITOR`) and takes it back afterwards; the next
    /// paint must be a full one, since the other program drew over everything.
    func suspend<T>(_ body: () throws -> T) rethrows -> T {
        def_prog_mode()
        endwin()
        defer {
            reset_prog_mode()
            sb_clearok()
            refresh()
        }
        return try body()
    }

    /// Gives the terminal back to the shell. Safe to call twice.
    func stop() {
        guard running else { return }
        running = false
        curs_set(1)
        endwin()
    }

    private func attributes(_ style: CellStyle) -> Int32 {
        var value = sb_attr_normal()
        if style.attributes.contains(.bold) { value |= sb_attr_bold() }
        if style.attributes.contains(.reverse) { value |= sb_attr_reverse() }
        if style.attributes.contains(.dim) { value |= sb_attr_dim() }
        if style.attributes.contains(.underline) { value |= sb_attr_underline() }
        if let role = style.role, let pair = pairs[role] { value |= sb_color_pair(Int16(pair)) }
        return value
    }
}
