import Foundation

/// How an approve or reject ended, as the app reports it back. Mirrors the store's `ReviewResult`
/// plus a failure case for errors the store threw.
public enum ReviewOutcome: Sendable, Equatable {
    case approved
    case rejected
    /// Another agent was first; nothing changed and nothing is delivered twice.
    case alreadyReviewed(status: DraftStatus, by: String, at: Date)
    /// A newer draft for the ticket replaced this one first; nothing changed.
    case superseded(at: Date)
    case notFound
    /// The store or the network failed; `message` must be safe to show (no SQL, no secrets).
    case failed(message: String)
}
