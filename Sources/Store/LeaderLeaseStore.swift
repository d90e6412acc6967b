import Foundation
import Postgres

/// Leases on `leader_leases` rows: which process of the fleet does a piece of shared work now.
///
/// One statement takes a free or expired row, or renews the caller's own; a holder that stops
/// renewing loses it after `ttl`. Works through a transaction-mode pooler (no session state).
public struct LeaderLeaseStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Takes or renews `name` for `owner` until `ttl` from now; true when `owner` holds it.
    public func acquire(_ name: String, owner: String, ttl: Duration, now: Date? = nil) async throws -> Bool {
        try await !pool.query(
            """
            INSERT INTO leader_leases AS l (name, owner, expires_at, renewed_at)
            VALUES (\(name), \(owner), jobs_now(\(now)) + \(JobStore.interval(ttl))::interval, jobs_now(\(now)))
            ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at,
                   renewed_at = excluded.renewed_at
            WHERE l.owner = excluded.owner OR l.expires_at < jobs_now(\(now))
            RETURNING owner
            """
        ).rows.isEmpty
    }

    /// Gives `name` up if `owner` holds it (graceful shutdown), so another process takes over at once.
    public func release(_ name: String, owner: String) async throws {
        try await pool.query("DELETE FROM leader_leases WHERE name = \(name) AND owner = \(owner)")
    }

    /// Who holds `name` and until when, if anyone.
    public func holder(_ name: String) async throws -> (owner: String, expiresAt: Date)? {
        try await pool.query("SELECT owner, expires_at FROM leader_leases WHERE name = \(name)").first.map {
            (try $0.decode("owner"), try $0.decode("expires_at"))
        }
    }
}
