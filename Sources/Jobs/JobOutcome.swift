import Foundation
import Postgres

/// What a handler says happens next (River's and Oban's vocabulary).
public enum JobOutcome: Sendable, Equatable {
    /// Finished; the job is completed.
    case done
    /// Try again after the retry policy's backoff, or not before the given time (e.g. `Retry-After`).
    case retry(reason: String, notBefore: Date? = nil)
    /// Not now: run again after `delay` without spending an attempt (e.g. a paused feature).
    case snooze(Duration)
    /// Never run again; kept with the reason.
    case discard(reason: String)
    /// Attempts are used up by the handler's own schedule (webhook deliveries): dead-lettered now,
    /// listed by `supportbot dlq list` and replayable, whatever `max_attempts` says.
    case deadLetter(reason: String)
}

/// A handler's result: the outcome, and the effects to commit in the same transaction as it.
public struct JobResult: Sendable {
    public var outcome: JobOutcome
    /// Runs inside the transaction that records the outcome, before it: result rows, follow-up
    /// jobs (`JobStore.enqueue(_:on:)`), outbound events. If the job's lease turns out to be lost,
    /// the transaction rolls back and none of it is applied.
    public var effects: (@Sendable (PostgresConnection) async throws -> Void)?

    public init(_ outcome: JobOutcome, effects: (@Sendable (PostgresConnection) async throws -> Void)? = nil) {
        self.outcome = outcome
        self.effects = effects
    }

    public static let done = JobResult(.done)
}
