import Domain
import Foundation
import Postgres

/// One flag row as operators see it.
public struct FlagSetting: Sendable, Equatable, Encodable {
    public var key: String
    /// Lowercase UUID text; nil for the global setting.
    public var tenantID: String?
    public var enabled: Bool
    public var updatedBy: String
    public var reason: String
    public var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case key, enabled, reason
        case tenantID = "tenant_id"
        case updatedBy = "updated_by"
        case updatedAt = "updated_at"
    }
}

/// One audited change.
public struct FlagChange: Sendable, Equatable, Encodable {
    public var id: Int64
    public var key: String
    public var tenantID: String?
    /// nil when the flag had never been set (on by default).
    public var oldEnabled: Bool?
    public var newEnabled: Bool
    public var actor: String
    public var reason: String
    public var at: Date

    enum CodingKeys: String, CodingKey {
        case id, key, actor, reason, at
        case tenantID = "tenant_id"
        case oldEnabled = "old_enabled"
        case newEnabled = "new_enabled"
    }
}

extension FlagSnapshot {
    /// The snapshot of stored settings. Keys this build does not know are ignored.
    public init(_ settings: [FlagSetting]) {
        self.init()
        for setting in settings {
            guard let key = FlagKey(rawValue: setting.key) else { continue }
            if let tenant = setting.tenantID.flatMap(UUID.init(uuidString:)) {
                tenants[tenant, default: [:]][key] = setting.enabled
            } else {
                global[key] = setting.enabled
            }
        }
    }
}

/// Kill switches: settings, their audit trail and the snapshot every process keeps.
public struct FlagStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Every setting, global first; with `tenant`, the global ones and that tenant's.
    public func list(tenant: UUID? = nil) async throws -> [FlagSetting] {
        try await pool.query(
            """
            SELECT key, tenant_id::text AS tenant_id, enabled, updated_by, reason, updated_at FROM flags
            WHERE \(tenant)::uuid IS NULL OR tenant_id IS NULL OR tenant_id = \(tenant)::uuid
            ORDER BY tenant_id NULLS FIRST, key
            """
        ).rows.map { row in
            FlagSetting(
                key: try row.decode("key"), tenantID: try row.decodeIfPresent("tenant_id"),
                enabled: try row.decode("enabled"), updatedBy: try row.decode("updated_by"),
                reason: try row.decode("reason"), updatedAt: try row.decode("updated_at"))
        }
    }

    /// The snapshot processes keep in memory.
    public func snapshot() async throws -> FlagSnapshot {
        FlagSnapshot(try await list())
    }

    /// Sets a flag, writes the audit row and notifies every process, in one transaction.
    /// Returns the change (old → new).
    ///
    /// `principal` is who the audit log records; `actor` the name on the flag row (the principal's
    /// name unless the break-glass token or an operator named someone).
    @discardableResult
    public func set(
        _ key: FlagKey, enabled: Bool, tenant: UUID?, by principal: Principal, actor: String? = nil, reason: String
    ) async throws -> FlagChange {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        let actor = (actor ?? principal.name).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, reason.count <= 500 else {
            throw StoreError(.invalidArgument, "a reason of 1 to 500 characters is required")
        }
        guard !actor.isEmpty, actor.count <= 200 else {
            throw StoreError(.invalidArgument, "the actor must be 1 to 200 characters")
        }
        return try await pool.transaction { tx in
            if let tenant {
                let exists = try await tx.query("SELECT 1 FROM tenants WHERE id = \(tenant)::uuid").first != nil
                guard exists else { throw StoreError(.notFound, "no tenant \(tenant.lowercased)") }
            }
            // Serializes concurrent changes of one key so each audit row's "old" is the true one.
            try await tx.query("SELECT pg_advisory_xact_lock(hashtext('flags:' || \(key.rawValue)))")
            let old: Bool? = try await tx.query(
                """
                SELECT enabled FROM flags
                WHERE key = \(key.rawValue) AND tenant_id IS NOT DISTINCT FROM \(tenant)::uuid
                """
            ).first?.decode("enabled")
            if tenant == nil {
                try await tx.query(
                    """
                    INSERT INTO flags (key, tenant_id, enabled, updated_by, reason) VALUES
                        (\(key.rawValue), NULL, \(enabled), \(actor), \(reason))
                    ON CONFLICT (key) WHERE tenant_id IS NULL DO UPDATE SET
                        enabled = EXCLUDED.enabled, updated_by = EXCLUDED.updated_by, reason = EXCLUDED.reason,
                        updated_at = now()
                    """)
            } else {
                try await tx.query(
                    """
                    INSERT INTO flags (key, tenant_id, enabled, updated_by, reason) VALUES
                        (\(key.rawValue), \(tenant)::uuid, \(enabled), \(actor), \(reason))
                    ON CONFLICT (tenant_id, key) WHERE tenant_id IS NOT NULL DO UPDATE SET
                        enabled = EXCLUDED.enabled, updated_by = EXCLUDED.updated_by, reason = EXCLUDED.reason,
                        updated_at = now()
                    """)
            }
            let row = try await tx.query(
                """
                INSERT INTO flag_audit (key, tenant_id, old_enabled, new_enabled, actor, reason)
                VALUES (\(key.rawValue), \(tenant)::uuid, \(old), \(enabled), \(actor), \(reason))
                RETURNING id, at
                """
            ).first!
            try await AuditStore.record(
                .flagSet, by: principal, target: key.rawValue, tenantID: tenant,
                detail: [
                    "old_enabled": old.map { .bool($0) } ?? .null, "new_enabled": .bool(enabled),
                    "reason": .string(reason), "actor": .string(actor),
                ], on: tx)
            try await tx.query("SELECT pg_notify('flags', \(key.rawValue))")
            return FlagChange(
                id: try row.decode("id"), key: key.rawValue, tenantID: tenant?.lowercased, oldEnabled: old,
                newEnabled: enabled, actor: actor, reason: reason, at: try row.decode("at"))
        }
    }

    /// The audit trail, newest first.
    public func history(limit: Int = 100) async throws -> [FlagChange] {
        try await pool.query(
            """
            SELECT id, key, tenant_id::text AS tenant_id, old_enabled, new_enabled, actor, reason, at
            FROM flag_audit ORDER BY at DESC, id DESC LIMIT \(limit)::int
            """
        ).rows.map { row in
            FlagChange(
                id: try row.decode("id"), key: try row.decode("key"), tenantID: try row.decodeIfPresent("tenant_id"),
                oldEnabled: try row.decodeIfPresent("old_enabled"), newEnabled: try row.decode("new_enabled"),
                actor: try row.decode("actor"), reason: try row.decode("reason"), at: try row.decode("at"))
        }
    }
}
