import Domain
import Foundation
import Synchronization

/// Webhooks per second per tenant on intake (`SUPPORTBOT_INTAKE_RATE`, `_BURST`): a token bucket
/// per tenant in this process's memory, taken only once a webhook's signature holds, so nobody
/// without the tenant's secret can spend its allowance. Each API replica limits on its own: behind
/// a load balancer spreading evenly over N replicas a tenant gets up to N times the rate.
final class IntakeRateLimiter: Sendable {
    let rate: Double
    let burst: Double
    private let buckets = Mutex<[UUID: TokenBucket]>([:])
    private let epoch = ContinuousClock.now
    /// Buckets kept before idle (full) ones are forgotten.
    static let pruneAbove = 10_000

    init(rate: Double, burst: Double) {
        self.rate = rate
        self.burst = burst
    }

    /// One webhook of `tenant` now.
    func take(_ tenant: UUID) -> TokenBucket.Decision {
        let now = (ContinuousClock.now - epoch).inSeconds
        return buckets.withLock { buckets in
            if buckets.count > Self.pruneAbove { buckets = buckets.filter { !$0.value.isFull(now: now) } }
            var bucket = buckets[tenant] ?? TokenBucket(rate: rate, burst: burst, now: now)
            let decision = bucket.take(now: now)
            buckets[tenant] = bucket
            return decision
        }
    }
}
