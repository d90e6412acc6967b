/// Kinds of work queued in the `jobs` table (the outbox).
public enum JobKind: String, Sendable, CaseIterable, Codable {
    case triage
    case summarize
    case draft
    case deliver

    /// The lane (bulkhead) the kind runs in, so a backlog in one never starves another.
    public var lane: JobLane {
        switch self {
        case .triage, .draft: return .interactive
        case .summarize: return .batch
        case .deliver: return .delivery
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
