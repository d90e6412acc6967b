import Synchronization

/// One process's circuit breakers by key (a model name, a tenant's endpoint), each a
/// ``CircuitBreaker`` created on first use with the shared policy. Thread-safe; the breakers
/// themselves stay pure values.
public final class BreakerSet<Key: Hashable & Sendable>: Sendable {
    public typealias Instant = ContinuousClock.Instant

    public let policy: BreakerPolicy
    private let breakers = Mutex<[Key: CircuitBreaker]>([:])

    public init(policy: BreakerPolicy) {
        self.policy = policy
    }

    /// Runs `body` on `key`'s breaker (created if new) under the lock.
    public func update<T>(_ key: Key, _ body: (inout CircuitBreaker) -> T) -> T {
        breakers.withLock { all in body(&all[key, default: CircuitBreaker(policy: policy)]) }
    }

    public func acquire(
        _ key: Key, now: Instant
    ) -> (permit: CircuitBreaker.Permit?, transition: CircuitBreaker.Transition?) {
        update(key) { $0.acquire(now: now) }
    }

    public func record(
        _ key: Key, _ permit: CircuitBreaker.Permit, _ outcome: CircuitBreaker.Outcome, now: Instant
    ) -> CircuitBreaker.Transition? {
        update(key) { $0.record(permit, outcome, now: now) }
    }

    /// Each known key's state as callers would meet it now.
    public func states(now: Instant) -> [Key: BreakerState] {
        breakers.withLock { $0.mapValues { $0.currentState(now: now) } }
    }

    /// Keys whose breaker would refuse a call now (open and waiting, or half-open with its probes taken).
    public func refusing(now: Instant) -> [Key] {
        breakers.withLock { all in all.compactMap { $0.value.admits(now: now) ? nil : $0.key } }
    }
}
