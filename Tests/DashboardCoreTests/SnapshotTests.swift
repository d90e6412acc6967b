import Foundation
import Testing

@testable import DashboardCore

/// Golden screens at 80×24, compared as text (grid → lines). Reviewed by eye when they change:
/// they are the spec of the layout.
@Suite struct SnapshotTests {
    let app = FakeApp(rows: Fixtures.sampleRows)

    @Test func inboxAt80x24() {
        var state = app.start()
        _ = app.press(.down, on: &state)
        let expected = """
             supportbot   pending 5   approved 12   rejected 2     sort: urgent first · 2/5
              PRI  CATEGORY   SEN CUSTOMER       SUBJECT                          AGE SOURCE
              URG! billing    neg Zoë Martínez   Charged twice for order #4411     3m model
            > HIGH shipping   neg 山田太郎       配送が遅れています               42m CANNED
              HIGH account    pos Ana Łukasz     Love the new app 🎉 but login …   2h cache
              norm shipping   neu Hélène Dubois  Où est mon colis ? Commande n°…   1d rules
              low  product    neu bob@example.c… Question about warranty for th…   9d model















             gpt-4o OPEN, gpt-4o-mini ok │ off: model.full │ spend $4.20/$5.00 │ queue tria…
             ↑↓ move  ⏎ open  a approve  e edit  r reject  / filter  s sort          ? help
            """
        #expect(render(state, size: .standard).text == expected)
    }

    @Test func ticketAt80x24() {
        var state = app.start()
        _ = app.press(.enter, on: &state)
        let expected = """
             #T-1 Charged twice for order #4411 — Zoë Martínez                      1–20/28
            ── Triage · model gpt-4o-mini ──────────────────────────────────────────────────
              URG!  billing · negative · en · order 4411

            ── Summary · cache · 2 msgs ────────────────────────────────────────────────────
              Customer was charged twice for order 4411 and asks for a refund.

            ── Draft · CANNED · pending_review ─────────────────────────────────────────────
              CANNED reply — breaker open for gpt-4o
              Hi Zoë,

              Sorry about the double charge on order 4411. The refund is on its way.

            ── Order data & citations ──────────────────────────────────────────────────────
              status  paid
              total   €59.90
              [order:4411.status]
              [policy:refunds-14d]

            ── Deliveries ──────────────────────────────────────────────────────────────────
              ticket.triaged    delivered 1 attempt  last 200

             gpt-4o OPEN, gpt-4o-mini ok │ off: model.full │ spend $4.20/$5.00 │ queue tria…
             ↑↓ scroll  ⇥ section  a approve  e edit  r reject  Esc back  q quit     ? help
            """
        #expect(render(state, size: .standard).text == expected)
    }

    /// Five-digit counts do not fit 80 columns beside the sort: the label gives way, the position
    /// stays whole.
    @Test func thePositionSurvivesBigCounts() {
        var app = FakeApp(rows: (1...10_000).map { Fixtures.row($0) })
        app.counts = ReviewCounts(pendingReview: 10_000, approved: 12_345, rejected: 99)
        var state = app.start()
        _ = app.press(.end, on: &state)
        let header = render(state, size: .standard).lines[0].trimmingCharacters(in: .whitespaces)
        #expect(header.hasSuffix("10000/10000"), "\(header)")
        #expect(header.contains("pending 10000"))
    }

    @Test func stylesCarryTheMeaning() {
        var state = app.start()
        _ = app.press(.down, on: &state)
        let grid = render(state, size: .standard)
        // The selected row is reversed across the whole width; others are not.
        #expect((0..<80).allSatisfy { grid[3, $0].style.attributes.contains(.reverse) })
        #expect(!grid[2, 10].style.attributes.contains(.reverse))
        // Priority and canned cells have their roles.
        #expect(grid[2, 2].style.role == .priorityUrgent)
        #expect(grid[3, 2].style.role == .priorityHigh)
        #expect(grid[3, 74].style.role == .canned)
        #expect(grid[3, 74].style.attributes.contains(.bold))
        // Wide characters: the customer 山田太郎 fills 8 cells, every second one a continuation.
        #expect(grid[3, 22].character == "山" && grid[3, 22].width == 2 && grid[3, 23].isContinuation)
    }
}
