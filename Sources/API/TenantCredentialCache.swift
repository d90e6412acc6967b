import Foundation
import Store
import Synchronization

/// Caches tenants' inbound secrets for a few seconds, so verifying a webhook costs no database
/// round trip on the hot path. Unknown tenants are not cached: a tenant created a moment ago is
/// found on its first webhook.
final class TenantCredentialCache: Sendable {
    private struct Entry {
        let credentials: TenantCredentials
        let expires: ContinuousClock.Instant
    }

    private let store: TenantStore
    private let ttl: Duration
    private let entries = Mutex<[UUID: Entry]>([:])

    init(store: TenantStore, ttl: Duration = .seconds(10)) {
        self.store = store
        self.ttl = ttl
    }

    func credentials(for id: UUID) async throws -> TenantCredentials? {
        let now = ContinuousClock.now
        if let hit = entries.withLock({ $0[id] }), hit.expires > now { return hit.credentials }
        guard let fresh = try await store.credentials(id) else {
            entries.withLock { _ = $0.removeValue(forKey: id) }
            return nil
        }
        entries.withLock { $0[id] = Entry(credentials: fresh, expires: now + ttl) }
        return fresh
    }
}
