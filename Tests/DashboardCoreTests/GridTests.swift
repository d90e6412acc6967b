import Foundation
import Testing

@testable import DashboardCore

@Suite struct GridTests {
    @Test func wideCharactersTakeTwoCellsAndStayWhole() {
        var grid = Grid(size: TerminalSize(columns: 5, rows: 1))
        #expect(grid.put("a漢b", row: 0, column: 0) == 4)
        #expect(grid[0, 1].width == 2)
        #expect(grid[0, 2].isContinuation)
        // Overwriting the right half blanks the left half: no half glyphs.
        grid.put("x", row: 0, column: 2)
        #expect(grid[0, 1].character == " ")
        #expect(grid.lines == ["a xb"])
        // A wide character that does not fit at the edge becomes a blank.
        #expect(grid.put("漢漢", row: 0, column: 2) == 5)
        #expect(grid.lines == ["a 漢"])
        #expect(!grid[0, 4].isContinuation)
        // Out of range writes are ignored.
        grid.put("zz", row: 3, column: 0)
        grid.put("zz", row: 0, column: 9)
        grid.put("zz", row: 0, column: -1)
        #expect(grid.lines == ["z 漢"])
    }

    @Test func noColorLeavesNoColourRolesButKeepsAttributes() {
        let app = FakeApp(rows: Fixtures.sampleRows)
        let state = app.start()
        let coloured = render(state, size: state.size, options: RenderOptions(environment: [:]))
        let roles = Set(coloured.cells.compactMap(\.style.role))
        #expect(roles.isSuperset(of: [.priorityUrgent, .priorityHigh, .canned, .error, .warn]))

        let plain = render(state, size: state.size, options: RenderOptions(environment: ["NO_COLOR": "1"]))
        #expect(plain.cells.allSatisfy { $0.style.role == nil })
        #expect(plain.lines == coloured.lines)
        #expect(plain.cells.contains { $0.style.attributes.contains(.reverse) })
        #expect(plain.lines[3].contains("CANNED"))
        // An empty NO_COLOR does not count (https://no-color.org).
        #expect(RenderOptions(environment: ["NO_COLOR": ""]).colour)
    }

    @Test func diffOfEqualGridsIsEmpty() {
        let state = FakeApp(rows: Fixtures.sampleRows).start()
        #expect(diff(render(state, size: state.size), render(state, size: state.size)).isEmpty)
    }

    @Test func diffGivesOnlyChangedRuns() {
        let size = TerminalSize(columns: 10, rows: 3)
        var old = Grid(size: size)
        old.put("hello", row: 0, column: 0)
        old.put("world", row: 1, column: 0)
        var new = old
        new.put("J", row: 0, column: 0)
        new.put("ey", row: 0, column: 3)
        new.put("world", row: 1, column: 0, style: CellStyle(.bold))
        #expect(
            diff(old, new) == [
                GridRun(row: 0, column: 0, cells: [Cell(character: "J")]),
                GridRun(row: 0, column: 3, cells: [Cell(character: "e"), Cell(character: "y")]),
                GridRun(row: 1, column: 0, cells: Array(new.row(1).prefix(5))),
            ])
        #expect(diff(old, new)[1].text == "ey")
    }

    @Test func diffNeverSplitsAWideCharacter() {
        let size = TerminalSize(columns: 6, rows: 1)
        var old = Grid(size: size)
        old.put("ab漢cd", row: 0, column: 0)
        var new = old
        new.put("字", row: 0, column: 2)
        var runs = diff(old, new)
        #expect(runs == [GridRun(row: 0, column: 2, cells: Array(new.row(0)[2..<4]))])
        #expect(runs[0].text == "字")
        // Only the style of the right half changed (as after a partial reverse): the whole glyph goes.
        new = old
        new.addAttributes(.reverse, row: 0, columns: 3..<4)
        runs = diff(old, new)
        #expect(runs.count == 1)
        #expect(runs[0].column == 2)
        #expect(runs[0].cells.count == 2)
    }

    @Test func movingTheCursorRepaintsOnlyTwoRowsAndThePosition() {
        let app = FakeApp(rows: (1...100).map { Fixtures.row($0) })
        var state = app.start()
        let before = render(state, size: state.size)
        _ = app.press(.down, on: &state)
        let runs = diff(before, render(state, size: state.size))
        #expect(Set(runs.map(\.row)) == [0, 2, 3])
        // On the header only the position "1/100" → "2/100" changed: one cell.
        #expect(runs.filter { $0.row == 0 }.map(\.text) == ["2"])
    }

    @Test func aResizeRepaintsEverything() {
        let a = Grid(size: TerminalSize(columns: 4, rows: 2))
        let b = Grid(size: TerminalSize(columns: 5, rows: 3))
        let runs = diff(a, b)
        #expect(runs.count == 3)
        #expect(runs.allSatisfy { $0.cells.count == 5 })
    }
}
