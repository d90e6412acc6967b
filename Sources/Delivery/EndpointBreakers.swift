import Domain
import Foundation

/// A circuit breaker per tenant endpoint, in this process: an endpoint whose attempts time out
/// stops being tried for a while, so its queue waits in the database instead of holding
/// delivery workers for a timeout each.
///
/// Only attempts that time out (or answer slower than the slow-call limit) count against an
/// endpoint: a quick 500 or a refused connection frees its worker at once and is the retry
/// schedule's business. While a breaker is open the delivery lane claims
/// none of the tenant's jobs (``refusing``); one claimed meanwhile is snoozed without spending
/// an attempt. After ``BreakerPolicy/openDuration`` one probe delivery goes out; its answer
/// closes the breaker, another timeout opens it again.
public final class EndpointBreakers: Sendable {
    public typealias Instant = ContinuousClock.Instant

    public var policy: BreakerPolicy { breakers.policy }
    private let breakers: BreakerSet<UUID>

    /// Three timeouts among an endpoint's last five attempts (at least three) open its breaker for
    /// `openFor`; so do four answers in five slower than `slowAfter`.
    public static func policy(openFor: Duration, slowAfter: Duration) -> BreakerPolicy {
        BreakerPolicy(
            windowSize: 5, windowDuration: .seconds(300), minimumCalls: 3, failureRateThreshold: 0.6,
            slowCallRateThreshold: 0.8, slowCallDuration: slowAfter, openDuration: openFor, halfOpenProbes: 1)
    }

    public init(policy: BreakerPolicy) {
        self.breakers = BreakerSet(policy: policy)
    }

    /// A permit to post to `endpoint` now, or nil with how long to wait.
    public func acquire(
        _ endpoint: UUID, now: Instant = .now
    ) -> (permit: CircuitBreaker.Permit?, wait: Duration, transition: CircuitBreaker.Transition?) {
        breakers.update(endpoint) { breaker in
            let (permit, transition) = breaker.acquire(now: now)
            let wait = breaker.openUntil.map { max(.milliseconds(100), now.duration(to: $0)) } ?? .seconds(1)
            return (permit, wait, transition)
        }
    }

    /// Records how an attempt went; returns the transition it caused.
    @discardableResult
    public func record(
        _ endpoint: UUID, _ permit: CircuitBreaker.Permit, _ outcome: CircuitBreaker.Outcome, now: Instant = .now
    ) -> CircuitBreaker.Transition? {
        breakers.record(endpoint, permit, outcome, now: now)
    }

    /// Endpoints whose breaker would refuse a delivery now: the claim filter leaves their jobs queued.
    public func refusing(now: Instant = .now) -> [UUID] {
        breakers.refusing(now: now)
    }

    /// The state an operator would see for `endpoint`.
    public func state(_ endpoint: UUID, now: Instant = .now) -> BreakerState {
        breakers.states(now: now)[endpoint] ?? .closed
    }
}
