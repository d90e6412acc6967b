import Foundation
import Testing

@testable import DashboardCore

@Suite struct InlineEditorTests {
    @Test func bufferInsertsMovesAndDeletes() {
        var buffer = TextBuffer("ab\ncd")
        #expect(buffer.lines.count == 2)
        _ = buffer.handle(.end)
        _ = buffer.handle(.character("!"))
        #expect(buffer.text == "ab!\ncd")
        _ = buffer.handle(.enter)
        #expect(buffer.text == "ab!\n\ncd")
        #expect((buffer.row, buffer.column) == (1, 0))
        _ = buffer.handle(.backspace)
        #expect(buffer.text == "ab!\ncd")
        #expect((buffer.row, buffer.column) == (0, 3))
        _ = buffer.handle(.down)
        #expect((buffer.row, buffer.column) == (1, 2))
        _ = buffer.handle(.home)
        _ = buffer.handle(.backspace)
        #expect(buffer.text == "ab!cd")
        _ = buffer.handle(.left)
        _ = buffer.handle(.delete)
        #expect(buffer.text == "abcd")
        _ = buffer.handle(.right)
        _ = buffer.handle(.right)
        _ = buffer.handle(.right)
        #expect(buffer.column == 4)
        #expect(buffer.handle(.control("s")) == false)
    }

    @Test func bufferKeepsGraphemesWhole() {
        var buffer = TextBuffer("")
        _ = buffer.handle(.character("e"))
        _ = buffer.handle(.character("\u{301}"))  // A combining acute typed on its own.
        _ = buffer.handle(.character("👍🏽"))
        _ = buffer.handle(.character("漢"))
        #expect(buffer.text == "e\u{301}👍🏽漢")
        #expect(buffer.lines[0].count == 3)
        _ = buffer.handle(.backspace)
        _ = buffer.handle(.backspace)
        #expect(buffer.text == "é")
    }

    @Test func ctrlSApprovesWithTheEditedText() {
        let app = FakeApp(rows: Fixtures.sampleRows)
        var state = app.start(externalEditor: false)
        #expect(app.press(.character("e"), on: &state).isEmpty)
        app.type("Dear ", on: &state)
        _ = app.press(.end, .enter, on: &state)
        app.type("Zoë", on: &state)
        let grid = render(state, size: state.size)
        #expect(grid.lines[1].hasPrefix(" Editing “Charged twice for order #4411” — ^S save & approve · Esc cancel"))
        #expect(grid.lines[2] == "Dear Hello,")
        #expect(grid.lines[3] == "Zoë")
        // The cursor is the reversed cell after "Zoë".
        #expect(grid[3, 3].style.attributes.contains(.reverse))
        let effects = app.press(.control("s"), on: &state)
        let expected = "Dear Hello,\nZoë\nthanks for writing about 1."
        #expect(effects == [.approve(draftID: Fixtures.id(1), editedBody: expected)])
        #expect(state.overlay == nil)
    }

    @Test func escapeCancelsTheEdit() {
        let app = FakeApp(rows: Fixtures.sampleRows)
        var state = app.start(externalEditor: false)
        _ = app.press(.character("e"), on: &state)
        app.type("xyz", on: &state)
        #expect(app.press(.escape, on: &state).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.notice?.text == "Edit cancelled")
        // Keys reach the inbox again.
        _ = app.press(.down, on: &state)
        #expect(state.inbox.cursor == 1)
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        var row = Fixtures.row(1)
        row.draftBody = (1...60).map { "line \($0)" }.joined(separator: "\n")
        let app = FakeApp(rows: [row])
        var state = app.start(size: TerminalSize(columns: 30, rows: 10), externalEditor: false)
        _ = app.press(.character("e"), on: &state)
        for _ in 0..<40 { _ = app.press(.down, on: &state) }
        let grid = render(state, size: state.size)
        #expect(grid.lines.contains("line 41"))
        #expect(!grid.lines.contains("line 1"))
        // A line longer than the screen wraps, and the cursor at its end stays visible.
        _ = app.press(.end, on: &state)
        app.type(String(repeating: "x", count: 70), on: &state)
        guard case .editor(let editor) = state.overlay else { return }
        #expect(editor.cursorPosition(width: 30).column == (7 + 70) % 30)
        let cursorRows = render(state, size: state.size).lines.filter { $0.hasPrefix("xxxxx") }
        #expect(!cursorRows.isEmpty)
    }

    @Test func lineInputEditsInPlace() {
        var input = LineInput("héllo")
        _ = input.handle(.left)
        _ = input.handle(.left)
        _ = input.handle(.backspace)
        #expect(input.text == "hélo")
        _ = input.handle(.home)
        _ = input.handle(.character("¡"))
        #expect(input.text == "¡hélo")
        _ = input.handle(.control("e"))
        _ = input.handle(.control("u"))
        #expect(input.text == "")
        var short = LineInput("", maxLength: 3)
        for character in "abcdef" { _ = short.handle(.character(character)) }
        #expect(short.text == "abc")
    }
}
