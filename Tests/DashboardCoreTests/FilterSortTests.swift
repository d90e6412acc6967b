import Foundation
import Testing

@testable import DashboardCore

@Suite struct FilterSortTests {
    let app = FakeApp(rows: Fixtures.sampleRows)

    @Test func thePromptParsesCategoryPriorityAndText() {
        var query = InboxQuery()
        query.setFilter("cat:Billing pri:urgent twice  refund")
        #expect(query.category == "Billing")
        #expect(query.priority == .urgent)
        #expect(query.text == "twice refund")
        #expect(query.filterText == "cat:Billing pri:urgent twice refund")
        query.setFilter("p:nonsense")
        #expect(query.priority == nil)
        #expect(query.text == "p:nonsense")
    }

    @Test func filterByTextIgnoresCaseAndAccents() {
        var state = app.start()
        _ = app.press(.character("/"), on: &state)
        app.type("helene", on: &state)
        _ = app.press(.enter, on: &state)
        #expect(state.inbox.total == 1)
        #expect(state.inbox.selectedRow?.customer == "Hélène Dubois")
        #expect(state.notice?.text == "Filter: helene")
        #expect(render(state, size: state.size).lines[0].contains("filter: helene"))
    }

    @Test func filterByCategoryAndPriority() {
        var state = app.start()
        _ = app.press(.character("/"), on: &state)
        app.type("cat:shipping", on: &state)
        _ = app.press(.enter, on: &state)
        #expect(state.inbox.rows.map(\.id) == [Fixtures.id(2), Fixtures.id(4)])

        _ = app.press(.character("/"), on: &state)
        // The prompt reopens with the current filter, so it can be refined.
        #expect(state.overlay == .filter(LineInput("cat:shipping", maxLength: 200)))
        app.type(" pri:high", on: &state)
        _ = app.press(.enter, on: &state)
        #expect(state.inbox.rows.map(\.id) == [Fixtures.id(2)])

        _ = app.press(.escape, on: &state)
        #expect(state.inbox.total == 5)
        #expect(state.notice?.text == "Filter cleared")
    }

    @Test func anEmptyResultSaysSo() {
        var state = app.start()
        _ = app.press(.character("/"), on: &state)
        app.type("nothing-matches", on: &state)
        _ = app.press(.enter, on: &state)
        #expect(state.inbox.total == 0)
        #expect(render(state, size: state.size).text.contains("No drafts match the filter — Esc clears it"))
    }

    @Test func escapeInThePromptKeepsTheOldFilter() {
        var state = app.start()
        _ = app.press(.character("/"), on: &state)
        app.type("zzz", on: &state)
        _ = app.press(.escape, on: &state)
        #expect(state.overlay == nil)
        #expect(state.inbox.query == InboxQuery())
        #expect(state.inbox.total == 5)
    }

    @Test func sortCyclesAndOrdersRows() {
        var state = app.start()
        #expect(state.inbox.rows.map(\.id) == [1, 2, 3, 4, 5].map(Fixtures.id))
        _ = app.press(.down, .character("s"), on: &state)
        #expect(state.inbox.query.sort == .newest)
        #expect(state.inbox.cursor == 0)  // A new order starts at the top.
        #expect(state.inbox.rows.map(\.id) == [1, 2, 3, 4, 5].map(Fixtures.id))
        _ = app.press(.character("s"), on: &state)
        #expect(state.inbox.rows.map(\.id) == [5, 4, 3, 2, 1].map(Fixtures.id))
        _ = app.press(.character("s"), on: &state)
        #expect(state.inbox.query.sort == .customer)
        #expect(state.inbox.rows.map(\.customer).first == "Ana Łukasz")
        _ = app.press(.character("s"), on: &state)
        #expect(state.inbox.query.sort == .urgentFirst)
    }

    @Test func urgentFirstPutsPriorityBeforeAge() {
        let rows = [
            Fixtures.row(1, priority: .low, minutesAgo: 1), Fixtures.row(2, priority: .urgent, minutesAgo: 500),
            Fixtures.row(3, priority: .urgent, minutesAgo: 5), Fixtures.row(4, priority: .high, minutesAgo: 2),
        ]
        #expect(InboxQuery().apply(to: rows).map(\.id) == [3, 2, 4, 1].map(Fixtures.id))
    }

    @Test func tabSwitchesBetweenReviewStates() {
        var rows = Fixtures.sampleRows
        rows.append(Fixtures.row(9, status: .approved))
        let app = FakeApp(rows: rows)
        var state = app.start()
        _ = app.press(.tab, on: &state)
        #expect(state.inbox.query.status == .approved)
        #expect(state.inbox.rows.map(\.id) == [Fixtures.id(9)])
        _ = app.press(.backTab, on: &state)
        #expect(state.inbox.query.status == .pendingReview)
    }
}
