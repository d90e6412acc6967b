import Foundation
import Postgres

/// A model's circuit breaker as last published by any process.
public struct BreakerRecord: Sendable, Equatable, Encodable {
    public var model: String
    /// `closed`, `open` or `half_open`.
    public var state: String
    public var openUntil: Date?
    public var reason: String
    public var updatedBy: String
    public var updatedAt: Date

    public init(model: String, state: String, openUntil: Date?, reason: String, updatedBy: String, updatedAt: Date) {
        self.model = model
        self.state = state
        self.openUntil = openUntil
        self.reason = reason
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case model, state, reason
        case openUntil = "open_until"
        case updatedBy = "updated_by"
        case updatedAt = "updated_at"
    }
}

/// Shares breaker transitions between processes: a row per model and `NOTIFY breakers`.
public struct BreakerStore: Sendable {
    public static let channel = "breakers"
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Records a transition and tells every process (the notification is sent at commit).
    public func publish(model: String, state: String, openUntil: Date?, reason: String, by owner: String) async throws {
        try await pool.transaction { tx in
            try await tx.query(
                """
                INSERT INTO llm_breakers (model, state, open_until, reason, updated_by, updated_at)
                VALUES (\(model), \(state), \(openUntil), \(reason), \(owner), now())
                ON CONFLICT (model) DO UPDATE SET state = excluded.state, open_until = excluded.open_until,
                    reason = excluded.reason, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """)
            try await tx.query("SELECT pg_notify(\(Self.channel), \(model))")
        }
    }

    public func list() async throws -> [BreakerRecord] {
        try await pool.query(
            "SELECT model, state, open_until, reason, updated_by, updated_at FROM llm_breakers ORDER BY model"
        ).rows.map { row in
            BreakerRecord(
                model: try row.decode("model"), state: try row.decode("state"),
                openUntil: try row.decodeIfPresent("open_until"), reason: try row.decode("reason"),
                updatedBy: try row.decode("updated_by"), updatedAt: try row.decode("updated_at"))
        }
    }
}
