import Domain
import Foundation
import Store

// `GET /v1/tickets/{id}` and `GET /v1/tickets` as CONTRACT.md fixes them (more fields are fine).
// The store hands over plain records; these types own the JSON.

struct TicketView: Encodable, Sendable {
    struct Customer: Encodable, Sendable {
        let email: String
        @Nullable var name: String?
    }

    struct Message: Encodable, Sendable {
        let external_id: String
        let author: String
        let body: String
        let created_at: Date
    }

    struct Triage: Encodable, Sendable {
        let category: String
        let priority: String
        let sentiment: String
        let language: String
        @Nullable var order_id: String?
        let needs_human: Bool
        @Nullable var needs_human_reason: String?
        let source: String
        @Nullable var model: String?
        let reason: String
        let updated_at: Date
    }

    struct Summary: Encodable, Sendable {
        let text: String
        let source: String
        @Nullable var model: String?
        let reason: String
        let messages: Int
        let updated_at: Date
    }

    struct Draft: Encodable, Sendable {
        let id: String
        let body: String
        let language: String
        let status: String
        let source: String
        @Nullable var model: String?
        let reason: String
        let created_at: Date
        let citations: [String]
        @Nullable var approved_body: String?
        @Nullable var reviewed_by: String?
        @Nullable var reviewed_at: Date?
        @Nullable var superseded_by: String?
    }

    /// The fields of the customer's order that the newest draft cites.
    struct CitedOrder: Encodable, Sendable {
        struct Field: Encodable, Sendable {
            let name: String
            let value: String
        }
        let order_id: String
        let fields: [Field]
    }

    let id: String
    let tenant_id: String
    let external_id: String
    let subject: String
    let status: String
    let customer: Customer
    @Nullable var order_id: String?
    @Nullable var channel: String?
    @Nullable var correlation_id: String?
    let created_at: Date
    let updated_at: Date
    let messages: [Message]
    @Nullable var triage: Triage?
    @Nullable var summary: Summary?
    let drafts: [Draft]
    @Nullable var cited_order: CitedOrder?
    let deliveries: [DeliveryView]

    init(_ r: TicketRecord) {
        id = r.id.lowercased
        tenant_id = r.tenantID.lowercased
        external_id = r.externalID
        subject = r.subject
        status = r.status
        customer = Customer(email: r.customerEmail, name: r.customerName)
        order_id = r.orderID
        channel = r.channel
        correlation_id = r.correlationID
        created_at = r.createdAt
        updated_at = r.updatedAt
        messages = r.messages.map {
            Message(external_id: $0.externalID, author: $0.author, body: $0.body, created_at: $0.createdAt)
        }
        triage = r.triage.map {
            Triage(
                category: $0.category, priority: $0.priority, sentiment: $0.sentiment, language: $0.language,
                order_id: $0.orderID, needs_human: $0.needsHuman, needs_human_reason: $0.needsHumanReason,
                source: $0.source, model: $0.model, reason: $0.reason, updated_at: $0.updatedAt)
        }
        summary = r.summary.map {
            Summary(
                text: $0.text, source: $0.source, model: $0.model, reason: $0.reason, messages: $0.messages,
                updated_at: $0.updatedAt)
        }
        drafts = r.drafts.map {
            Draft(
                id: $0.id.lowercased, body: $0.body, language: $0.language, status: $0.status, source: $0.source,
                model: $0.model, reason: $0.reason, created_at: $0.createdAt, citations: $0.citations,
                approved_body: $0.approvedBody, reviewed_by: $0.reviewedBy, reviewed_at: $0.reviewedAt,
                superseded_by: $0.supersededBy?.lowercased)
        }
        cited_order = Self.citedOrder(r)
        deliveries = r.deliveries.map(DeliveryView.init)
    }

    /// The order fields that the newest draft's `order:<id>.<field>` citations name.
    static func citedOrder(_ r: TicketRecord) -> CitedOrder? {
        guard let order = r.citedOrder, let citations = r.drafts.last?.citations else { return nil }
        let cited = Set(
            citations.compactMap { citation -> String? in
                guard citation.hasPrefix("order:\(order.orderID)."), let dot = citation.lastIndex(of: ".") else {
                    return nil
                }
                return String(citation[citation.index(after: dot)...])
            })
        let fields = order.citableFields.filter { cited.contains($0.name) }.map {
            CitedOrder.Field(name: $0.name, value: $0.value)
        }
        return CitedOrder(order_id: order.orderID, fields: fields)
    }
}

/// One outbound event of a ticket with its delivery attempts (the delivery log).
struct DeliveryView: Encodable, Sendable {
    struct Attempt: Encodable, Sendable {
        let attempt: Int
        let url: String
        @Nullable var status: Int?
        let latency_ms: Double
        let error: String
        let response_snippet: String
        let created_at: Date
    }

    let event_id: String
    let type: String
    let state: String
    let created_at: Date
    @Nullable var delivered_at: Date?
    let attempts: [Attempt]

    init(_ d: EventDelivery) {
        event_id = d.eventID
        type = d.type
        state = d.state
        created_at = d.createdAt
        delivered_at = d.deliveredAt
        attempts = d.attempts.map {
            Attempt(
                attempt: $0.attempt, url: $0.url, status: $0.status, latency_ms: $0.latencyMilliseconds,
                error: $0.error, response_snippet: $0.responseSnippet, created_at: $0.createdAt)
        }
    }
}

/// `GET /v1/tickets`: newest first, keyset cursor.
struct TicketListView: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        let id: String
        let tenant_id: String
        let external_id: String
        let subject: String
        let status: String
        let customer: TicketView.Customer
        let message_count: Int
        let created_at: Date
        let updated_at: Date
    }

    let tickets: [Item]
    @Nullable var next_cursor: String?

    init(_ page: TicketListPage) {
        tickets = page.tickets.map {
            Item(
                id: $0.id.lowercased, tenant_id: $0.tenantID.lowercased, external_id: $0.externalID,
                subject: $0.subject, status: $0.status,
                customer: TicketView.Customer(email: $0.customerEmail, name: $0.customerName),
                message_count: $0.messageCount, created_at: $0.createdAt, updated_at: $0.updatedAt)
        }
        next_cursor = page.nextCursor
    }
}
