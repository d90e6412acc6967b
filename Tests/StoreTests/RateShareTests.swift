import Domain
import Foundation
import Postgres
import Store
import TestSupport
import Testing

/// A model's shared rate limit, contended by tenants of different plans, through the real
/// `llm_take_rate` in Postgres.
@Suite("Plan shares of a contended rate limit")
struct RateShareTests {
    /// Calls `takeRate` as fast as the limiter allows for `duration`; how many calls were taken.
    static func hammer(
        _ store: GatewayStore, model: String, tenant: UUID, for duration: Duration
    ) async throws -> Int {
        let end = ContinuousClock.now + duration
        var taken = 0
        while ContinuousClock.now < end {
            let wait = try await store.takeRate(model: model, tokens: 10, tenant: tenant)
            if wait == 0 {
                taken += 1
            } else {
                try await Task.sleep(for: .milliseconds(Int64(min(wait, 0.05) * 1000)))
            }
        }
        return taken
    }

    @Test("contended, a premium tenant gets several times a free tenant's calls; alone, a free tenant gets them all")
    func sharesByWeight() async throws {
        let pool = try await TestDatabase.shared.pool(maxConnections: 4)
        let store = GatewayStore(pool: pool)
        let tenants = TenantStore(pool: pool, keyring: .test)
        let free = try await tenants.create(name: "rate-free", webhookURL: nil, plan: .free, by: .test).id
        let premium = try await tenants.create(name: "rate-premium", webhookURL: nil, plan: .premium, by: .test).id
        // 600/min: a bucket of 60 requests refilling at 9/s; tokens are not the constraint.
        let alone = "share-alone-\(UUID().uuidString.prefix(8))"
        try await store.configureRateLimit(model: alone, requestsPerMinute: 600, tokensPerMinute: 10_000_000)
        let soloTaken = try await Self.hammer(store, model: alone, tenant: free, for: .seconds(3))
        // The whole bucket and its refill: 60 + 9/s × 3 s (minus scheduling slack).
        #expect(soloTaken >= 70, "alone, the free tenant was held to a share: \(soloTaken) calls")

        let shared = "share-contended-\(UUID().uuidString.prefix(8))"
        try await store.configureRateLimit(model: shared, requestsPerMinute: 600, tokensPerMinute: 10_000_000)
        // Contended from the start: calls without a tenant take the bucket under half.
        for _ in 0..<35 { _ = try await store.takeRate(model: shared, tokens: 10, tenant: nil) }
        // Both compete from the first call on: a tenant that has not asked yet has no share to
        // keep (whoever asks alone may take the bucket).
        let premiumFirst = try await store.takeRate(model: shared, tokens: 10, tenant: premium) == 0 ? 1 : 0
        let freeFirst = try await store.takeRate(model: shared, tokens: 10, tenant: free) == 0 ? 1 : 0
        async let freeTaken = Self.hammer(store, model: shared, tenant: free, for: .seconds(6))
        async let premiumTaken = Self.hammer(store, model: shared, tenant: premium, for: .seconds(6))
        let (moreFree, morePremium) = try await (freeTaken, premiumTaken)
        let f = freeFirst + moreFree
        let p = premiumFirst + morePremium
        print("rate share at 600/min over 6 s: premium \(p), free \(f); free alone over 3 s: \(soloTaken)")
        // Together no more than the limit allows: the 25 left + 9/s × 6 s, plus slack.
        #expect(f + p <= 25 + 54 + 3, "\(f) + \(p) calls")
        #expect(f >= 1, "the free tenant is not starved")
        #expect(p >= 3 * f, "premium \(p) calls, free \(f)")
        await pool.close()
    }
}
