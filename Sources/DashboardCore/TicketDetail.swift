import Foundation

/// Everything the ticket view shows. Mirrors the store's `TicketDetail` (thread, triage, summary,
/// draft, delivery log) plus the order data and citations the draft's grounding used.
public struct TicketDetail: Sendable, Equatable {
    /// One message of the thread.
    public struct Message: Sendable, Equatable {
        public var author: String
        public var body: String
        public var createdAt: Date

        public init(author: String, body: String, createdAt: Date) {
            self.author = author
            self.body = body
            self.createdAt = createdAt
        }
    }

    /// The pipeline's triage; the source tells whether a model, the cache or the rules decided.
    public struct Triage: Sendable, Equatable {
        public var category: String
        public var priority: Priority?
        public var sentiment: String
        public var language: String
        public var orderID: String?
        public var needsHuman: Bool
        public var needsHumanReason: String?
        public var source: ContentSource
        public var model: String?
        public var reason: String

        public init(
            category: String, priority: Priority?, sentiment: String, language: String, orderID: String? = nil,
            needsHuman: Bool = false, needsHumanReason: String? = nil, source: ContentSource, model: String? = nil,
            reason: String = ""
        ) {
            self.category = category
            self.priority = priority
            self.sentiment = sentiment
            self.language = language
            self.orderID = orderID
            self.needsHuman = needsHuman
            self.needsHumanReason = needsHumanReason
            self.source = source
            self.model = model
            self.reason = reason
        }
    }

    /// The thread summary and what produced it.
    public struct Summary: Sendable, Equatable {
        public var text: String
        public var source: ContentSource
        public var model: String?
        /// Messages of the thread the summary covers.
        public var messages: Int

        public init(text: String, source: ContentSource, model: String? = nil, messages: Int) {
            self.text = text
            self.source = source
            self.model = model
            self.messages = messages
        }
    }

    /// The draft under review.
    public struct Draft: Sendable, Equatable {
        public var id: UUID
        public var body: String
        public var status: DraftStatus
        public var source: ContentSource
        public var model: String?
        /// For canned drafts: why no model wrote it.
        public var reason: String
        public var createdAt: Date
        public var reviewedBy: String?
        public var reviewedAt: Date?

        public init(
            id: UUID, body: String, status: DraftStatus, source: ContentSource, model: String? = nil,
            reason: String = "", createdAt: Date, reviewedBy: String? = nil, reviewedAt: Date? = nil
        ) {
            self.id = id
            self.body = body
            self.status = status
            self.source = source
            self.model = model
            self.reason = reason
            self.createdAt = createdAt
            self.reviewedBy = reviewedBy
            self.reviewedAt = reviewedAt
        }
    }

    /// A fact of the order the draft was grounded on, e.g. `status` = `shipped`.
    public struct OrderField: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public var id: UUID
    public var externalID: String
    public var subject: String
    public var customer: String
    public var status: String
    public var createdAt: Date
    public var messages: [Message]
    public var triage: Triage?
    public var summary: Summary?
    public var draft: Draft?
    public var orderFields: [OrderField]
    /// The citations the draft used (`order:<id>.<field>`, `policy:<article id>`).
    public var citations: [String]
    public var deliveries: [DeliveryInfo]

    public init(
        id: UUID, externalID: String = "", subject: String, customer: String, status: String = "open",
        createdAt: Date, messages: [Message] = [], triage: Triage? = nil, summary: Summary? = nil,
        draft: Draft? = nil, orderFields: [OrderField] = [], citations: [String] = [], deliveries: [DeliveryInfo] = []
    ) {
        self.id = id
        self.externalID = externalID
        self.subject = subject
        self.customer = customer
        self.status = status
        self.createdAt = createdAt
        self.messages = messages
        self.triage = triage
        self.summary = summary
        self.draft = draft
        self.orderFields = orderFields
        self.citations = citations
        self.deliveries = deliveries
    }
}
