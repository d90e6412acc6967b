import Foundation
import Testing

@testable import DashboardCore

@Suite struct RefreshTests {
    @Test func theCursorStaysOnTheSameDraftWhenRowsArriveAbove() {
        var app = FakeApp(rows: (1...100).map { Fixtures.row($0, minutesAgo: $0 * 10) })
        var state = app.start()
        for _ in 0..<30 { _ = app.press(.down, on: &state) }
        let (cursor, scroll) = (state.inbox.cursor, state.inbox.scroll)
        #expect(state.inbox.cursorID == Fixtures.id(31))
        let before = render(state, size: state.size)

        // Three newer drafts land at the top of the list.
        app.rows += (201...203).map { Fixtures.row($0, minutesAgo: 1) }
        app.send(.dataChanged, to: &state)
        #expect(state.inbox.total == 103)
        #expect(state.inbox.cursorID == Fixtures.id(31))
        #expect(state.inbox.cursor == cursor + 3)
        #expect(state.inbox.scroll == scroll + 3)
        // The rows under the agent's eyes did not move: only the header's position changed.
        let after = render(state, size: state.size)
        #expect(before.lines.dropFirst() == after.lines.dropFirst())
    }

    @Test func atTheTopNewRowsShowAndTheCursorMovesWithItsRow() {
        var app = FakeApp(rows: (1...10).map { Fixtures.row($0, minutesAgo: $0 * 10) })
        var state = app.start()
        _ = app.press(.down, .down, on: &state)
        app.rows.append(Fixtures.row(50, minutesAgo: 1))
        app.send(.dataChanged, to: &state)
        #expect(state.inbox.scroll == 0)
        #expect(state.inbox.cursor == 3)
        #expect(state.inbox.selectedRow?.id == Fixtures.id(3))
        #expect(render(state, size: state.size).lines[2].contains("Subject 50"))
    }

    @Test func whenTheDraftLeavesTheQueueTheCursorTakesTheNextOne() {
        var app = FakeApp(rows: (1...10).map { Fixtures.row($0, minutesAgo: $0 * 10) })
        var state = app.start()
        _ = app.press(.down, .down, on: &state)
        app.rows.removeAll { $0.id == Fixtures.id(3) }
        app.send(.dataChanged, to: &state)
        #expect(state.inbox.cursor == 2)
        #expect(state.inbox.selectedRow?.id == Fixtures.id(4))
        // From the end of the list, the cursor steps back onto the new last row.
        _ = app.press(.end, on: &state)
        app.rows.removeAll { $0.id == Fixtures.id(10) }
        app.send(.dataChanged, to: &state)
        #expect(state.inbox.selectedRow?.id == Fixtures.id(9))
    }

    @Test func refreshAlsoReloadsTheOpenTicket() {
        let app = FakeApp(rows: Fixtures.sampleRows)
        var state = app.start()
        _ = app.press(.enter, on: &state)
        _ = app.press(.pageDown, on: &state)
        let scroll = state.ticket!.scroll
        let effects = reduce(&state, .dataChanged)
        #expect(effects.contains(.loadTicket(ticketID: Fixtures.id(100_001))))
        #expect(effects.contains { if case .fetchInbox = $0 { true } else { false } })
        _ = reduce(&state, .ticketLoaded(Fixtures.ticket))
        #expect(state.ticket?.scroll == scroll)
    }

    @Test func statusAndTicksUpdateTheScreen() {
        let app = FakeApp(rows: Fixtures.sampleRows)
        var state = app.start()
        _ = reduce(&state, .tick(now: Fixtures.now.addingTimeInterval(3600)))
        #expect(render(state, size: state.size).lines[2].contains("1h"))
        _ = reduce(&state, .statusUpdated(StatusSummary(flagsOff: ["drafts"], spendTodayUSD: 6, dailyBudgetUSD: 5)))
        let bar = render(state, size: state.size).lines[22]
        #expect(bar == " models ok │ off: drafts │ spend $6.00/$5.00")
    }
}
