import Foundation

/// One line of the review inbox: a draft with the ticket facts an agent scans for.
/// Mirrors the store's `ReviewItem` joined with the ticket's triage and customer.
public struct InboxRow: Sendable, Equatable, Identifiable {
    /// The draft's id; the cursor follows it across refreshes.
    public var id: UUID
    public var ticketID: UUID
    public var externalID: String
    public var subject: String
    /// The customer's name, or their email when there is no name.
    public var customer: String
    /// Searched by the filter even when the name is shown.
    public var customerEmail: String
    /// Nil until triage has run.
    public var category: String?
    public var priority: Priority?
    public var sentiment: String?
    public var source: ContentSource
    /// For canned drafts: why no model wrote it.
    public var sourceReason: String
    public var status: DraftStatus
    public var createdAt: Date
    public var reviewedBy: String?
    public var reviewedAt: Date?
    /// The draft text, so `e` can open the editor without another fetch.
    public var draftBody: String

    public init(
        id: UUID, ticketID: UUID, externalID: String = "", subject: String, customer: String,
        customerEmail: String = "",
        category: String? = nil, priority: Priority? = nil, sentiment: String? = nil,
        source: ContentSource = .model, sourceReason: String = "", status: DraftStatus = .pendingReview,
        createdAt: Date, reviewedBy: String? = nil, reviewedAt: Date? = nil, draftBody: String = ""
    ) {
        self.id = id
        self.ticketID = ticketID
        self.externalID = externalID
        self.subject = subject
        self.customer = customer
        self.customerEmail = customerEmail
        self.category = category
        self.priority = priority
        self.sentiment = sentiment
        self.source = source
        self.sourceReason = sourceReason
        self.status = status
        self.createdAt = createdAt
        self.reviewedBy = reviewedBy
        self.reviewedAt = reviewedAt
        self.draftBody = draftBody
    }
}
