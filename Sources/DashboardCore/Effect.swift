import Foundation

/// Work the app must do for the view model, reporting the result as an `Event`.
public enum Effect: Sendable, Equatable {
    /// Fetch a page of the inbox; answer with `.inboxLoaded` carrying `request.generation`.
    case fetchInbox(InboxRequest)
    /// Fetch a ticket with its thread, triage, summary, draft and deliveries; answer `.ticketLoaded`.
    case loadTicket(ticketID: UUID)
    /// Approve the draft (with the agent's text when `editedBody` is set); answer `.reviewFinished`.
    case approve(draftID: UUID, editedBody: String?)
    /// Reject the draft with an optional reason; answer `.reviewFinished`.
    case reject(draftID: UUID, reason: String?)
    /// Suspend the screen, run `$EDITOR` on `body`, answer `.editorFinished` (or `.editorUnavailable`).
    case openEditor(draftID: UUID, body: String)
    /// Restore the terminal and exit.
    case quit
}
