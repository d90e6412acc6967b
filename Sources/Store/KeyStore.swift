import Domain
import Foundation
import Postgres

/// An API key as listed: never the key, never its hash.
public struct APIKeyRecord: Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var role: Role
    public var tenantID: UUID?
    public var createdBy: String
    public var createdAt: Date
    public var expiresAt: Date?
    public var revokedAt: Date?
    public var lastUsedAt: Date?
}

/// A new key: the only moment the key's text exists outside its holder.
public struct CreatedAPIKey: Sendable {
    public var record: APIKeyRecord
    public var key: String
}

/// What the key cache holds per key: enough to authenticate without the database.
public struct ActiveAPIKey: Sendable, Equatable {
    public var hash: [UInt8]
    public var principal: Principal
    public var expiresAt: Date?
}

/// API keys: create (hash stored, key shown once), list, revoke; every change audited and
/// announced with `NOTIFY keys`, so every process's cache drops a revoked key at once.
public struct KeyStore: Sendable {
    /// The channel key changes are announced on.
    public static let channel = "keys"

    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Creates a key for `role` (and `tenantID`, required unless admin), by `actor`.
    public func create(
        name: String, role: Role, tenantID: UUID?, expiresAt: Date? = nil, by actor: Principal
    ) async throws -> CreatedAPIKey {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100, !name.contains("\u{0}") else {
            throw StoreError(.invalidArgument, "a key's name must be 1 to 100 characters")
        }
        guard (role == .admin) == (tenantID == nil) else {
            throw StoreError(
                .invalidArgument,
                role == .admin ? "an admin key has no tenant" : "a \(role.rawValue) key needs a tenant_id")
        }
        if let expiresAt, expiresAt <= Date() {
            throw StoreError(.invalidArgument, "the expiry must be in the future")
        }
        let (key, hash) = APIKeyToken.generate()
        return try await pool.transaction { tx in
            if let tenantID {
                guard try await tx.query("SELECT 1 FROM tenants WHERE id = \(tenantID)::uuid").first != nil else {
                    throw StoreError(.notFound, "no tenant with this id")
                }
            }
            let row = try await tx.query(
                """
                INSERT INTO api_keys (name, role, tenant_id, key_hash, created_by, expires_at)
                VALUES (\(name), \(role.rawValue), \(tenantID)::uuid, \(PostgresBytes(hash))::bytea, \(actor.name),
                        \(expiresAt)::timestamptz)
                RETURNING \(unsafeRaw: Self.columns)
                """
            ).first!
            let record = try Self.record(row)
            try await AuditStore.record(
                .keyCreate, by: actor, target: record.id.lowercased, tenantID: tenantID,
                detail: [
                    "name": .string(name), "role": .string(role.rawValue),
                    "expires_at": expiresAt.map { .string(RFC3339.format($0)) } ?? .null,
                ], on: tx)
            try await tx.query("SELECT pg_notify(\(Self.channel), \(record.id.lowercased))")
            return CreatedAPIKey(record: record, key: key)
        }
    }

    /// Keys in `scope`, oldest first; revoked and expired ones included (marked).
    public func list(scope: TenantScope) async throws -> [APIKeyRecord] {
        if scope == .hidden { return [] }
        return try await pool.query(
            """
            SELECT \(unsafeRaw: Self.columns) FROM api_keys
            WHERE (\(scope.tenantID)::uuid IS NULL OR tenant_id = \(scope.tenantID)::uuid)
            ORDER BY created_at, id
            """
        ).rows.map(Self.record)
    }

    /// The key, if `scope` may see it.
    public func get(_ id: UUID, scope: TenantScope) async throws -> APIKeyRecord? {
        guard scope != .hidden,
            let row = try await pool.query("SELECT \(unsafeRaw: Self.columns) FROM api_keys WHERE id = \(id)::uuid")
                .first
        else { return nil }
        let record = try Self.record(row)
        if let tenant = scope.tenantID, record.tenantID != tenant { return nil }
        return record
    }

    /// Revokes the key (again: no change, same answer). A key outside `scope` is not found.
    public func revoke(_ id: UUID, scope: TenantScope, by actor: Principal) async throws -> APIKeyRecord {
        guard scope != .hidden else { throw StoreError(.notFound, "no key with this id") }
        return try await pool.transaction { tx in
            guard
                let row = try await tx.query(
                    """
                    UPDATE api_keys SET revoked_at = COALESCE(revoked_at, now())
                    WHERE id = \(id)::uuid AND (\(scope.tenantID)::uuid IS NULL OR tenant_id = \(scope.tenantID)::uuid)
                    RETURNING \(unsafeRaw: Self.columns)
                    """
                ).first
            else { throw StoreError(.notFound, "no key with this id") }
            let record = try Self.record(row)
            try await AuditStore.record(
                .keyRevoke, by: actor, target: id.lowercased, tenantID: record.tenantID,
                detail: ["name": .string(record.name), "role": .string(record.role.rawValue)], on: tx)
            try await tx.query("SELECT pg_notify(\(Self.channel), \(id.lowercased))")
            return record
        }
    }

    /// Every key that is not revoked, with its hash: what each process's cache holds.
    public func active() async throws -> [ActiveAPIKey] {
        try await pool.query(
            """
            SELECT id, name, role, tenant_id, key_hash, expires_at FROM api_keys WHERE revoked_at IS NULL
            """
        ).rows.map(Self.active)
    }

    /// The key with this hash, if it is not revoked: for a key the cache has not seen yet.
    public func active(hash: [UInt8]) async throws -> ActiveAPIKey? {
        try await pool.query(
            """
            SELECT id, name, role, tenant_id, key_hash, expires_at FROM api_keys
            WHERE key_hash = \(PostgresBytes(hash))::bytea AND revoked_at IS NULL
            """
        ).first.map(Self.active)
    }

    /// Records that these keys were used now (batched by the cache, never per request).
    public func touch(_ ids: [UUID]) async throws {
        guard !ids.isEmpty else { return }
        try await pool.query(
            """
            UPDATE api_keys SET last_used_at = now()
            WHERE id = ANY(\(ids.map(\.lowercased))::uuid[]) AND (last_used_at IS NULL OR last_used_at < now() - interval '1 second')
            """)
    }

    static let columns = "id, name, role, tenant_id, created_by, created_at, expires_at, revoked_at, last_used_at"

    static func record(_ row: PostgresRow) throws -> APIKeyRecord {
        let roleText: String = try row.decode("role")
        guard let role = Role(rawValue: roleText) else {
            throw StoreError(.misconfigured, "a stored key has the unknown role \(roleText)")
        }
        return APIKeyRecord(
            id: try row.decode("id"), name: try row.decode("name"), role: role,
            tenantID: try row.decodeIfPresent("tenant_id"), createdBy: try row.decode("created_by"),
            createdAt: try row.decode("created_at"), expiresAt: try row.decodeIfPresent("expires_at"),
            revokedAt: try row.decodeIfPresent("revoked_at"), lastUsedAt: try row.decodeIfPresent("last_used_at"))
    }

    static func active(_ row: PostgresRow) throws -> ActiveAPIKey {
        let roleText: String = try row.decode("role")
        guard let role = Role(rawValue: roleText) else {
            throw StoreError(.misconfigured, "a stored key has the unknown role \(roleText)")
        }
        return ActiveAPIKey(
            hash: try row.decode("key_hash", as: PostgresBytes.self).bytes,
            principal: Principal(
                keyID: try row.decode("id"), name: try row.decode("name"), role: role,
                tenantID: try row.decodeIfPresent("tenant_id")),
            expiresAt: try row.decodeIfPresent("expires_at"))
    }
}
