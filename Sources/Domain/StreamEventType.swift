/// What the agents' event stream (`GET /v1/events/stream`) reports (CONTRACT.md).
public enum StreamEventType: String, Sendable, CaseIterable, Codable {
    /// A ticket, its thread, triage or summary changed.
    case ticketUpdated = "ticket.updated"
    case draftCreated = "draft.created"
    /// Approved or rejected.
    case draftReviewed = "draft.reviewed"
    /// A newer draft for the ticket replaced it.
    case draftSuperseded = "draft.superseded"
}
