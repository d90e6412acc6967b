import Foundation
import Gateway
import TestSupport
import Testing

/// Limits shared by real processes: two `supportbot bench gateway` load generators, each with its
/// own connections and memory, against one fake provider.
@Suite struct GatewayProcessTests {
    @Test func twoProcessesSharingARequestsPerMinuteLimitStayUnderItTogether() async throws {
        try await GatewayHarness.with { (h: GatewayHarness) async throws in
            let binary = try ChildProcess.supportbotBinary()
            let conninfo = try await TestDatabase.shared.conninfo()
            let model = "shared-\(UInt32.random(in: 0...UInt32.max))"
            let environment = [
                "DATABASE_URL": conninfo, "SUPPORTBOT_MODEL_MINI": model, "SUPPORTBOT_RPM_MINI": "120",
                "SUPPORTBOT_LLM_DEADLINE_MS": "3000", "SUPPORTBOT_CACHE_TTL_SECONDS": "0",
            ]
            let arguments = [
                "bench", "gateway", "--llm-url", h.baseURL, "--mode", "gateway", "--calls", "25", "--warmup", "0",
                "--concurrency", "5", "--tenant", h.tenantID.uuidString.lowercased(),
            ]
            let started = ContinuousClock.now
            let processes = try (0..<2).map { _ in try ChildProcess(binary, arguments, environment: environment) }
            for process in processes {
                let status = await process.wait()
                #expect(status == 0, "\(process.logTail())")
            }
            let elapsed = started.duration(to: .now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let calls = try await h.stats().by_model[model] ?? 0
            // 50 calls wanted within about 3 s; the shared bucket holds 12 (a tenth of 120/min) and
            // refills 1.8/s (the other nine tenths over the minute), for both processes together.
            #expect(Double(calls) <= 12 + 1.8 * seconds + 1, "\(calls) calls in \(seconds) s")
            #expect(calls >= 12)
            let outcomes: [String: Int] = Dictionary(
                uniqueKeysWithValues: try await h.pool.query(
                    """
                    SELECT outcome, count(*)::int AS n FROM llm_ledger
                    WHERE tenant_id = \(h.tenantID)::uuid AND model = \(model) GROUP BY outcome
                    """
                ).rows.map { (try $0.decode("outcome") as String, try $0.decode("n") as Int) })
            // Every wanted call is in the ledger. The ones the provider never saw were refused by the
            // shared limit; on a loaded machine a few that it did see may end as a timeout instead.
            #expect(outcomes.values.reduce(0, +) == 50, "\(outcomes)")
            let slow = (outcomes["timeout"] ?? 0) + (outcomes["deadline"] ?? 0)
            #expect(Set(outcomes.keys).isSubset(of: ["ok", "rate_limited", "timeout", "deadline"]), "\(outcomes)")
            #expect((outcomes["ok"] ?? 0) <= calls)
            #expect((outcomes["rate_limited"] ?? 0) >= 50 - calls - slow, "\(outcomes), \(calls) calls")
        }
    }
}
