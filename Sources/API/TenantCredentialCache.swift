import Foundation
import Postgres
import Store
import Synchronization

/// Caches tenants' inbound secrets, so verifying a webhook costs no database round trip (nor a
/// decryption) on the hot path, and keeps the set of every tenant id (read at start, each minute
/// and after a reconnected listener; extended on `NOTIFY tenants` when a tenant is created).
///
/// An id outside that set is junk, or a tenant created a moment ago whose notification has not
/// arrived: it is looked up too, but one such lookup at a time, so a flood of random ids holds at
/// most one connection of the API's pool (the rest are told to retry, 503) and never the slots
/// real tenants' lookups use (`maxConcurrentLookups`). Ids found unknown are cached for a few
/// seconds; entries are dropped on `NOTIFY tenants` (a rotation), a rotated previous secret stops
/// working on time, not a TTL late.
final class TenantCredentialCache: Sendable {
    private struct Entry {
        /// Nil: no such tenant (as of `expires - unknownTTL`).
        let credentials: TenantCredentials?
        let expires: ContinuousClock.Instant
    }

    private struct State {
        var entries: [UUID: Entry] = [:]
        /// Every tenant id; nil until read once.
        var known: Set<UUID>?
        /// Lookups in flight of ids not in `known` (a tenant created a moment ago, or junk).
        var strangers: Set<UUID> = []
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
        Task { [weak self] in
            while let self {
                await self.readDirectory()
                try? await Task.sleep(for: directoryRefresh)
            }
        }
        guard let changes else { return }
        Task { [weak self] in
            for await event in changes {
                guard let self else { return }
                switch event {
                case .notification(_, let payload):
                    if let id = UUID(uuidString: payload) {
                        self.state.withLock { s in
                            s.entries.removeValue(forKey: id)
                            s.known?.insert(id)
                        }
                    }
                case .connected:
                    self.state.withLock { $0.entries = [:] }
                    await self.readDirectory()
                }
            }
        }
    }

    /// How often the set of tenant ids is read again regardless of notifications.
    private var directoryRefresh: Duration { .seconds(60) }

    /// Reads every tenant id; on failure the last set (or none) stays.
    func readDirectory() async {
        guard let ids = try? await store.ids() else { return }
        state.withLock { $0.known = ids }
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
            // An id not in the set is junk, or a tenant created a moment ago whose notification
            // has not arrived: one such lookup at a time, so a flood of random ids holds at most
            // one connection and never the slots real tenants' lookups use.
            let stranger = s.known.map { !$0.contains(id) } ?? false
            if stranger {
                guard s.strangers.isEmpty else { return .answer(.busy) }
                s.strangers.insert(id)
            } else {
                guard s.lookups.count - s.strangers.count < maxConcurrentLookups else { return .answer(.busy) }
            }
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
            state.withLock { s in
                s.lookups.removeValue(forKey: id)
                s.strangers.remove(id)
            }
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
            s.strangers.remove(id)
            if fresh != nil { s.known?.insert(id) }
        }
        return fresh
    }
}
