import Domain
import Foundation
import Postgres
import Store
import TestSupport
import Testing

/// A model's shared rate limit, contended by tenants of different plans, through the real
/// `llm_take_rate` in Postgres on a pinned clock: the same takes and waits however loaded the
/// machine is.
@Suite("Plan shares of a contended rate limit")
struct RateShareTests {
    @Test("alone, a free tenant takes the whole bucket; contended, premium gets several times free's calls")
    func sharesByWeight() async throws {
        let pool = try await TestDatabase.shared.pool(maxConnections: 2)
        let store = GatewayStore(pool: pool)
        let tenants = TenantStore(pool: pool, keyring: .test)
        let free = try await tenants.create(name: "rate-free", webhookURL: nil, plan: .free, by: .test).id
        let premium = try await tenants.create(name: "rate-premium", webhookURL: nil, plan: .premium, by: .test).id
        // 600/min: a bucket of 60 requests refilling at 9/s; tokens are not the constraint.
        let alone = "share-alone-\(UUID().uuidString.prefix(8))"
        let shared = "share-contended-\(UUID().uuidString.prefix(8))"
        try await store.configureRateLimit(model: alone, requestsPerMinute: 600, tokensPerMinute: 10_000_000)
        try await store.configureRateLimit(model: shared, requestsPerMinute: 600, tokensPerMinute: 10_000_000)
        let start = Date().addingTimeInterval(1)

        // Alone, at one instant: all 60 of the bucket, though it is contended below 30.
        var soloTaken = 0
        for _ in 0..<61 where try await store.takeRate(model: alone, tokens: 10, tenant: free, now: start) == 0 {
            soloTaken += 1
        }
        #expect(soloTaken == 60)

        // Contended: both ask every 50 ms for 6 s of the pinned clock, premium first.
        var taken: [UUID: Int] = [free: 0, premium: 0]
        for step in 0..<120 {
            let now = start.addingTimeInterval(Double(step) * 0.05)
            for tenant in [premium, free]
            where try await store.takeRate(model: shared, tokens: 10, tenant: tenant, now: now) == 0 {
                taken[tenant, default: 0] += 1
            }
        }
        let (f, p) = (taken[free] ?? 0, taken[premium] ?? 0)
        print("rate share at 600/min, asking every 50 ms for 6 s: premium \(p), free \(f); free alone: \(soloTaken)")
        // Together no more than the limit: the bucket's 60 and 9/s over the 5.95 s.
        #expect(f + p <= 60 + 54)
        #expect(f >= 1, "the free tenant is not starved")
        #expect(p >= 3 * f, "premium \(p) calls, free \(f)")
        await pool.close()
    }
}
