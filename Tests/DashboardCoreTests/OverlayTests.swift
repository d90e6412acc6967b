import Foundation
import Testing

@testable import DashboardCore

@Suite struct OverlayTests {
    let app = FakeApp(rows: Fixtures.sampleRows)

    @Test func helpOpensAndAnyKeyClosesIt() {
        var state = app.start()
        _ = app.press(.character("?"), on: &state)
        #expect(state.overlay == .help)
        let text = render(state, size: state.size).text
        #expect(text.contains("┌─ Keys ─"))
        #expect(text.contains("│ r             reject (optional reason)"))
        // The key that closes help does nothing else: `q` here must not quit.
        #expect(app.press(.character("q"), on: &state).isEmpty)
        #expect(state.overlay == nil)
        #expect(!state.hasQuit)
    }

    @Test func quitFromInboxTicketAndAnywhereWithCtrlC() {
        var state = app.start()
        #expect(app.press(.character("q"), on: &state) == [.quit])
        #expect(state.hasQuit)

        state = app.start()
        _ = app.press(.enter, on: &state)
        #expect(app.press(.character("q"), on: &state) == [.quit])

        state = app.start(externalEditor: false)
        _ = app.press(.character("e"), on: &state)
        app.type("q", on: &state)  // In the editor q is text…
        #expect(!state.hasQuit)
        #expect(app.press(.control("c"), on: &state) == [.quit])  // …and Ctrl-C still quits.
    }

    @Test func resizeChangesTheViewportAndKeepsTheCursorVisible() {
        let app = FakeApp(rows: (1...100).map { Fixtures.row($0) })
        var state = app.start()
        for _ in 0..<50 { _ = app.press(.down, on: &state) }
        _ = app.press(.resize(TerminalSize(columns: 40, rows: 10)), on: &state)
        #expect(state.inboxViewportRows == 5)
        #expect(state.inbox.cursor == 50)
        #expect((state.inbox.scroll..<(state.inbox.scroll + 5)).contains(50))
        let grid = render(state, size: state.size)
        #expect(grid.size == TerminalSize(columns: 40, rows: 10))
        #expect(grid.lines.contains { $0.hasPrefix("> norm Customer 51    Subject 51") })
        _ = app.press(.resize(.standard), on: &state)
        #expect(state.inboxViewportRows == 19)
        #expect(render(state, size: state.size).lines.count == 24)
    }

    @Test func everyScreenDrawsAtEverySmallSizeWithoutCrashing() {
        var states: [DashboardState] = []
        var state = app.start(externalEditor: false)
        states.append(state)
        _ = app.press(.character("?"), on: &state)
        states.append(state)
        _ = app.press(.escape, .character("/"), on: &state)
        app.type("日本語のフィルター", on: &state)
        states.append(state)
        _ = app.press(.escape, .character("r"), on: &state)
        states.append(state)
        _ = app.press(.escape, .character("e"), on: &state)
        states.append(state)
        _ = app.press(.escape, .enter, on: &state)
        states.append(state)
        _ = app.press(.character("?"), on: &state)
        states.append(state)
        for var state in states {
            for columns in [0, 1, 2, 3, 5, 10, 20, 33, 80] {
                for rows in [0, 1, 2, 3, 5, 7, 8, 24] {
                    let size = TerminalSize(columns: columns, rows: rows)
                    _ = reduce(&state, .key(.resize(size)))
                    let grid = render(state, size: size)
                    #expect(grid.lines.count == rows)
                    #expect(grid.lines.allSatisfy { $0.displayWidth <= columns })
                    // Keys still work at that size.
                    _ = reduce(&state, .key(.down))
                    _ = reduce(&state, .key(.character("x")))
                }
            }
        }
    }

    @Test func at20x5TheListKeepsItsRows() {
        var state = app.start()
        _ = app.press(.resize(TerminalSize(columns: 20, rows: 5)), on: &state)
        let lines = render(state, size: state.size).lines
        #expect(
            lines == [
                " supportbot   pendi…",
                "> URG! Charged twic…",
                "  HIGH 配送が遅れて…",
                "  HIGH Love the new…",
                " ↑↓ move     ? help",
            ])
    }
}
