import DashboardCore
import Domain
import Foundation
import Store

// The store's rows, turned into the view model's values. Pure, so the mapping is tested without
// a terminal; unknown texts (a new source, a new state) are carried through, never dropped.

extension Store.InboxQuery {
    /// The SQL query for the window the view model asks for.
    init(_ request: InboxRequest) {
        let query = request.query
        self.init(
            status: query.status.rawValue, text: query.text.isEmpty ? nil : query.text, category: query.category,
            priority: query.priority?.rawValue, order: InboxOrder(query.sort), offset: request.window.offset,
            limit: max(1, min(request.window.limit, 1000)))
    }
}

extension InboxOrder {
    init(_ sort: InboxSort) {
        switch sort {
        case .urgentFirst: self = .urgentFirst
        case .newest: self = .newest
        case .oldest: self = .oldest
        case .customer: self = .customer
        }
    }
}

extension InboxRow {
    init(_ entry: InboxEntry) {
        self.init(
            id: entry.draftID, ticketID: entry.ticketID, externalID: entry.externalID, subject: entry.subject,
            customer: Self.customer(name: entry.customerName, email: entry.customerEmail),
            customerEmail: entry.customerEmail, category: entry.category,
            priority: entry.priority.flatMap(Priority.init(text:)), sentiment: entry.sentiment,
            source: ContentSource(text: entry.draftSource), sourceReason: entry.draftReason,
            status: DraftStatus(rawValue: entry.status) ?? .pendingReview, createdAt: entry.createdAt,
            reviewedBy: entry.reviewedBy, reviewedAt: entry.reviewedAt, draftBody: entry.body)
    }

    /// The name agents know the customer by, else the email (as the store's customer order,
    /// `NULLIF(btrim(name), '')`, sees it).
    static func customer(name: String?, email: String) -> String {
        let trimmed = name?.trimmingCharacters(in: CharacterSet(charactersIn: " ")) ?? ""
        return trimmed.isEmpty ? email : trimmed
    }
}

extension ReviewCounts {
    init(_ counts: [String: Int]) {
        self.init(
            pendingReview: counts["pending_review"] ?? 0, approved: counts["approved"] ?? 0,
            rejected: counts["rejected"] ?? 0)
    }
}

extension DashboardCore.TicketDetail {
    /// The ticket view of `detail`: its newest draft, and the fields of `order` that the draft cites.
    init(_ detail: Store.TicketDetail, order: OrderRecord?) {
        let draft = detail.drafts.last
        let citations = draft?.citations ?? []
        let cited = Set(citations.compactMap { Self.orderCitation($0)?.field })
        let orderFields = (order?.citableFields ?? []).filter { cited.contains($0.name) }.map {
            OrderField(name: $0.name, value: $0.value)
        }
        self.init(
            id: detail.id, externalID: detail.externalID, subject: detail.subject,
            customer: InboxRow.customer(name: detail.customer.name, email: detail.customer.email),
            status: detail.status, createdAt: detail.createdAt,
            messages: detail.messages.map { Message(author: $0.author, body: $0.body, createdAt: $0.createdAt) },
            triage: detail.triage.map {
                Triage(
                    category: $0.category, priority: Priority(text: $0.priority), sentiment: $0.sentiment,
                    language: $0.language, orderID: $0.orderID, needsHuman: $0.needsHuman,
                    needsHumanReason: $0.needsHumanReason, source: ContentSource(text: $0.source), model: $0.model,
                    reason: $0.reason)
            },
            summary: detail.summary.map {
                Summary(text: $0.text, source: ContentSource(text: $0.source), model: $0.model, messages: $0.messages)
            },
            draft: draft.map {
                Draft(
                    id: $0.id, body: $0.approvedBody ?? $0.body,
                    status: DraftStatus(rawValue: $0.status) ?? .pendingReview, source: ContentSource(text: $0.source),
                    model: $0.model, reason: $0.reason, createdAt: $0.createdAt, reviewedBy: $0.reviewedBy,
                    reviewedAt: $0.reviewedAt)
            },
            orderFields: orderFields, citations: citations,
            deliveries: detail.deliveries.map(DeliveryInfo.init))
    }

    /// The order id and field of an `order:<id>.<field>` citation; the field never has a dot, the
    /// id may.
    static func orderCitation(_ citation: String) -> (orderID: String, field: String)? {
        guard citation.hasPrefix("order:"), let dot = citation.lastIndex(of: ".") else { return nil }
        let id = citation[citation.index(citation.startIndex, offsetBy: 6)..<dot]
        let field = citation[citation.index(after: dot)...]
        guard !id.isEmpty, !field.isEmpty else { return nil }
        return (String(id), String(field))
    }
}

extension DeliveryInfo {
    init(_ delivery: EventDelivery) {
        let last = delivery.attempts.last
        self.init(
            eventID: delivery.eventID, type: delivery.type, state: State(text: delivery.state),
            attempts: delivery.attempts.count, lastStatus: last?.status, lastError: last?.error ?? "",
            createdAt: delivery.createdAt, deliveredAt: delivery.deliveredAt)
    }
}

extension StatusSummary {
    /// What the status bar needs from the operators' report: due jobs per lane and webhooks waiting,
    /// breakers, switches that are off, and spend today summed over tenants against their budgets.
    init(_ report: StatusReport) {
        var queues = report.lanes.map { Queue(name: $0.lane, depth: $0.due) }
        queues.append(Queue(name: "webhooks", depth: report.webhooks.pending))
        let budgets = report.spend.compactMap(\.dailyBudgetUSD)
        self.init(
            queues: queues,
            breakers: report.breakers.map {
                Breaker(model: $0.model, state: Breaker.State(rawValue: $0.state) ?? .closed)
            },
            flagsOff: report.flags.filter { !$0.enabled }.map { flag in
                flag.tenantID.map { "\(flag.key)@\($0.prefix(8))" } ?? flag.key
            },
            spendTodayUSD: report.spend.reduce(0) { $0 + $1.todayUSD },
            dailyBudgetUSD: budgets.isEmpty ? nil : budgets.reduce(0, +))
    }
}

extension ReviewOutcome {
    init(_ result: ReviewResult) {
        switch result {
        case .approved: self = .approved
        case .rejected: self = .rejected
        case .alreadyReviewed(let status, let by, let at):
            self = .alreadyReviewed(status: DraftStatus(rawValue: status) ?? .approved, by: by, at: at)
        case .notFound: self = .notFound
        }
    }
}
