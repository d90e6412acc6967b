import Foundation
import Postgres
import Store
import Synchronization

/// Caches tenants' inbound secrets for a few seconds, so verifying a webhook costs no database
/// round trip (nor a decryption) on the hot path. Unknown tenants are not cached: a tenant created
/// a moment ago is found on its first webhook. A rotation (`NOTIFY tenants`) drops the tenant's
/// entry at once, so a new inbound secret works in every process within milliseconds.
final class TenantCredentialCache: Sendable {
    private struct Entry {
        let credentials: TenantCredentials
        let expires: ContinuousClock.Instant
    }

    private let store: TenantStore
    private let ttl: Duration
    private let entries = Mutex<[UUID: Entry]>([:])

    /// - Parameter changes: the `tenants` channel; each notification's payload is a tenant id.
    init(store: TenantStore, ttl: Duration = .seconds(10), changes: AsyncStream<PostgresListener.Event>? = nil) {
        self.store = store
        self.ttl = ttl
        guard let changes else { return }
        Task { [weak self] in
            for await event in changes {
                guard let self else { return }
                switch event {
                case .notification(_, let payload):
                    if let id = UUID(uuidString: payload) { _ = self.entries.withLock { $0.removeValue(forKey: id) } }
                case .connected:
                    // Rotations during an outage went unannounced.
                    self.entries.withLock { $0 = [:] }
                }
            }
        }
    }

    func credentials(for id: UUID) async throws -> TenantCredentials? {
        let now = ContinuousClock.now
        if let hit = entries.withLock({ $0[id] }), hit.expires > now { return hit.credentials }
        guard let fresh = try await store.credentials(id) else {
            entries.withLock { _ = $0.removeValue(forKey: id) }
            return nil
        }
        // The previous inbound secret stops working on time, not up to a TTL late.
        var expires = now + ttl
        if let until = fresh.previousValidUntil {
            let left = until.timeIntervalSinceNow
            expires = min(expires, now + .milliseconds(Int64(max(0, left) * 1000)))
        }
        entries.withLock { $0[id] = Entry(credentials: fresh, expires: expires) }
        return fresh
    }
}
