/// Kinds of work queued in the `jobs` table (the outbox).
public enum JobKind: String, Sendable, CaseIterable, Codable {
    case triage
    case summarize
    case draft
    case deliver
    /// A drill job that does nothing (benchmarks, crash tests, staging drills).
    case noop

    /// The lane (bulkhead) the kind runs in, so a backlog in one never starves another.
    public var lane: JobLane {
        switch self {
        case .triage, .draft: return .interactive
        case .summarize, .noop: return .batch
        case .deliver: return .delivery
        }
    }

    /// Attempts before the job is dead-lettered. Model calls retry inside the gateway too, so a
    /// few job attempts suffice; a delivery follows the 8-attempt webhook schedule.
    public var maxAttempts: Int {
        switch self {
        case .triage, .summarize, .draft: return 5
        case .deliver: return 8
        case .noop: return 3
        }
    }
}

/// Concurrency lanes; each has its own worker limit.
public enum JobLane: String, Sendable, CaseIterable, Codable {
    case interactive
    case batch
    case delivery
}

/// Idempotency keys: any job may be enqueued twice, only one row results.
public enum JobKey {
    /// `triage:<ticket>:<message>` per ARCHITECTURE.md.
    public static func triage(ticketID: String, messageExternalID: String) -> String {
        "triage:\(ticketID):\(messageExternalID)"
    }
}
