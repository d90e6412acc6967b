import Domain
import Foundation
import Postgres
import Store
import TestSupport
import Testing

/// Claims across tenants: a backlog gets its share, not the lane (docs/jobs.md, "Fairness").
@Suite("Fair claiming across tenants")
struct FairClaimTests {
    static func tenant(_ pool: PostgresPool, plan: Plan = .standard) async throws -> UUID {
        try await TenantStore(pool: pool, keyring: .test).create(
            name: "fair-\(plan.rawValue)", webhookURL: nil, plan: plan, by: .test
        ).id
    }

    static func enqueue(_ count: Int, tenant: UUID?, lane: JobLane, _ store: JobStore) async throws -> [Int64] {
        var ids: [Int64] = []
        for _ in 0..<count { ids.append(try await store.enqueue(NewJob(kind: "noop", lane: lane, tenantID: tenant))) }
        return ids
    }

    @Test("a quiet tenant's job is claimed before the next job of a tenant with a deep backlog")
    func quietTenantGoesFirst() async throws {
        let pool = try await TestDatabase.shared.pool()
        let store = JobStore(pool: pool)
        let lane = uniqueLane()
        let noisy = try await Self.tenant(pool)
        let quiet = try await Self.tenant(pool)
        _ = try await Self.enqueue(200, tenant: noisy, lane: lane, store)
        // The noisy tenant fills four slots; its backlog is older than anything the quiet one sends.
        let first = try await store.claim(lane: lane, kinds: ["noop"], limit: 4, owner: "w", lease: .seconds(30))
        #expect(first.count == 4 && first.allSatisfy { $0.tenantID == noisy })
        let late = try await Self.enqueue(1, tenant: quiet, lane: lane, store)
        let next = try await store.claim(lane: lane, kinds: ["noop"], limit: 1, owner: "w", lease: .seconds(30))
        #expect(next.map(\.id) == late, "one slot freed: it goes to the tenant running nothing")
        // With both idle and queued, equal plans alternate.
        _ = try await Self.enqueue(3, tenant: quiet, lane: lane, store)
        try await pool.query(
            "UPDATE jobs SET state = 'completed', finished_at = now() WHERE lane = \(lane.rawValue) AND state = 'running'"
        )
        let mixed = try await store.claim(lane: lane, kinds: ["noop"], limit: 6, owner: "w", lease: .seconds(30))
        #expect(mixed.filter { $0.tenantID == quiet }.count == 3)
        #expect(mixed.filter { $0.tenantID == noisy }.count == 3)
        await pool.close()
    }

    @Test("under contention tenants hold claims in proportion to their plan weights")
    func weights() async throws {
        let pool = try await TestDatabase.shared.pool()
        let store = JobStore(pool: pool)
        let lane = uniqueLane()
        let premium = try await Self.tenant(pool, plan: .premium)
        let free = try await Self.tenant(pool, plan: .free)
        _ = try await Self.enqueue(60, tenant: free, lane: lane, store)
        _ = try await Self.enqueue(60, tenant: premium, lane: lane, store)
        let claimed = try await store.claim(lane: lane, kinds: ["noop"], limit: 22, owner: "w", lease: .seconds(30))
        #expect(claimed.filter { $0.tenantID == premium }.count == 20, "weight 10")
        #expect(claimed.filter { $0.tenantID == free }.count == 2, "weight 1, though its jobs are older")
        // In-flight counts carry over to the next claim: 20 running vs 2 keeps the same ratio.
        let next = try await store.claim(lane: lane, kinds: ["noop"], limit: 11, owner: "w", lease: .seconds(30))
        #expect(next.filter { $0.tenantID == premium }.count == 10)
        #expect(next.filter { $0.tenantID == free }.count == 1)
        await pool.close()
    }

    @Test("excluded tenants' jobs stay queued in order; jobs without a tenant are claimed beside tenants'")
    func filtersAndSystemJobs() async throws {
        let pool = try await TestDatabase.shared.pool()
        let store = JobStore(pool: pool)
        let lane = uniqueLane()
        let paused = try await Self.tenant(pool)
        let active = try await Self.tenant(pool)
        let pausedJobs = try await Self.enqueue(5, tenant: paused, lane: lane, store)
        let activeJobs = try await Self.enqueue(2, tenant: active, lane: lane, store)
        let system = try await Self.enqueue(2, tenant: nil, lane: lane, store)
        let claimed = try await store.claim(
            lane: lane, kinds: ["noop"], limit: 10, owner: "w", lease: .seconds(30),
            filter: ClaimFilter(excludedTenants: [paused]))
        #expect(Set(claimed.map(\.id)) == Set(activeJobs + system))
        let only = try await store.claim(
            lane: lane, kinds: ["noop"], limit: 2, owner: "w", lease: .seconds(30),
            filter: ClaimFilter(onlyTenants: [paused]))
        #expect(only.map(\.id) == Array(pausedJobs.prefix(2)), "in order, once allowed")
        await pool.close()
    }

    @Test("a claim takes no more of a tenant's jobs than its cap (an endpoint's free slots)")
    func tenantCaps() async throws {
        let pool = try await TestDatabase.shared.pool()
        let store = JobStore(pool: pool)
        let lane = uniqueLane()
        let busy = try await Self.tenant(pool)
        let idle = try await Self.tenant(pool)
        _ = try await Self.enqueue(10, tenant: busy, lane: lane, store)
        _ = try await Self.enqueue(10, tenant: idle, lane: lane, store)
        let claimed = try await store.claim(
            lane: lane, kinds: ["noop"], limit: 10, owner: "w", lease: .seconds(30),
            filter: ClaimFilter(defaultTenantLimit: 3, tenantLimits: [busy: 1]))
        #expect(claimed.filter { $0.tenantID == busy }.count == 1)
        #expect(claimed.filter { $0.tenantID == idle }.count == 3)
        await pool.close()
    }

    @Test("concurrent fair claims never hand one job to two workers")
    func concurrentClaims() async throws {
        let pool = try await TestDatabase.shared.pool(maxConnections: 8)
        let store = JobStore(pool: pool)
        let lane = uniqueLane()
        var all: [Int64] = []
        for plan in [Plan.free, .standard, .premium] {
            all += try await Self.enqueue(40, tenant: try await Self.tenant(pool, plan: plan), lane: lane, store)
        }
        all += try await Self.enqueue(20, tenant: nil, lane: lane, store)
        let claimed = try await claimConcurrently(store, lane: lane, workers: 6, limit: 5)
        #expect(claimed.count == all.count)
        #expect(Set(claimed) == Set(all))
        await pool.close()
    }
}
