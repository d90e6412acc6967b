import Domain
import Foundation
import Postgres

/// One row of the audit log.
public struct AuditEntry: Sendable, Equatable {
    public var id: Int64
    public var at: Date
    public var actor: String
    public var actorKeyID: UUID?
    public var action: String
    public var target: String
    public var tenantID: UUID?
    public var detail: JSONValue
}

/// The audit log: every write, with its principal. Rows are written by the store method that
/// makes the change, in its transaction, so a change without its audit row cannot commit.
public struct AuditStore: Sendable {
    public static let maxPage = 1000

    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Records `action` on `target` by `actor`, in the caller's transaction.
    public static func record(
        _ action: AuditAction, by actor: Principal, target: String, tenantID: UUID?, detail: JSONValue = .object([]),
        on tx: PostgresConnection
    ) async throws {
        try await tx.query(
            """
            INSERT INTO audit_log (actor, actor_key, action, target, tenant_id, detail)
            VALUES (\(actor.name), \(actor.keyID)::uuid, \(action.rawValue), \(target), \(tenantID)::uuid,
                    \(try PostgresJSON(encoding: detail))::jsonb)
            """)
    }

    /// Newest first, within `scope`; `before` is the id of the last row of the previous page.
    public func list(scope: TenantScope, limit: Int, before: Int64? = nil) async throws -> [AuditEntry] {
        guard (1...Self.maxPage).contains(limit) else {
            throw StoreError(.invalidArgument, "limit must be from 1 to \(Self.maxPage)")
        }
        if scope == .hidden { return [] }
        return try await pool.query(
            """
            SELECT id, at, actor, actor_key, action, target, tenant_id, detail::text AS detail FROM audit_log
            WHERE (\(scope.tenantID)::uuid IS NULL OR tenant_id = \(scope.tenantID)::uuid)
              AND (\(before)::bigint IS NULL OR id < \(before)::bigint)
            ORDER BY id DESC LIMIT \(limit)::int
            """
        ).rows.map { row in
            AuditEntry(
                id: try row.decode("id"), at: try row.decode("at"), actor: try row.decode("actor"),
                actorKeyID: try row.decodeIfPresent("actor_key"), action: try row.decode("action"),
                target: try row.decode("target"), tenantID: try row.decodeIfPresent("tenant_id"),
                detail: (try? JSONDecoder().decode(
                    JSONValue.self, from: Data(try row.decode("detail", as: String.self).utf8)))
                    ?? .null)
        }
    }
}
