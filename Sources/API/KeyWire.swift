import Foundation
import Store

/// An API key as `GET /v1/keys` lists it: never the key itself.
struct KeyView: Encodable, Sendable {
    let id: String
    let name: String
    let role: String
    @Nullable var tenant_id: String?
    let created_by: String
    let created_at: Date
    @Nullable var expires_at: Date?
    @Nullable var revoked_at: Date?
    @Nullable var last_used_at: Date?
    /// `active`, `expired` or `revoked`.
    let state: String

    init(_ r: APIKeyRecord, now: Date = Date()) {
        id = r.id.lowercased
        name = r.name
        role = r.role.rawValue
        tenant_id = r.tenantID?.lowercased
        created_by = r.createdBy
        created_at = r.createdAt
        expires_at = r.expiresAt
        revoked_at = r.revokedAt
        last_used_at = r.lastUsedAt
        state = r.revokedAt != nil ? "revoked" : (r.expiresAt.map { $0 <= now } ?? false) ? "expired" : "active"
    }
}

/// `POST /v1/keys`: the key, shown this once (CONTRACT.md's `{"id","name","role","tenant_id","key"}`).
struct CreatedKeyView: Encodable, Sendable {
    let id: String
    let name: String
    let role: String
    @Nullable var tenant_id: String?
    @Nullable var expires_at: Date?
    let key: String
}

struct KeyListView: Encodable, Sendable {
    let keys: [KeyView]
}
