import Foundation

/// The draft an action applies to, taken from the inbox row or the open ticket.
public struct ReviewTarget: Sendable, Equatable {
    public var draftID: UUID
    public var ticketID: UUID
    public var subject: String
    public var body: String
    public var status: DraftStatus
    public var reviewedBy: String?
    public var reviewedAt: Date?

    public init(
        draftID: UUID, ticketID: UUID, subject: String, body: String, status: DraftStatus, reviewedBy: String? = nil,
        reviewedAt: Date? = nil
    ) {
        self.draftID = draftID
        self.ticketID = ticketID
        self.subject = subject
        self.body = body
        self.status = status
        self.reviewedBy = reviewedBy
        self.reviewedAt = reviewedAt
    }

    init(_ row: InboxRow) {
        self.init(
            draftID: row.id, ticketID: row.ticketID, subject: row.subject, body: row.draftBody, status: row.status,
            reviewedBy: row.reviewedBy, reviewedAt: row.reviewedAt)
    }
}
