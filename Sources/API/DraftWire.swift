import Foundation
import Store

/// One line of `GET /v1/drafts`: a draft with its ticket and triage (what the dashboard's inbox shows).
struct DraftView: Encodable, Sendable {
    let id: String
    let ticket_id: String
    let tenant_id: String
    let external_id: String
    let subject: String
    @Nullable var customer_name: String?
    let customer_email: String
    @Nullable var category: String?
    @Nullable var priority: String?
    @Nullable var sentiment: String?
    let needs_human: Bool
    /// The text an approval sends: the agent's edit when there is one.
    let body: String
    let status: String
    let source: String
    let reason: String
    let created_at: Date
    @Nullable var reviewed_by: String?
    @Nullable var reviewed_at: Date?

    init(_ e: InboxEntry) {
        id = e.draftID.lowercased
        ticket_id = e.ticketID.lowercased
        tenant_id = e.tenantID.lowercased
        external_id = e.externalID
        subject = e.subject
        customer_name = e.customerName
        customer_email = e.customerEmail
        category = e.category
        priority = e.priority
        sentiment = e.sentiment
        needs_human = e.needsHuman
        body = e.body
        status = e.status
        source = e.draftSource
        reason = e.draftReason
        created_at = e.createdAt
        reviewed_by = e.reviewedBy
        reviewed_at = e.reviewedAt
    }
}

/// `GET /v1/drafts`: a page, how many match in all, the counts per review state, the next cursor.
struct DraftListView: Encodable, Sendable {
    let drafts: [DraftView]
    let total: Int
    let counts: [String: Int]
    @Nullable var next_cursor: String?
}

/// The answer to approve and reject.
struct ReviewAnswer: Encodable, Sendable {
    let id: String
    let status: String
    @Nullable var event_id: String?
    let reviewed_by: String
}
