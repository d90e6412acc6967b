import Domain
import Foundation
import Postgres

/// What `supportbot status` and `GET /v1/status` report from the database.
public struct StatusReport: Sendable, Encodable {
    public struct Lane: Sendable, Encodable {
        public var lane: String
        /// Jobs due now and not yet claimed.
        public var due: Int
        /// How long the oldest of them has been due, in seconds (0 when none).
        public var oldestDueSeconds: Double

        enum CodingKeys: String, CodingKey {
            case lane, due
            case oldestDueSeconds = "oldest_due_seconds"
        }
    }

    public var generatedAt: Date
    public var queue: [QueueDepth]
    public var lanes: [Lane]
    public var deadLetters: Int
    /// Stored flag rows (global and per tenant); unset keys are on.
    public var flags: [FlagSetting]
    /// Circuit breakers as last published by any process; models never tripped are closed.
    public var breakers: [BreakerRecord]
    /// Model spend today and this month per tenant, against budgets.
    public var spend: [TenantSpend]
    /// Outbound webhooks: events waiting or dead, and endpoints switched off.
    public var webhooks: Webhooks

    public struct Webhooks: Sendable, Encodable {
        public var pending: Int
        public var dead: Int
        public var oldestPendingSeconds: Double
        public var disabledEndpoints: [DisabledEndpoint]
        /// Tenants with pending events whose last attempt the address policy refused.
        public var refusedEndpoints: [RefusedEndpoint]

        enum CodingKeys: String, CodingKey {
            case pending, dead
            case oldestPendingSeconds = "oldest_pending_seconds"
            case disabledEndpoints = "disabled_endpoints"
            case refusedEndpoints = "refused_endpoints"
        }
    }

    /// A tenant whose endpoint leads to an address deliveries may not reach: its pending events
    /// are retried on the schedule and sent nothing while the refusals last.
    public struct RefusedEndpoint: Sendable, Encodable {
        @LowercasedUUID public var tenantID: UUID
        public var name: String
        /// Pending events whose last attempt was refused.
        public var events: Int
        /// The latest refusal, as in the delivery log (`refused: the host resolved to …`).
        public var lastError: String

        enum CodingKeys: String, CodingKey {
            case name, events
            case tenantID = "tenant_id"
            case lastError = "last_error"
        }
    }

    public struct DisabledEndpoint: Sendable, Encodable {
        @LowercasedUUID public var tenantID: UUID
        public var name: String
        public var reason: String

        enum CodingKeys: String, CodingKey {
            case name, reason
            case tenantID = "tenant_id"
        }
    }

    enum CodingKeys: String, CodingKey {
        case queue, lanes, flags, breakers, spend, webhooks
        case generatedAt = "generated_at"
        case deadLetters = "dead_letters"
    }
}

/// Reads the status report: a handful of indexed queries.
public struct StatusStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Succeeds when the database answers a query.
    public func ping() async throws {
        try await pool.query("SELECT 1")
    }

    /// The report; with `tenant`, what concerns that tenant only (its jobs, events, spend and
    /// flags; breakers are shared by all tenants).
    public func report(tenant: UUID? = nil) async throws -> StatusReport {
        let depth = try await JobStore(pool: pool).depth(tenant: tenant)
        let lanes = try await pool.query(
            """
            SELECT lane, count(*) AS due, COALESCE(extract(epoch FROM now() - min(run_at)), 0)::float8 AS oldest
            FROM jobs WHERE state = 'available' AND run_at <= now()
              AND (\(tenant)::uuid IS NULL OR tenant_id = \(tenant)::uuid)
            GROUP BY lane ORDER BY lane
            """
        ).rows.map {
            StatusReport.Lane(
                lane: try $0.decode("lane"), due: try $0.decode("due"), oldestDueSeconds: try $0.decode("oldest"))
        }
        let dead = depth.filter { $0.state == .dead }.map(\.count).reduce(0, +)
        return StatusReport(
            generatedAt: Date(), queue: depth, lanes: lanes, deadLetters: dead,
            flags: try await FlagStore(pool: pool).list(tenant: tenant),
            breakers: try await BreakerStore(pool: pool).list(),
            spend: try await SpendStore(pool: pool).current(tenant: tenant),
            webhooks: try await webhooks(tenant: tenant))
    }

    func webhooks(tenant: UUID?) async throws -> StatusReport.Webhooks {
        let row = try await pool.query(
            """
            SELECT count(*) FILTER (WHERE delivery_state = 'pending') AS pending,
                   count(*) FILTER (WHERE delivery_state = 'dead') AS dead,
                   COALESCE(extract(epoch FROM now() - min(created_at) FILTER (WHERE delivery_state = 'pending')), 0)::float8
                       AS oldest
            FROM events WHERE delivery_state IN ('pending', 'dead')
              AND (\(tenant)::uuid IS NULL OR tenant_id = \(tenant)::uuid)
            """
        ).rows[0]
        let disabled = try await pool.query(
            """
            SELECT id, name, webhook_disabled_reason FROM tenants
            WHERE NOT webhook_enabled AND (\(tenant)::uuid IS NULL OR id = \(tenant)::uuid) ORDER BY name
            """
        ).rows.map {
            StatusReport.DisabledEndpoint(
                tenantID: try $0.decode("id"), name: try $0.decode("name"),
                reason: try $0.decode("webhook_disabled_reason"))
        }
        // One index probe per pending event (delivery_attempts_event_idx), for its last attempt.
        let refused = try await pool.query(
            """
            SELECT t.id, t.name, count(*) AS events, (array_agg(last.error ORDER BY last.id DESC))[1] AS last_error
            FROM events e
            CROSS JOIN LATERAL (
                SELECT a.id, a.error FROM delivery_attempts a WHERE a.event_id = e.id ORDER BY a.id DESC LIMIT 1
            ) last
            JOIN tenants t ON t.id = e.tenant_id
            WHERE e.delivery_state = 'pending' AND e.attempts > 0 AND last.error LIKE 'refused:%'
              AND (\(tenant)::uuid IS NULL OR e.tenant_id = \(tenant)::uuid)
            GROUP BY t.id, t.name ORDER BY t.name
            """
        ).rows.map {
            StatusReport.RefusedEndpoint(
                tenantID: try $0.decode("id"), name: try $0.decode("name"), events: try $0.decode("events"),
                lastError: try $0.decode("last_error"))
        }
        return StatusReport.Webhooks(
            pending: try row.decode("pending"), dead: try row.decode("dead"),
            oldestPendingSeconds: try row.decode("oldest"),
            disabledEndpoints: disabled, refusedEndpoints: refused)
    }
}
