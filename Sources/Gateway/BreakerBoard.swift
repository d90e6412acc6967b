import Domain
import Foundation
import Store
import Synchronization

/// This process's circuit breakers, one per model name, and the bridge to the shared state in
/// `llm_breakers`: local transitions are published, others' transitions are applied here.
public final class BreakerBoard: Sendable {
    public typealias Instant = ContinuousClock.Instant

    private let breakers: BreakerSet<String>

    public init(policy: BreakerPolicy) {
        self.breakers = BreakerSet(policy: policy)
    }

    public func acquire(
        _ model: String, now: Instant
    ) -> (permit: CircuitBreaker.Permit?, transition: CircuitBreaker.Transition?) {
        breakers.acquire(model, now: now)
    }

    public func record(
        _ model: String, _ permit: CircuitBreaker.Permit, _ outcome: CircuitBreaker.Outcome, now: Instant
    ) -> CircuitBreaker.Transition? {
        breakers.record(model, permit, outcome, now: now)
    }

    /// Whether `model` refuses calls right now (open and still waiting).
    public func isOpen(_ model: String, now: Instant) -> Bool {
        breakers.states(now: now)[model] == .open
    }

    /// Each known model's state as callers would meet it now.
    public func states(now: Instant) -> [String: BreakerState] {
        breakers.states(now: now)
    }

    /// Applies a transition another process published. Returns the local transition it caused.
    @discardableResult
    public func apply(_ record: BreakerRecord, now: Instant, wallNow: Date = Date()) -> CircuitBreaker.Transition? {
        breakers.update(record.model) { breaker in
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
