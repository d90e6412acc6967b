import Foundation

@testable import DashboardCore

/// Fixed times, ids and rows, so renders and snapshots are deterministic.
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_717_243_200)  // 2024-06-01 12:00:00 UTC

    static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))!
    }

    static func row(
        _ n: Int, subject: String? = nil, customer: String? = nil, category: String = "billing",
        priority: Priority = .normal, sentiment: String = "neutral", source: ContentSource = .model,
        minutesAgo: Int? = nil, status: DraftStatus = .pendingReview
    ) -> InboxRow {
        InboxRow(
            id: id(n), ticketID: id(100_000 + n), externalID: "T-\(n)", subject: subject ?? "Subject \(n)",
            customer: customer ?? "Customer \(n)", category: category, priority: priority, sentiment: sentiment,
            source: source, status: status, createdAt: now.addingTimeInterval(-60 * Double(minutesAgo ?? n)),
            draftBody: "Hello,\nthanks for writing about \(n).")
    }

    /// The inbox of the golden snapshot: every priority, source and script.
    static let sampleRows: [InboxRow] = [
        row(
            1, subject: "Charged twice for order #4411", customer: "Zoë Martínez", category: "billing",
            priority: .urgent, sentiment: "negative", minutesAgo: 3),
        row(
            2, subject: "配送が遅れています", customer: "山田太郎", category: "shipping", priority: .high,
            sentiment: "negative", source: .canned, minutesAgo: 42),
        row(
            3, subject: "Love the new app 🎉 but login fails", customer: "Ana Łukasz", category: "account",
            priority: .high, sentiment: "positive", source: .cache, minutesAgo: 125),
        row(
            4, subject: "Où est mon colis ? Commande n° 1234", customer: "Hélène Dubois", category: "shipping",
            priority: .normal, sentiment: "neutral", source: .rules, minutesAgo: 60 * 26),
        row(
            5, subject: "Question about warranty for the blender I bought last spring", customer: "bob@example.com",
            category: "product", priority: .low, sentiment: "neutral", minutesAgo: 60 * 24 * 9),
    ]

    static let counts = ReviewCounts(pendingReview: 5, approved: 12, rejected: 2)

    static let status = StatusSummary(
        queues: [.init(name: "triage", depth: 3), .init(name: "draft", depth: 7), .init(name: "deliver", depth: 1)],
        breakers: [.init(model: "gpt-4o", state: .open), .init(model: "gpt-4o-mini", state: .closed)],
        flagsOff: ["model.full"], spendTodayUSD: 4.2, dailyBudgetUSD: 5)

    static let ticket = TicketDetail(
        id: id(100_001), externalID: "T-1", subject: "Charged twice for order #4411", customer: "Zoë Martínez",
        createdAt: now.addingTimeInterval(-600),
        messages: [
            .init(
                author: "Zoë Martínez",
                body: "Hi, I was charged twice for order #4411. Please refund the duplicate payment.",
                createdAt: now.addingTimeInterval(-600)),
            .init(author: "Zoë Martínez", body: "Any news?", createdAt: now.addingTimeInterval(-180)),
        ],
        triage: .init(
            category: "billing", priority: .urgent, sentiment: "negative", language: "en", orderID: "4411",
            source: .model, model: "gpt-4o-mini"),
        summary: .init(
            text: "Customer was charged twice for order 4411 and asks for a refund.", source: .cache, messages: 2),
        draft: .init(
            id: id(1), body: "Hi Zoë,\n\nSorry about the double charge on order 4411. The refund is on its way.",
            status: .pendingReview, source: .canned, reason: "breaker open for gpt-4o", createdAt: now),
        orderFields: [.init(name: "status", value: "paid"), .init(name: "total", value: "€59.90")],
        citations: ["order:4411.status", "policy:refunds-14d"],
        deliveries: [
            .init(
                eventID: "ev_1", type: "ticket.triaged", state: .delivered, attempts: 1, lastStatus: 200,
                createdAt: now),
            .init(
                eventID: "ev_2", type: "draft.ready", state: .pending, attempts: 3, lastStatus: 503,
                createdAt: now),
        ])
}

/// Plays the app: answers `fetchInbox` from rows in memory (with `InboxQuery`'s reference
/// semantics) and `loadTicket` from a fixed detail.
struct FakeApp {
    var rows: [InboxRow]
    var counts = Fixtures.counts
    var ticket: TicketDetail? = Fixtures.ticket

    /// Reduces `event` and answers every fetch the view model asks for, until it asks for nothing.
    @discardableResult
    func send(_ event: Event, to state: inout DashboardState) -> [Effect] {
        var effects = reduce(&state, event)
        var others: [Effect] = []
        var rounds = 0
        while !effects.isEmpty, rounds < 10 {
            rounds += 1
            var next: [Effect] = []
            for effect in effects {
                switch effect {
                case .fetchInbox(let request):
                    next += reduce(&state, .inboxLoaded(request.query.page(of: rows, for: request, counts: counts)))
                case .loadTicket(let id):
                    others.append(effect)
                    if let ticket, ticket.id == id { next += reduce(&state, .ticketLoaded(ticket)) }
                default:
                    others.append(effect)
                }
            }
            effects = next
        }
        return others
    }

    func start(size: TerminalSize = .standard, externalEditor: Bool = true) -> DashboardState {
        var state = DashboardState(size: size, now: Fixtures.now, useExternalEditor: externalEditor)
        for effect in state.start() {
            if case .fetchInbox(let request) = effect {
                _ = send(.inboxLoaded(request.query.page(of: rows, for: request, counts: counts)), to: &state)
            }
        }
        _ = reduce(&state, .statusUpdated(Fixtures.status))
        return state
    }

    func press(_ keys: Key..., on state: inout DashboardState) -> [Effect] {
        keys.flatMap { send(.key($0), to: &state) }
    }

    func type(_ text: String, on state: inout DashboardState) {
        for character in text { send(.key(.character(character)), to: &state) }
    }
}

extension Grid {
    var text: String { lines.joined(separator: "\n") }
}
