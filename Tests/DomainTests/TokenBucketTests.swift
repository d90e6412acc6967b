import Domain
import Testing

@Suite("Token bucket")
struct TokenBucketTests {
    @Test func aBurstIsAllowedThenTheRateAndTheWaitIsSaid() {
        var bucket = TokenBucket(rate: 100, burst: 200, now: 0)
        for _ in 0..<200 { #expect(bucket.take(now: 0) == .allowed) }
        guard case .limited(let wait) = bucket.take(now: 0) else {
            Issue.record("the 201st request in the same instant was allowed")
            return
        }
        #expect(abs(wait - 0.01) < 1e-9)
        #expect(bucket.take(now: 0.01) == .allowed, "one token back after 1/rate seconds")
        // A second later: 100 more, not the whole burst.
        var allowed = 0
        while bucket.take(now: 1.01) == .allowed { allowed += 1 }
        #expect(allowed == 100)
    }

    @Test func itNeverHoldsMoreThanTheBurstAndToleratesAClockThatStepsBack() {
        var bucket = TokenBucket(rate: 10, burst: 5, now: 100)
        #expect(bucket.isFull(now: 100))
        for _ in 0..<5 { _ = bucket.take(now: 100) }
        #expect(!bucket.isFull(now: 100.1) && bucket.isFull(now: 100.5))
        var allowed = 0
        while bucket.take(now: 1000) == .allowed { allowed += 1 }
        #expect(allowed == 5)
        if case .allowed = bucket.take(now: 999) { Issue.record("time going back refilled the bucket") }
    }
}
