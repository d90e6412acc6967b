/// A name in the queue's vocabulary (a kind, a lane): typed in Swift, the plain text in SQL.
public protocol QueueName: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
}

extension QueueName {
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// A kind of work queued in the `jobs` table (the outbox). supportbot's own kinds are the static
/// members (``allCases``); tests and drills may name kinds of their own for their own handlers,
/// so this is an open set of names rather than an enum. SQL sees the raw name.
public struct JobKind: QueueName {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let triage: JobKind = "triage"
    public static let summarize: JobKind = "summarize"
    public static let draft: JobKind = "draft"
    public static let deliver: JobKind = "deliver"
    /// A drill job that does nothing (benchmarks, crash tests, staging drills).
    public static let noop: JobKind = "noop"

    /// The kinds supportbot runs.
    public static let allCases: [JobKind] = [.triage, .summarize, .draft, .deliver, .noop]

    /// The lane (bulkhead) the kind runs in, so a backlog in one never starves another.
    public var lane: JobLane {
        switch self {
        case .triage, .draft: .interactive
        case .deliver: .delivery
        default: .batch
        }
    }

    /// Attempts before the job is dead-lettered. Model calls retry inside the gateway too, so a
    /// few job attempts suffice. A delivery's attempts follow its schedule (8 by default,
    /// `SUPPORTBOT_WEBHOOK_RETRY_SCHEDULE` up to 50) and the handler dead-letters on the last one:
    /// 100 is only the ceiling, the same the deliveries trigger passes to `jobs_enqueue()`.
    public var maxAttempts: Int {
        switch self {
        case .triage, .summarize, .draft: 5
        case .deliver: 100
        case .noop: 3
        default: 10
        }
    }
}

/// A concurrency lane; each has its own worker limit per process. supportbot's lanes are the
/// static members; tests give each case a lane of its own, so its claims never meet another's.
public struct JobLane: QueueName {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let interactive: JobLane = "interactive"
    public static let batch: JobLane = "batch"
    public static let delivery: JobLane = "delivery"

    /// The lanes supportbot runs.
    public static let allCases: [JobLane] = [.interactive, .batch, .delivery]
}

/// Where a job is in its life (`jobs.state`; docs/jobs.md, "States").
public enum JobState: String, Sendable, CaseIterable, Codable {
    case available
    case running
    case completed
    case dead
    case discarded
}

/// Idempotency keys: any job may be enqueued twice, only one row results.
public enum JobKey {
    /// `triage:<ticket>:<message>` per ARCHITECTURE.md.
    public static func triage(ticketID: String, messageExternalID: String) -> String {
        "triage:\(ticketID):\(messageExternalID)"
    }
}
