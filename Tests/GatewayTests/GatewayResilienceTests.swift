import Domain
import FakeLLM
import Foundation
import Postgres
import Store
import TestSupport
import Testing

@testable import Gateway

/// Breakers, retry budget, shared rate limits and budgets: the guards that keep an outage or a
/// busy tenant from multiplying traffic or spend.
@Suite struct GatewayResilienceTests {
    @Test func breakerOpensFallsBackHalfOpensAndCloses() async throws {
        var fake = FakeConfiguration()
        fake.failRate = 1
        try await GatewayHarness.with(
            fake: fake,
            configure: { configuration in
                configuration.maxAttempts = 1
                configuration.breaker = BreakerPolicy(
                    // Long enough that a loaded machine cannot half-open it before the next call.
                    windowSize: 4, minimumCalls: 4, failureRateThreshold: 0.5, openDuration: .seconds(6),
                    halfOpenProbes: 1)
            }
        ) { (h: GatewayHarness) async throws in
            for _ in 0..<4 { _ = await h.complete(h.request(.triage)) }
            #expect(try await h.fakeRequests() == 4)
            // Open: the next call does not reach the provider.
            let refused = await h.complete(h.request(.triage))
            #expect(refused.fallback?.reason == .breakerOpen)
            #expect(try await h.fakeRequests() == 4)
            let published = try await BreakerStore(pool: h.pool).list().first { $0.model == h.mini }
            #expect(published?.state == "open")

            // Healthy again; after the wait one probe goes through and closes the breaker.
            h.fake.configuration = FakeConfiguration()
            try await Task.sleep(for: .milliseconds(6050))
            let probe = await h.complete(h.request(.triage))
            #expect(probe.completion?.source == .model)
            #expect(try await BreakerStore(pool: h.pool).list().first { $0.model == h.mini }?.state == "closed")
            #expect(h.gateway.breakers.states(now: .now)[h.mini] == .closed)
        }
    }

    @Test func fullBreakerOpenRoutesDraftsToMini() async throws {
        var fake = FakeConfiguration()
        fake.failRate = 1
        try await GatewayHarness.with(
            fake: fake,
            configure: { configuration in
                configuration.maxAttempts = 1
                configuration.breaker = BreakerPolicy(windowSize: 2, minimumCalls: 2, openDuration: .seconds(30))
            }
        ) { (h: GatewayHarness) async throws in
            h.fake.configuration.faultModels = [h.full]
            // Two urgent drafts: full fails (opening its breaker), each falls back to mini along the chain.
            for _ in 0..<2 {
                let outcome = await h.complete(h.request(.draft, priority: .urgent))
                #expect(outcome.completion?.model == h.mini)
            }
            let third = try #require(await h.complete(h.request(.draft, priority: .urgent)).completion)
            #expect(third.model == h.mini)
            #expect(third.reason.contains("full breaker open→mini"))
            #expect(try await h.stats().by_model[h.full] == 2)
        }
    }

    @Test func anotherProcessLearnsAnOpenBreakerThroughPostgres() async throws {
        var fake = FakeConfiguration()
        fake.failRate = 1
        try await GatewayHarness.with(
            fake: fake,
            configure: { configuration in
                configuration.maxAttempts = 1
                configuration.breaker = BreakerPolicy(windowSize: 3, minimumCalls: 3, openDuration: .seconds(30))
            }
        ) { (h: GatewayHarness) async throws in
            for _ in 0..<3 { _ = await h.complete(h.request(.triage)) }
            // A second gateway (another process: its own owner and breakers) reads the shared row.
            let other = h.peer(owner: "other-process")
            other.apply(try await BreakerStore(pool: h.pool).list())
            let outcome = await other.complete(h.request(.triage), logger: GatewayHarness.logger)
            #expect(outcome.fallback?.reason == .breakerOpen)
            #expect(try await h.fakeRequests() == 3)
        }
    }

    @Test func anOutageSendsABoundedNumberOfCalls() async throws {
        var fake = FakeConfiguration()
        fake.failRate = 1
        fake.failStatus = 503
        try await GatewayHarness.with(
            fake: fake,
            configure: { configuration in
                configuration.maxAttempts = 3
                configuration.breaker = BreakerPolicy(windowSize: 10, minimumCalls: 10, openDuration: .seconds(60))
            }
        ) { (h: GatewayHarness) async throws in
            let tickets = 40
            var fallbacks = 0
            for _ in 0..<tickets {
                if await h.complete(h.request(.triage)).fallback != nil { fallbacks += 1 }
            }
            #expect(fallbacks == tickets)
            // Without guards: 40 × 3 = 120 calls. The retry budget allows its floor of 3 retries and
            // the breaker opens after 10 failed exchanges.
            let calls = try await h.fakeRequests()
            #expect(calls <= 13, "the provider saw \(calls) calls")
        }
    }

    @Test func twoGatewaysSharingARequestsPerMinuteLimitStayUnderIt() async throws {
        try await GatewayHarness.with(configure: { configuration in
            configuration.rateLimits[.mini] = .init(requestsPerMinute: 120, tokensPerMinute: 1e9)
            configuration.totalDeadline = .seconds(3)
            configuration.cacheTTL = [:]
        }) { (h: GatewayHarness) async throws in
            // A second gateway with its own connection pool: as another process would be.
            let otherPool = PostgresPool(.init(conninfo: try await TestDatabase.shared.conninfo(), maxConnections: 4))
            let other = h.peer(owner: "other", pool: otherPool)
            let started = ContinuousClock.now
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<40 {
                    let gateway = index.isMultiple(of: 2) ? h.gateway : other
                    let request = h.request(.triage, "Order \(index) has not arrived")
                    group.addTask { _ = await gateway.complete(request, logger: GatewayHarness.logger) }
                }
            }
            let elapsed = started.duration(to: .now)
            await otherPool.close()
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            // The bucket holds 12 (a tenth of the minute's 120) and refills 1.8/s (the rest over a minute).
            let allowed = 12 + 1.8 * seconds
            let calls = try await h.fakeRequests()
            #expect(Double(calls) <= allowed + 1, "\(calls) calls in \(seconds) s")
            #expect(calls >= 12)
            // Every call is ledgered; those the bucket held back are `rate_limited` (on a loaded
            // machine some instead run out of their 3 s deadline while they wait).
            let ledger = try await h.ledger()
            #expect(ledger.count == 40)
            let held = ledger.filter { ["rate_limited", "deadline"].contains($0.outcome) }.count
            #expect(held == 40 - calls, "\(ledger.map(\.outcome))")
            #expect(ledger.contains { $0.outcome == "rate_limited" })
        }
    }

    @Test func budgetCrossingEmitsEventsAndStopsSpend() async throws {
        try await GatewayHarness.with(dailyBudgetUSD: 0.01, configure: { $0.cacheTTL = [:] }) {
            (h: GatewayHarness) async throws in
            var completed = 0
            var exhausted = false
            var refusal = ""
            for index in 0..<50 {
                let outcome = await h.complete(h.request(.summarize, "Message number \(index) about my parcel."))
                if outcome.fallback?.reason == .budgetExhausted {
                    exhausted = true
                    refusal = outcome.fallback?.detail ?? ""
                    break
                }
                #expect(outcome.completion != nil)
                completed += 1
            }
            #expect(exhausted)
            // Spend stopped: the provider saw only the calls that fit the budget.
            #expect(try await h.fakeRequests() == completed)
            let spent: Double = try await h.pool.query(
                "SELECT coalesce(sum(cost_usd), 0)::float8 AS s FROM llm_ledger WHERE tenant_id = \(h.tenantID)::uuid"
            ).rows[0].decode("s")
            // Usable to within one call of the limit, overshot by at most the last call's tail.
            let call: Double = try await h.pool.query(
                "SELECT max(cost_usd)::float8 AS c FROM llm_ledger WHERE tenant_id = \(h.tenantID)::uuid"
            ).rows[0].decode("c")
            #expect(spent > 0.01 - call, "spent \(spent) of 0.01 with calls of up to \(call)")
            #expect(spent <= 0.01 + call)
            #expect(refusal.hasPrefix("daily budget $0.01: $"), "\(refusal)")
            let percents: [Int] = try await h.pool.query(
                """
                SELECT (payload->>'percent')::int AS p FROM events
                WHERE tenant_id = \(h.tenantID)::uuid AND type = 'budget.threshold' ORDER BY 1
                """
            ).rows.map { try $0.decode("p") }
            // The thresholds crossed, and 100 once the AI stopped, whatever the share spent then.
            let expected = [50, 80, 95].filter { Double($0) <= spent / 0.01 * 100 } + [100]
            #expect(percents == expected)
            // Later calls keep falling back without reaching the provider.
            let after = await h.complete(h.request(.summarize, "One more"))
            #expect(after.fallback?.reason == .budgetExhausted)
            #expect(try await h.fakeRequests() == completed)
            #expect(try await h.ledger().last?.outcome == "budget_exhausted")
        }
    }
}
