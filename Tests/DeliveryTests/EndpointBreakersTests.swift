import Delivery
import Domain
import Foundation
import Testing

/// Per-endpoint breakers, driven with instants from one clock reading: no sleeping.
@Suite("Endpoint breakers")
struct EndpointBreakersTests {
    let t0 = ContinuousClock.now
    let breakers = EndpointBreakers(policy: EndpointBreakers.policy(openFor: .seconds(30), slowAfter: .seconds(10)))

    func at(_ seconds: Double) -> ContinuousClock.Instant { t0.advanced(by: .milliseconds(Int64(seconds * 1000))) }

    func attempt(
        _ endpoint: UUID, _ outcome: CircuitBreaker.Outcome, at seconds: Double
    ) throws
        -> CircuitBreaker.Transition?
    {
        let permit = try #require(breakers.acquire(endpoint, now: at(seconds)).permit)
        return breakers.record(endpoint, permit, outcome, now: at(seconds))
    }

    @Test("three attempts without an answer open an endpoint's breaker; others' stay closed")
    func timeoutsOpen() throws {
        let (dead, healthy) = (UUID(), UUID())
        #expect(try attempt(dead, .failure, at: 0) == nil)
        #expect(try attempt(healthy, .success(.milliseconds(80)), at: 0) == nil)
        #expect(try attempt(dead, .failure, at: 15) == nil)
        #expect(try attempt(dead, .failure, at: 30) == .opened(until: at(60)))
        #expect(breakers.refusing(now: at(31)) == [dead])
        let refused = breakers.acquire(dead, now: at(40))
        #expect(refused.permit == nil)
        #expect(refused.wait == .seconds(20), "snoozed until the probe may go")
        #expect(breakers.state(healthy, now: at(40)) == .closed)
    }

    @Test("quick failures (a 500 or a refused connection in 50 ms) do not open it: the schedule retries those")
    func answersKeepItClosed() throws {
        let endpoint = UUID()
        for n in 0..<10 { #expect(try attempt(endpoint, .success(.milliseconds(50)), at: Double(n)) == nil) }
        #expect(breakers.refusing(now: at(10)).isEmpty)
    }

    @Test("after the open period one probe goes; an answer closes the breaker, a timeout reopens it")
    func probe() throws {
        let endpoint = UUID()
        for n in 0..<3 { _ = try attempt(endpoint, .failure, at: Double(n)) }
        #expect(breakers.refusing(now: at(31)) == [endpoint], "open until 2 + 30 s")
        #expect(breakers.refusing(now: at(32)).isEmpty, "the probe may be claimed")
        let probe = try #require(breakers.acquire(endpoint, now: at(32)).permit)
        #expect(breakers.acquire(endpoint, now: at(32)).permit == nil, "one probe at a time")
        #expect(breakers.refusing(now: at(32)) == [endpoint])
        #expect(breakers.record(endpoint, probe, .failure, now: at(47)) == .opened(until: at(77)))
        let second = try #require(breakers.acquire(endpoint, now: at(78)).permit)
        #expect(second.isProbe)
        #expect(breakers.record(endpoint, second, .success(.milliseconds(90)), now: at(78)) == .closed)
        #expect(breakers.refusing(now: at(78)).isEmpty)
        #expect(breakers.state(endpoint, now: at(78)) == .closed)
    }
}
