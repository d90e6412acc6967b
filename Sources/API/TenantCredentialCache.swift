import Foundation
import Postgres
import Store
import Synchronization

/// Caches tenants' inbound secrets, so verifying a webhook costs no database round trip (nor a
/// decryption) on the hot path, and caches unknown tenant ids briefly, so a flood of webhooks to
/// one made-up id costs one lookup. Lookups of ids not in the cache run at most
/// `maxConcurrentLookups` at a time: beyond that the caller is told to retry (503), so a flood of
/// random ids cannot take every connection of the API's pool from real tenants' intake.
///
/// Entries live `ttl`; a rotation or a new tenant (`NOTIFY tenants`) drops the tenant's entry at
/// once, and a reconnected listener (notifications may have been lost) drops them all. A rotated
/// previous secret stops working on time, not a TTL late.
final class TenantCredentialCache: Sendable {
    private struct Entry {
        /// Nil: no such tenant (as of `expires - unknownTTL`).
        let credentials: TenantCredentials?
        let expires: ContinuousClock.Instant
    }

    private struct State {
        var entries: [UUID: Entry] = [:]
        /// Lookups in flight, one per id: concurrent first webhooks of a tenant share it.
        var lookups: [UUID: Task<TenantCredentials?, any Error>] = [:]
    }

    /// What a lookup found.
    enum Lookup: Sendable {
        case found(TenantCredentials)
        case unknown
        /// Too many lookups in flight: retry shortly.
        case busy
    }

    private let store: TenantStore
    private let ttl: Duration
    private let unknownTTL: Duration
    private let maxConcurrentLookups: Int
    private let state = Mutex(State())
    /// Entries kept before expired ones are swept.
    static let sweepAbove = 50_000

    /// - Parameter changes: the `tenants` channel; each notification's payload is a tenant id.
    init(
        store: TenantStore, ttl: Duration = .seconds(60), unknownTTL: Duration = .seconds(5),
        maxConcurrentLookups: Int = 4, changes: AsyncStream<PostgresListener.Event>? = nil
    ) {
        self.store = store
        self.ttl = ttl
        self.unknownTTL = unknownTTL
        self.maxConcurrentLookups = max(1, maxConcurrentLookups)
        guard let changes else { return }
        Task { [weak self] in
            for await event in changes {
                guard let self else { return }
                switch event {
                case .notification(_, let payload):
                    if let id = UUID(uuidString: payload) {
                        _ = self.state.withLock { $0.entries.removeValue(forKey: id) }
                    }
                case .connected:
                    self.state.withLock { $0.entries = [:] }
                }
            }
        }
    }

    func credentials(for id: UUID) async throws -> Lookup {
        let now = ContinuousClock.now
        enum Next {
            case answer(Lookup)
            case wait(Task<TenantCredentials?, any Error>)
        }
        let next = state.withLock { s -> Next in
            if let hit = s.entries[id], hit.expires > now {
                return .answer(hit.credentials.map(Lookup.found) ?? .unknown)
            }
            if let running = s.lookups[id] { return .wait(running) }
            guard s.lookups.count < maxConcurrentLookups else { return .answer(.busy) }
            let lookup = Task { try await self.lookUp(id, at: now) }
            s.lookups[id] = lookup
            return .wait(lookup)
        }
        switch next {
        case .answer(let answer): return answer
        case .wait(let lookup): return try await lookup.value.map(Lookup.found) ?? .unknown
        }
    }

    private func lookUp(_ id: UUID, at now: ContinuousClock.Instant) async throws -> TenantCredentials? {
        let fresh: TenantCredentials?
        do {
            fresh = try await store.credentials(id)
        } catch {
            _ = state.withLock { $0.lookups.removeValue(forKey: id) }
            throw error
        }
        var expires = now + (fresh == nil ? unknownTTL : ttl)
        if let until = fresh?.previousValidUntil {
            let left = until.timeIntervalSinceNow
            expires = min(expires, now + .milliseconds(Int64(max(0, left) * 1000)))
        }
        state.withLock { s in
            if s.entries.count > Self.sweepAbove { s.entries = s.entries.filter { $0.value.expires > now } }
            s.entries[id] = Entry(credentials: fresh, expires: expires)
            s.lookups.removeValue(forKey: id)
        }
        return fresh
    }
}
