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

    enum CodingKeys: String, CodingKey {
        case queue, lanes, flags, breakers, spend
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

    public func report() async throws -> StatusReport {
        let depth = try await JobStore(pool: pool).depth()
        let lanes = try await pool.query(
            """
            SELECT lane, count(*) AS due, COALESCE(extract(epoch FROM now() - min(run_at)), 0)::float8 AS oldest
            FROM jobs WHERE state = 'available' AND run_at <= now() GROUP BY lane ORDER BY lane
            """
        ).rows.map {
            StatusReport.Lane(
                lane: try $0.decode("lane"), due: try $0.decode("due"), oldestDueSeconds: try $0.decode("oldest"))
        }
        let dead = depth.filter { $0.state == "dead" }.map(\.count).reduce(0, +)
        return StatusReport(
            generatedAt: Date(), queue: depth, lanes: lanes, deadLetters: dead,
            flags: try await FlagStore(pool: pool).list(), breakers: try await BreakerStore(pool: pool).list(),
            spend: try await SpendStore(pool: pool).current())
    }
}
