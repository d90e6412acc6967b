import Domain
import Foundation

/// A ticket with everything about it: thread, triage, summary, drafts, the order its newest
/// draft cites, and the delivery log. Plain values; the API owns how they look on the wire.
///
/// Decoded from the single JSON document `TicketStore.detail` builds in SQL, whose keys are these
/// property names.
public struct TicketRecord: Sendable, Equatable, Decodable {
    public struct Message: Sendable, Equatable, Decodable {
        public var externalID: String
        public var author: String
        public var body: String
        public var createdAt: Date
    }

    /// Filled by the pipeline; nil until the triage job has run.
    public struct Triage: Sendable, Equatable, Decodable {
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
    }

    public struct Summary: Sendable, Equatable, Decodable {
        public var text: String
        public var source: String
        public var model: String?
        public var reason: String
        /// Messages of the thread the summary covers.
        public var messages: Int
        public var updatedAt: Date
    }

    public struct Draft: Sendable, Equatable, Decodable {
        public var id: UUID
        public var body: String
        public var language: String
        public var status: String
        public var source: String
        public var model: String?
        /// For canned drafts: why no model wrote it.
        public var reason: String
        public var createdAt: Date
        /// What the draft was grounded in: `order:<id>.<field>` and `policy:<article id>`.
        public var citations: [String]
        /// The agent's edited text when the draft was approved with edits.
        public var approvedBody: String?
        public var reviewedBy: String?
        public var reviewedAt: Date?
        /// The newer draft that replaced this one while it waited for review.
        public var supersededBy: UUID?
    }

    public var id: UUID
    public var tenantID: UUID
    public var externalID: String
    public var subject: String
    public var status: String
    public var customerEmail: String
    public var customerName: String?
    public var orderID: String?
    public var channel: String?
    public var correlationID: String?
    public var createdAt: Date
    public var updatedAt: Date
    public var messages: [Message]
    public var triage: Triage?
    public var summary: Summary?
    /// Oldest first; the last is the live one.
    public var drafts: [Draft]
    /// The tenant's record of the order the newest draft cites, when it has one (and it reads
    /// as one: a shop's odd record must not make the whole ticket unreadable).
    @Lenient public var citedOrder: OrderRecord?
    /// Outbound events about the ticket with each delivery attempt (the delivery log).
    public var deliveries: [EventDelivery]
}

/// One line of the ticket list.
public struct TicketListItem: Sendable, Equatable {
    public var id: UUID
    public var tenantID: UUID
    public var externalID: String
    public var subject: String
    public var status: String
    public var customerEmail: String
    public var customerName: String?
    public var messageCount: Int
    public var createdAt: Date
    public var updatedAt: Date
}

/// A page of tickets and the cursor for the next one (nil at the end).
public struct TicketListPage: Sendable, Equatable {
    public var tickets: [TicketListItem]
    public var nextCursor: String?
}

/// An optional that decodes to nil when its value is absent, null or not of the expected shape.
@propertyWrapper
public struct Lenient<Value: Decodable & Sendable & Equatable>: Decodable, Sendable, Equatable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        wrappedValue = try? decoder.singleValueContainer().decode(Value.self)
    }
}
