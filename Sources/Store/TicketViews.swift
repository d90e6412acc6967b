import Domain
import Foundation

/// A ticket with its thread, as `GET /v1/tickets/{id}` answers (CONTRACT.md).
public struct TicketDetail: Sendable, Equatable, Encodable {
    public struct Message: Sendable, Equatable, Encodable {
        public var externalID: String
        public var author: String
        public var body: String
        public var createdAt: Date

        enum CodingKeys: String, CodingKey {
            case externalID = "external_id"
            case author, body
            case createdAt = "created_at"
        }
    }

    /// Filled by the pipeline; null until the triage job has run.
    public struct Triage: Sendable, Equatable, Encodable {
        public var category: String
        public var priority: String
        public var sentiment: String
        public var language: String
        public var orderID: String?
        public var needsHuman: Bool
        public var needsHumanReason: String?
        /// `model`, `cache`, `rules` or `canned`, and the model when one answered.
        public var source: String
        public var model: String?
        /// The router's reason, or why it fell back.
        public var reason: String
        public var updatedAt: Date

        enum CodingKeys: String, CodingKey {
            case category, priority, sentiment, language, source, model, reason
            case orderID = "order_id"
            case needsHuman = "needs_human"
            case needsHumanReason = "needs_human_reason"
            case updatedAt = "updated_at"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(category, forKey: .category)
            try c.encode(priority, forKey: .priority)
            try c.encode(sentiment, forKey: .sentiment)
            try c.encode(language, forKey: .language)
            try c.encode(orderID, forKey: .orderID)
            try c.encode(needsHuman, forKey: .needsHuman)
            try c.encode(needsHumanReason, forKey: .needsHumanReason)
            try c.encode(source, forKey: .source)
            try c.encode(model, forKey: .model)
            try c.encode(reason, forKey: .reason)
            try c.encode(updatedAt, forKey: .updatedAt)
        }
    }

    public struct Summary: Sendable, Equatable, Encodable {
        public var text: String
        public var source: String
        public var model: String?
        public var reason: String
        /// Messages of the thread the summary covers.
        public var messages: Int
        public var updatedAt: Date

        enum CodingKeys: String, CodingKey {
            case text, source, model, reason, messages
            case updatedAt = "updated_at"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(text, forKey: .text)
            try c.encode(source, forKey: .source)
            try c.encode(model, forKey: .model)
            try c.encode(reason, forKey: .reason)
            try c.encode(messages, forKey: .messages)
            try c.encode(updatedAt, forKey: .updatedAt)
        }
    }

    public struct Draft: Sendable, Equatable, Encodable {
        @LowercasedUUID public var id: UUID
        public var body: String
        public var language: String
        public var status: String
        public var source: String
        public var model: String?
        /// For canned drafts: why no model wrote it.
        public var reason: String
        public var createdAt: Date
        /// What the draft was grounded in: `order:<id>.<field>` and `policy:<article id>`.
        public var citations: [String] = []
        /// The agent's edited text when the draft was approved with edits.
        public var approvedBody: String?
        public var reviewedBy: String?
        public var reviewedAt: Date?

        enum CodingKeys: String, CodingKey {
            case id, body, language, status, source, model, reason, citations
            case createdAt = "created_at"
            case approvedBody = "approved_body"
            case reviewedBy = "reviewed_by"
            case reviewedAt = "reviewed_at"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id.lowercased, forKey: .id)
            try c.encode(body, forKey: .body)
            try c.encode(language, forKey: .language)
            try c.encode(status, forKey: .status)
            try c.encode(source, forKey: .source)
            try c.encode(model, forKey: .model)
            try c.encode(reason, forKey: .reason)
            try c.encode(createdAt, forKey: .createdAt)
            try c.encode(citations, forKey: .citations)
            try c.encode(approvedBody, forKey: .approvedBody)
            try c.encode(reviewedBy, forKey: .reviewedBy)
            try c.encode(reviewedAt, forKey: .reviewedAt)
        }
    }

    public var id: UUID
    public var tenantID: UUID
    public var externalID: String
    public var subject: String
    public var status: String
    public var customer: TicketSummary.Customer
    public var orderID: String?
    public var channel: String?
    public var correlationID: String?
    public var createdAt: Date
    public var updatedAt: Date
    public var messages: [Message]
    public var triage: Triage?
    public var summary: Summary?
    public var drafts: [Draft]
    /// Outbound events about the ticket with each delivery attempt (the delivery log).
    public var deliveries: [EventDelivery] = []

    enum CodingKeys: String, CodingKey {
        case id
        case tenantID = "tenant_id"
        case externalID = "external_id"
        case subject, status, customer
        case orderID = "order_id"
        case channel
        case correlationID = "correlation_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case messages, triage, summary, drafts, deliveries
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id.lowercased, forKey: .id)
        try c.encode(tenantID.lowercased, forKey: .tenantID)
        try c.encode(externalID, forKey: .externalID)
        try c.encode(subject, forKey: .subject)
        try c.encode(status, forKey: .status)
        try c.encode(customer, forKey: .customer)
        try c.encode(orderID, forKey: .orderID)
        try c.encode(channel, forKey: .channel)
        try c.encode(correlationID, forKey: .correlationID)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(messages, forKey: .messages)
        // Explicit nulls: clients test for `"triage": null` until the pipeline has run.
        try c.encode(triage, forKey: .triage)
        try c.encode(summary, forKey: .summary)
        try c.encode(drafts, forKey: .drafts)
        try c.encode(deliveries, forKey: .deliveries)
    }
}

/// One line of `GET /v1/tickets`.
public struct TicketSummary: Sendable, Equatable, Encodable {
    public struct Customer: Sendable, Equatable, Encodable {
        public var email: String
        public var name: String?

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(email, forKey: .email)
            try c.encode(name, forKey: .name)
        }
        enum CodingKeys: String, CodingKey { case email, name }
    }

    @LowercasedUUID public var id: UUID
    @LowercasedUUID public var tenantID: UUID
    public var externalID: String
    public var subject: String
    public var status: String
    public var customer: Customer
    public var messageCount: Int
    public var createdAt: Date
    public var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case id
        case tenantID = "tenant_id"
        case externalID = "external_id"
        case subject, status, customer
        case messageCount = "message_count"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// A page of tickets and the cursor for the next one (nil at the end).
public struct TicketPage: Sendable, Equatable, Encodable {
    public var tickets: [TicketSummary]
    public var nextCursor: String?

    enum CodingKeys: String, CodingKey {
        case tickets
        case nextCursor = "next_cursor"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(tickets, forKey: .tickets)
        try c.encode(nextCursor, forKey: .nextCursor)
    }
}
