import Delivery
import Foundation
import Testing

@Suite("Endpoint limiter")
struct EndpointLimiterTests {
    @Test func atMostTheLimitIsInFlightPerEndpointAndOthersAreUnaffected() async throws {
        let limiter = EndpointLimiter(limit: 2)
        let (a, b) = (UUID(), UUID())
        await limiter.acquire(a)
        await limiter.acquire(a)
        #expect(limiter.saturated == [a])
        await limiter.acquire(b)  // another endpoint is not held up
        let third = Task { await limiter.acquire(a) }
        try await Task.sleep(for: .milliseconds(50))
        #expect(limiter.saturated.contains(a))
        limiter.release(a)  // the slot passes to the waiter
        await third.value
        #expect(limiter.saturated == [a])
        limiter.release(a)
        limiter.release(a)
        limiter.release(b)
        #expect(limiter.saturated.isEmpty)
    }
}
