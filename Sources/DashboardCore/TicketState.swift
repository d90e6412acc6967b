import Foundation

/// The open ticket: what opened it, the loaded detail, its laid-out lines and the scroll position.
public struct TicketState: Sendable, Equatable {
    public var ticketID: UUID
    /// The inbox row that opened the ticket: the title and actions work before the detail arrives.
    public var row: InboxRow?
    public internal(set) var detail: TicketDetail?
    /// The detail laid out for `layoutWidth`; laid out once per load or resize, not per frame, so
    /// drawing only copies the visible lines.
    public internal(set) var lines: [StyledLine] = []
    /// Line numbers of section headings, for Tab and Shift-Tab.
    public internal(set) var sectionStarts: [Int] = []
    public internal(set) var scroll = 0
    var layoutWidth = 0

    public init(ticketID: UUID, row: InboxRow?) {
        self.ticketID = ticketID
        self.row = row
    }

    mutating func clampScroll(viewportRows height: Int) {
        scroll = max(0, min(scroll, lines.count - max(1, height)))
    }

    /// The draft the ticket's actions apply to.
    var target: ReviewTarget? {
        if let detail, let draft = detail.draft {
            return ReviewTarget(
                draftID: draft.id, ticketID: detail.id, subject: detail.subject, body: draft.body,
                status: draft.status, reviewedBy: draft.reviewedBy, reviewedAt: draft.reviewedAt)
        }
        return row.map(ReviewTarget.init)
    }
}
