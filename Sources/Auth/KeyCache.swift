import Domain
import Foundation
import Logging
import Postgres
import ServiceLifecycle
import Store
import Synchronization

/// Authenticates API keys from memory: every non-revoked key's hash, reloaded on `NOTIFY keys`
/// (milliseconds after a `key revoke` anywhere) and every `refreshInterval` (a lost notification),
/// so a revoked key is refused by every process within a second and a request costs no database
/// round trip.
///
/// A key the cache has not seen (created a moment ago in another process) is looked up once by
/// its hash; such lookups are limited to `missesPerSecond`, so a flood of made-up keys cannot
/// turn into a flood of queries. Use times are written in batches (`last_used_at`), never per request.
public final class KeyCache: Service {
    /// What authentication found.
    public enum Outcome: Sendable, Equatable {
        case authenticated(Principal)
        /// Not a key of ours, or revoked.
        case unknown
        case expired
    }

    private struct State {
        var keys: [[UInt8]: ActiveAPIKey] = [:]
        var loaded = false
        var used: Set<UUID> = []
        var missBudget: Double
        var missRefill = ContinuousClock.now
    }

    private let store: KeyStore
    private let notifications: AsyncStream<PostgresListener.Event>?
    private let refreshInterval: Duration
    private let usageFlushInterval: Duration
    private let missesPerSecond: Double
    private let logger: Logger
    private let state: Mutex<State>
    private let now: @Sendable () -> Date

    /// - Parameter notifications: the `keys` channel (``NotificationRouter/subscribe(_:)``); nil
    ///   relies on the periodic reload alone.
    public init(
        pool: PostgresPool, notifications: AsyncStream<PostgresListener.Event>?, logger: Logger,
        refreshInterval: Duration = .seconds(1), usageFlushInterval: Duration = .seconds(10),
        missesPerSecond: Double = 20, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = KeyStore(pool: pool)
        self.notifications = notifications
        self.refreshInterval = refreshInterval
        self.usageFlushInterval = usageFlushInterval
        self.missesPerSecond = missesPerSecond
        self.logger = logger
        self.now = now
        self.state = Mutex(State(missBudget: missesPerSecond))
    }

    /// The principal of `key`, from memory when possible.
    public func authenticate(_ key: String) async -> Outcome {
        guard APIKeyToken.isWellFormed(key) else { return .unknown }
        let hash = APIKeyToken.hash(key)
        if let hit = state.withLock({ $0.keys[hash] }) { return check(hit, hash) }
        guard takeMissToken() else { return .unknown }
        do {
            guard let found = try await store.active(hash: hash) else { return .unknown }
            state.withLock { $0.keys[hash] = found }
            return check(found, hash)
        } catch {
            logger.warning("api key lookup failed", metadata: ["error": "\(error)"])
            return .unknown
        }
    }

    private func check(_ key: ActiveAPIKey, _ hash: [UInt8]) -> Outcome {
        // The dictionary matched on the hash; compare again in constant time so the answer's
        // timing says nothing about how much of a candidate matched.
        guard APIKeyToken.constantTimeEquals(key.hash, hash) else { return .unknown }
        if let expires = key.expiresAt, expires <= now() { return .expired }
        if let id = key.principal.keyID { _ = state.withLock { $0.used.insert(id) } }
        return .authenticated(key.principal)
    }

    private func takeMissToken() -> Bool {
        state.withLock { s in
            let t = ContinuousClock.now
            let elapsed = t - s.missRefill
            s.missRefill = t
            s.missBudget = min(
                missesPerSecond,
                s.missBudget + missesPerSecond
                    * (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            guard s.missBudget >= 1 else { return false }
            s.missBudget -= 1
            return true
        }
    }

    /// Whether `principal` may still act: its key is neither revoked nor expired (the break-glass
    /// token always may). Costs a lock, so long-lived requests (the event stream) check it often.
    public func isStillValid(_ principal: Principal) -> Bool {
        guard let id = principal.keyID else { return true }
        let now = now()
        return state.withLock { s in
            s.keys.values.contains { $0.principal.keyID == id && ($0.expiresAt.map { $0 > now } ?? true) }
        }
    }

    /// Whether the cache has read the keys at least once.
    public var isLoaded: Bool { state.withLock { $0.loaded } }

    /// Reads every active key; on failure keeps what it has (a revoked key may then live until
    /// the database answers again, which is logged).
    public func reload() async {
        do {
            let keys = try await store.active()
            state.withLock { s in
                s.keys = Dictionary(keys.map { ($0.hash, $0) }, uniquingKeysWith: { a, _ in a })
                s.loaded = true
            }
        } catch {
            logger.warning("api keys could not be read; keeping the last set", metadata: ["error": "\(error)"])
        }
    }

    /// Writes the use times gathered since the last flush.
    public func flushUsage() async {
        let used = state.withLock { s in
            defer { s.used = [] }
            return s.used
        }
        guard !used.isEmpty else { return }
        do {
            try await store.touch(Array(used))
        } catch {
            state.withLock { $0.used.formUnion(used) }
            logger.debug("api key use times not written", metadata: ["error": "\(error)"])
        }
    }

    public func run() async throws {
        await reload()
        await withTaskGroup(of: Void.self) { group in
            if let notifications {
                group.addTask {
                    for await _ in notifications { await self.reload() }
                }
            }
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: self.refreshInterval)
                    if Task.isCancelled { return }
                    await self.reload()
                }
            }
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: self.usageFlushInterval)
                    await self.flushUsage()
                }
            }
            try? await gracefulShutdown()
            group.cancelAll()
        }
        await flushUsage()
    }
}
