import Foundation
import Testing

/// Issue 18's fairness drill: one shop's burst must not stall another shop's tickets.
@Suite(.serialized) struct FairnessDrillTests {
    @Test("behind a burst of hundreds of one tenant's tickets, another tenant's ticket is drafted within seconds")
    func aBurstDoesNotStallAQuietTenant() async throws {
        // Provider at 200 ms: the burst alone keeps the interactive lane (8 slots) busy for about
        // 400 × 2 calls × 0.2 s / 8 = 20 s, which first-come-first-served claims made the quiet
        // tenant wait out.
        try await Drill.with(latencyMs: 200) { drill in
            let noisy = try await drill.addTenant("noisy")
            let quiet = try await drill.addTenant("quiet")
            try await drill.startServer()
            #expect(try await drill.post(400, tenant: noisy, prefix: "burst-") == 0)
            // The burst is queued; the quiet shop now sends a few tickets, a second apart.
            #expect(try await drill.post(3, tenant: quiet, prefix: "quiet-", clients: 1, pause: .seconds(1)) == 0)
            let latencies = try #require(
                try await drill.draftLatencies(tenant: quiet, prefix: "quiet-", count: 3),
                "the quiet tenant's drafts: \(drill.serverLog())")
            let backlog = try await drill.count(
                "SELECT count(*) AS n FROM jobs WHERE state IN ('available', 'running') AND kind IN ('triage', 'draft')"
            )
            print(
                "fairness drill: quiet tenant ticket → draft \(latencies.map { Int($0) }) ms; noisy backlog then \(backlog) jobs"
            )
            #expect(backlog > 100, "the burst was still queued when the quiet tenant's drafts were done")
            #expect(latencies.allSatisfy { $0 < 8000 }, "ticket → draft \(latencies) ms")
        }
    }
}
