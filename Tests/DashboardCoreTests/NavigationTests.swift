import Foundation
import Testing

@testable import DashboardCore

@Suite struct NavigationTests {
    let app = FakeApp(rows: (1...100).map { Fixtures.row($0) })

    @Test func arrowsMoveTheCursorAndStopAtTheEnds() {
        var state = app.start()
        #expect(state.inbox.cursor == 0)
        _ = app.press(.up, on: &state)
        #expect(state.inbox.cursor == 0)
        _ = app.press(.down, .character("j"), .down, .up, on: &state)
        #expect(state.inbox.cursor == 2)
        #expect(state.inbox.selectedRow?.id == Fixtures.id(3))
        _ = app.press(.end, on: &state)
        #expect(state.inbox.cursor == 99)
        _ = app.press(.down, on: &state)
        #expect(state.inbox.cursor == 99)
        _ = app.press(.character("g"), on: &state)
        #expect(state.inbox.cursor == 0)
    }

    @Test func scrollingKeepsTheCursorOnScreen() {
        var state = app.start()
        let height = state.inboxViewportRows
        #expect(height == 19)  // 24 rows minus header, headings, message, status and key map.
        for _ in 0..<25 { _ = app.press(.down, on: &state) }
        #expect(state.inbox.cursor == 25)
        #expect(state.inbox.scroll == 25 - height + 1)
        for _ in 0..<10 { _ = app.press(.up, on: &state) }
        #expect(state.inbox.cursor == 15)
        #expect(state.inbox.scroll == 7)
        _ = app.press(.character("k"), .up, .up, .up, .up, .up, .up, .up, .up, on: &state)
        #expect(state.inbox.cursor == 6)
        #expect(state.inbox.scroll == 6)
    }

    @Test func pageKeysMoveViewAndCursorTogether() {
        var state = app.start()
        _ = app.press(.down, .down, on: &state)
        _ = app.press(.pageDown, on: &state)
        #expect(state.inbox.scroll == 19)
        #expect(state.inbox.cursor == 21)
        _ = app.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, on: &state)
        #expect(state.inbox.cursor == 99)
        #expect(state.inbox.scroll == 100 - 19)
        _ = app.press(.pageUp, on: &state)
        #expect(state.inbox.scroll == 100 - 38)
        #expect(state.inbox.cursor == 80)
    }

    @Test func theViewModelAsksForTheWindowAroundTheScreen() {
        var state = DashboardState(now: Fixtures.now)
        let first = state.start()
        #expect(
            first == [
                .fetchInbox(InboxRequest(query: InboxQuery(), window: RowWindow(offset: 0, limit: 50), generation: 0))
            ])
        // Asking again before the answer arrives sends nothing twice.
        #expect(reduce(&state, .key(.down)).isEmpty)

        var big = FakeApp(rows: (1...10_000).map { Fixtures.row($0) })
        big.counts = ReviewCounts(pendingReview: 10_000)
        state = big.start()
        #expect(state.inbox.total == 10_000)
        #expect(state.inbox.rows.count == 50)
        let effects = reduce(&state, .key(.end))
        guard case .fetchInbox(let request) = effects.first else {
            Issue.record("expected a fetch, got \(effects)")
            return
        }
        #expect(request.window.contains(9_981..<10_000))
        #expect(request.window.offset % InboxState.pageAlignment == 0)
        #expect(state.inbox.selectedRow == nil)  // Not loaded yet: drawn as a placeholder.
        #expect(render(state, size: state.size).text.contains("…"))
        _ = big.send(.inboxLoaded(request.query.page(of: big.rows, for: request, counts: big.counts)), to: &state)
        #expect(state.inbox.selectedRow?.id == Fixtures.id(10_000))
        #expect(state.inbox.cursorID == Fixtures.id(10_000))
    }

    @Test func pagesForAnOlderQueryAreDropped() {
        var state = app.start()
        let oldRequest = state.currentRequest
        _ = app.press(.character("s"), on: &state)  // New sort: new generation.
        let stale = InboxPage(answering: oldRequest, total: 1, rows: [Fixtures.row(7)], counts: ReviewCounts())
        _ = reduce(&state, .inboxLoaded(stale))
        #expect(state.inbox.rows.first?.id != Fixtures.id(7))
        #expect(state.inbox.total == 100)
    }

    @Test func enterOpensTheTicketAndEscapeGoesBack() {
        var state = app.start()
        _ = app.press(.down, on: &state)
        let effects = reduce(&state, .key(.enter))
        #expect(effects == [.loadTicket(ticketID: Fixtures.id(100_002))])
        #expect(state.screen == .ticket)
        #expect(render(state, size: state.size).text.contains("Loading ticket…"))
        _ = app.press(.escape, on: &state)
        #expect(state.screen == .inbox)
        #expect(state.inbox.cursor == 1)
    }

    @Test func ticketScrollsAndJumpsBetweenSections() {
        let app = FakeApp(rows: Fixtures.sampleRows)
        var state = app.start()
        _ = app.press(.enter, on: &state)
        let ticket = try! #require(state.ticket)
        #expect(ticket.detail == Fixtures.ticket)
        #expect(ticket.sectionStarts.count == 6)
        _ = app.press(.down, .down, on: &state)
        #expect(state.ticket?.scroll == 2)
        _ = app.press(.tab, on: &state)
        #expect(state.ticket?.scroll == ticket.sectionStarts[1])
        _ = app.press(.backTab, on: &state)
        #expect(state.ticket?.scroll == 0)
        _ = app.press(.end, on: &state)
        #expect(state.ticket?.scroll == ticket.lines.count - state.ticketViewportRows)
        _ = app.press(.home, on: &state)
        #expect(state.ticket?.scroll == 0)
    }

    @Test func aLateTicketAnswerForAnotherTicketIsIgnored() {
        var state = app.start()
        _ = reduce(&state, .key(.enter))
        var other = Fixtures.ticket
        other.id = Fixtures.id(999)
        _ = reduce(&state, .ticketLoaded(other))
        #expect(state.ticket?.detail == nil)
    }
}
