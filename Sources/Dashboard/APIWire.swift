import DashboardCore
import Domain
import Foundation

// The API's JSON as the dashboard reads it (openapi.yaml), and its mapping into the view model's
// values. Pure, so the mapping is tested without a terminal or a server; unknown texts (a new
// source, a new state) are carried through, never dropped.

/// `GET /v1/me`.
struct MeWire: Decodable, Sendable {
    let name: String
    let role: String
    let tenant_id: String?
}

/// `GET /v1/drafts`.
struct DraftListWire: Decodable, Sendable {
    struct Draft: Decodable, Sendable {
        let id: UUID
        let ticket_id: UUID
        let external_id: String
        let subject: String
        let customer_name: String?
        let customer_email: String
        let category: String?
        let priority: String?
        let sentiment: String?
        let body: String
        let status: String
        let source: String
        let reason: String
        let created_at: Date
        let reviewed_by: String?
        let reviewed_at: Date?
    }

    let drafts: [Draft]
    let total: Int
    let counts: [String: Int]
}

/// `GET /v1/tickets/{id}`, the parts the ticket view shows.
struct TicketWire: Decodable, Sendable {
    struct Customer: Decodable, Sendable {
        let email: String
        let name: String?
    }
    struct Message: Decodable, Sendable {
        let author: String
        let body: String
        let created_at: Date
    }
    struct Triage: Decodable, Sendable {
        let category: String
        let priority: String
        let sentiment: String
        let language: String
        let order_id: String?
        let needs_human: Bool
        let needs_human_reason: String?
        let source: String
        let model: String?
        let reason: String
    }
    struct Summary: Decodable, Sendable {
        let text: String
        let source: String
        let model: String?
        let messages: Int
    }
    struct Draft: Decodable, Sendable {
        let id: UUID
        let body: String
        let status: String
        let source: String
        let model: String?
        let reason: String
        let created_at: Date
        let citations: [String]
        let approved_body: String?
        let reviewed_by: String?
        let reviewed_at: Date?
    }
    struct CitedOrder: Decodable, Sendable {
        struct Field: Decodable, Sendable {
            let name: String
            let value: String
        }
        let fields: [Field]
    }
    struct Delivery: Decodable, Sendable {
        struct Attempt: Decodable, Sendable {
            let status: Int?
            let error: String
        }
        let event_id: String
        let type: String
        let state: String
        let created_at: Date
        let delivered_at: Date?
        let attempts: [Attempt]
    }

    let id: UUID
    let external_id: String
    let subject: String
    let status: String
    let customer: Customer
    let created_at: Date
    let messages: [Message]
    let triage: Triage?
    let summary: Summary?
    let drafts: [Draft]
    let cited_order: CitedOrder?
    let deliveries: [Delivery]
}

/// `GET /v1/status`, the parts the status bar shows.
struct StatusWire: Decodable, Sendable {
    struct Lane: Decodable, Sendable {
        let lane: String
        let due: Int
    }
    struct Breaker: Decodable, Sendable {
        let model: String
        let state: String
    }
    struct Flag: Decodable, Sendable {
        let key: String
        let tenant_id: String?
        let enabled: Bool
    }
    struct Spend: Decodable, Sendable {
        let today_usd: Double
        let daily_budget_usd: Double?
    }
    struct Webhooks: Decodable, Sendable {
        let pending: Int
    }

    let lanes: [Lane]
    let breakers: [Breaker]
    let flags: [Flag]
    let spend: [Spend]
    let webhooks: Webhooks
}

/// An answer to approve or reject that is not a success: the contract's error body.
struct ErrorWire: Decodable, Sendable {
    struct Detail: Decodable, Sendable {
        let code: String
        let message: String
        let details: [String: String]?
    }
    let error: Detail
}

extension InboxRow {
    init(_ d: DraftListWire.Draft) {
        self.init(
            id: d.id, ticketID: d.ticket_id, externalID: d.external_id, subject: d.subject,
            customer: Self.customer(name: d.customer_name, email: d.customer_email), customerEmail: d.customer_email,
            category: d.category, priority: d.priority.flatMap(Priority.init(text:)), sentiment: d.sentiment,
            source: ContentSource(text: d.source), sourceReason: d.reason,
            status: DraftStatus(rawValue: d.status) ?? .pendingReview, createdAt: d.created_at,
            reviewedBy: d.reviewed_by, reviewedAt: d.reviewed_at, draftBody: d.body)
    }

    /// The name agents know the customer by, else the email (as the server's customer order,
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
            rejected: counts["rejected"] ?? 0, superseded: counts["superseded"] ?? 0)
    }
}

extension DashboardCore.TicketDetail {
    /// The ticket view of `t`: its newest draft, and the order fields the draft cites.
    init(_ t: TicketWire) {
        let draft = t.drafts.last
        self.init(
            id: t.id, externalID: t.external_id, subject: t.subject,
            customer: InboxRow.customer(name: t.customer.name, email: t.customer.email), status: t.status,
            createdAt: t.created_at,
            messages: t.messages.map { Message(author: $0.author, body: $0.body, createdAt: $0.created_at) },
            triage: t.triage.map {
                Triage(
                    category: $0.category, priority: Priority(text: $0.priority), sentiment: $0.sentiment,
                    language: $0.language, orderID: $0.order_id, needsHuman: $0.needs_human,
                    needsHumanReason: $0.needs_human_reason, source: ContentSource(text: $0.source), model: $0.model,
                    reason: $0.reason)
            },
            summary: t.summary.map {
                Summary(text: $0.text, source: ContentSource(text: $0.source), model: $0.model, messages: $0.messages)
            },
            draft: draft.map {
                Draft(
                    id: $0.id, body: $0.approved_body ?? $0.body,
                    status: DraftStatus(rawValue: $0.status) ?? .pendingReview, source: ContentSource(text: $0.source),
                    model: $0.model, reason: $0.reason, createdAt: $0.created_at, reviewedBy: $0.reviewed_by,
                    reviewedAt: $0.reviewed_at)
            },
            orderFields: (t.cited_order?.fields ?? []).map { OrderField(name: $0.name, value: $0.value) },
            citations: draft?.citations ?? [],
            deliveries: t.deliveries.map(DeliveryInfo.init))
    }
}

extension DeliveryInfo {
    init(_ d: TicketWire.Delivery) {
        let last = d.attempts.last
        self.init(
            eventID: d.event_id, type: d.type, state: State(text: d.state), attempts: d.attempts.count,
            lastStatus: last?.status, lastError: last?.error ?? "", createdAt: d.created_at,
            deliveredAt: d.delivered_at)
    }
}

extension StatusSummary {
    /// What the status bar needs from the status report: due jobs per lane and webhooks waiting,
    /// breakers, switches that are off, and spend today summed over tenants against their budgets.
    init(_ report: StatusWire) {
        var queues = report.lanes.map { Queue(name: $0.lane, depth: $0.due) }
        queues.append(Queue(name: "webhooks", depth: report.webhooks.pending))
        let budgets = report.spend.compactMap(\.daily_budget_usd)
        self.init(
            queues: queues,
            breakers: report.breakers.map {
                Breaker(model: $0.model, state: Breaker.State(rawValue: $0.state) ?? .closed)
            },
            flagsOff: report.flags.filter { !$0.enabled }.map { flag in
                flag.tenant_id.map { "\(flag.key)@\($0.prefix(8))" } ?? flag.key
            },
            spendTodayUSD: report.spend.reduce(0) { $0 + $1.today_usd },
            dailyBudgetUSD: budgets.isEmpty ? nil : budgets.reduce(0, +))
    }
}

extension InboxRequest {
    /// The `GET /v1/drafts` query string for this window.
    func queryItems(tenant: UUID?) -> [URLQueryItem] {
        var items = [
            URLQueryItem(name: "status", value: query.status.rawValue),
            URLQueryItem(name: "sort", value: Self.sortName(query.sort)),
            URLQueryItem(name: "offset", value: String(window.offset)),
            URLQueryItem(name: "limit", value: String(max(1, min(window.limit, 1000)))),
        ]
        if !query.text.isEmpty { items.append(URLQueryItem(name: "q", value: query.text)) }
        if let category = query.category { items.append(URLQueryItem(name: "category", value: category)) }
        if let priority = query.priority { items.append(URLQueryItem(name: "priority", value: priority.rawValue)) }
        if let tenant { items.append(URLQueryItem(name: "tenant_id", value: tenant.lowercased)) }
        return items
    }

    static func sortName(_ sort: InboxSort) -> String {
        switch sort {
        case .urgentFirst: "urgent_first"
        case .newest: "newest"
        case .oldest: "oldest"
        case .customer: "customer"
        }
    }
}

/// Decodes the API's JSON (timestamps in RFC 3339 with or without fractions).
enum WireJSON {
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = RFC3339.parse(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date"))
            }
            return date
        }
        return try decoder.decode(type, from: Data(bytes))
    }
}
