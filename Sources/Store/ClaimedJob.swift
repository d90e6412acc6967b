import Domain
import Foundation

/// A job a worker holds a lease on. `attempt` already counts this run.
public struct ClaimedJob: Sendable, Equatable {
    public var id: Int64
    public var kind: JobKind
    public var lane: JobLane
    /// The payload as JSON text; handlers decode what they need.
    public var payload: String
    public var tenantID: UUID?
    public var ticketID: UUID?
    public var correlationID: String?
    public var attempt: Int
    public var maxAttempts: Int
    public var createdAt: Date
    public var runAt: Date

    public init(
        id: Int64, kind: JobKind, lane: JobLane, payload: String, tenantID: UUID? = nil, ticketID: UUID? = nil,
        correlationID: String? = nil, attempt: Int, maxAttempts: Int, createdAt: Date, runAt: Date
    ) {
        self.id = id
        self.kind = kind
        self.lane = lane
        self.payload = payload
        self.tenantID = tenantID
        self.ticketID = ticketID
        self.correlationID = correlationID
        self.attempt = attempt
        self.maxAttempts = maxAttempts
        self.createdAt = createdAt
        self.runAt = runAt
    }
}

/// A job to enqueue.
public struct NewJob: Sendable {
    public var kind: JobKind
    public var lane: JobLane
    public var payload: String
    public var priority: Int
    public var runAt: Date?
    public var maxAttempts: Int
    public var tenantID: UUID?
    public var ticketID: UUID?
    public var correlationID: String?
    /// Enqueueing a key that exists is a no-op that returns the existing job.
    public var idempotencyKey: String?

    public init(
        kind: JobKind, lane: JobLane, payload: String = "{}", priority: Int = 100, runAt: Date? = nil,
        maxAttempts: Int = 10, tenantID: UUID? = nil, ticketID: UUID? = nil, correlationID: String? = nil,
        idempotencyKey: String? = nil
    ) {
        self.kind = kind
        self.lane = lane
        self.payload = payload
        self.priority = priority
        self.runAt = runAt
        self.maxAttempts = maxAttempts
        self.tenantID = tenantID
        self.ticketID = ticketID
        self.correlationID = correlationID
        self.idempotencyKey = idempotencyKey
    }
}

extension NewJob {
    /// A job of a known kind, in its lane and with its attempt limit.
    public init(
        _ kind: JobKind, payload: String = "{}", priority: Int = 100, runAt: Date? = nil, tenantID: UUID? = nil,
        ticketID: UUID? = nil, correlationID: String? = nil, idempotencyKey: String? = nil
    ) {
        self.init(
            kind: kind, lane: kind.lane, payload: payload, priority: priority, runAt: runAt,
            maxAttempts: kind.maxAttempts, tenantID: tenantID, ticketID: ticketID, correlationID: correlationID,
            idempotencyKey: idempotencyKey)
    }
}

/// One row of `supportbot dlq list`.
public struct DeadJob: Sendable, Equatable, Encodable {
    public var id: Int64
    public var kind: JobKind
    /// Lowercase UUID text, as everywhere in our JSON.
    public var ticketID: String?
    public var attempt: Int
    public var maxAttempts: Int
    public var lastError: String?
    public var createdAt: Date
    public var finishedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, kind
        case ticketID = "ticket_id"
        case attempt
        case maxAttempts = "max_attempts"
        case lastError = "last_error"
        case createdAt = "created_at"
        case finishedAt = "finished_at"
    }
}

/// Jobs per kind and state: `supportbot status` and `/metrics`.
public struct QueueDepth: Sendable, Equatable, Encodable {
    public var kind: JobKind
    public var state: JobState
    public var count: Int

    public init(kind: JobKind, state: JobState, count: Int) {
        self.kind = kind
        self.state = state
        self.count = count
    }
}

/// Which due jobs a lane may claim right now: a paused lane claims nothing; jobs of excluded
/// tenants (a kill switch off, an endpoint disabled or busy) stay queued, untouched, in order.
public struct ClaimFilter: Sendable, Equatable {
    public var paused: Bool
    public var excludedTenants: [UUID]
    /// When set, only these tenants' jobs (a switch off globally but on for them).
    public var onlyTenants: [UUID]?
    /// At most this many jobs of one tenant per claim (an endpoint's free slots in this process);
    /// ``tenantLimits`` overrides it per tenant. nil: no cap beyond the claim's own limit.
    public var defaultTenantLimit: Int?
    public var tenantLimits: [UUID: Int]

    public init(
        paused: Bool = false, excludedTenants: [UUID] = [], onlyTenants: [UUID]? = nil,
        defaultTenantLimit: Int? = nil, tenantLimits: [UUID: Int] = [:]
    ) {
        self.paused = paused
        self.excludedTenants = excludedTenants
        self.onlyTenants = onlyTenants
        self.defaultTenantLimit = defaultTenantLimit
        self.tenantLimits = tenantLimits
    }
}
