import Foundation

/// Everything that can change the dashboard: keys, and the app reporting back on data and effects.
public enum Event: Sendable, Equatable {
    case key(Key)
    /// The answer to a `fetchInbox` effect.
    case inboxLoaded(InboxPage)
    /// Something changed in the database (a NOTIFY arrived): the view model asks for fresh data.
    case dataChanged
    /// The answer to a `loadTicket` effect.
    case ticketLoaded(TicketDetail)
    case statusUpdated(StatusSummary)
    /// The answer to an `approve` or `reject` effect.
    case reviewFinished(draftID: UUID, outcome: ReviewOutcome)
    /// `$EDITOR` exited: the edited text, or nil when the agent left it unchanged or quit.
    case editorFinished(draftID: UUID, body: String?)
    /// `$EDITOR` could not run; the view model falls back to its inline editor.
    case editorUnavailable(draftID: UUID)
    /// A fetch failed; `message` must be safe to show.
    case loadFailed(message: String)
    /// The clock moved on: ages and expiring confirmation lines follow `now`. An injected clock keeps
    /// the reducer pure and its tests free of sleeps.
    case tick(now: Date)
}
