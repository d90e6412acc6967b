import Domain
import Foundation
import Store
import Synchronization

/// This process's circuit breakers, one per model name, and the bridge to the shared state in
/// `llm_breakers`: local transitions are published, others' transitions are applied here.
public final class BreakerBoard: Sendable {
    public typealias Instant = ContinuousClock.Instant

    private let breakers: Mutex<[String: CircuitBreaker]>
    private let policy: BreakerPolicy

    public init(policy: BreakerPolicy) {
        self.policy = policy
        self.breakers = Mutex([:])
    }

    public func acquire(
        _ model: String, now: Instant
    ) -> (permit: CircuitBreaker.Permit?, transition: CircuitBreaker.Transition?) {
        breakers.withLock { breakers in
            breakers[model, default: CircuitBreaker(policy: policy)].acquire(now: now)
        }
    }

    public func record(
        _ model: String, _ permit: CircuitBreaker.Permit, _ outcome: CircuitBreaker.Outcome, now: Instant
    ) -> CircuitBreaker.Transition? {
        breakers.withLock { breakers in
            breakers[model, default: CircuitBreaker(policy: policy)].record(permit, outcome, now: now)
        }
    }

    /// Whether `model` refuses calls right now (open and still waiting).
    public func isOpen(_ model: String, now: Instant) -> Bool {
        breakers.withLock { $0[model]?.currentState(now: now) == .open }
    }

    /// Each known model's state as callers would meet it now.
    public func states(now: Instant) -> [String: BreakerState] {
        breakers.withLock { $0.mapValues { $0.currentState(now: now) } }
    }

    /// Applies a transition another process published. Returns the local transition it caused.
    @discardableResult
    public func apply(_ record: BreakerRecord, now: Instant, wallNow: Date = Date()) -> CircuitBreaker.Transition? {
        breakers.withLock { breakers in
            var breaker = breakers[record.model, default: CircuitBreaker(policy: policy)]
            defer { breakers[record.model] = breaker }
            switch record.state {
            case BreakerState.open.rawValue:
                guard let until = record.openUntil, until > wallNow else { return nil }
                let remaining = until.timeIntervalSince(wallNow)
                return breaker.forceOpen(until: now.advanced(by: .milliseconds(Int64(remaining * 1000))))
            case BreakerState.closed.rawValue:
                return breaker.forceClose()
            default:
                return nil
            }
        }
    }
}
