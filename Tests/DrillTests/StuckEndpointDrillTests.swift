import Foundation
import TestSupport
import Testing

/// Issue 18's delivery drill: a tenant whose endpoint accepts and never answers must not delay
/// another tenant's events by more than a few seconds.
@Suite(.serialized) struct StuckEndpointDrillTests {
    @Test("while one tenant's endpoint never answers, another tenant's events arrive within seconds")
    func aSilentEndpointDoesNotDelayOthers() async throws {
        let silent = try SilentEndpoint()
        defer { silent.close() }
        let receiver = WebhookReceiver()
        let port = try TemporaryPostgresCluster.freePort()
        try await receiver.serve(port: port) {
            // Production defaults: a 15 s attempt timeout and a delivery lane of 16.
            try await Drill.with(latencyMs: 0) { drill in
                let stuck = try await drill.addTenant("stuck", webhookURL: "http://127.0.0.1:\(silent.port)/hook")
                let other = try await drill.addTenant("other", webhookURL: "http://127.0.0.1:\(port)/hook")
                try await drill.startServer()
                #expect(try await drill.post(30, tenant: stuck, prefix: "stuck-") == 0)
                try await Task.sleep(for: .seconds(2))
                #expect(try await drill.post(5, tenant: other, prefix: "other-", clients: 1) == 0)
                let delivered = try await drill.eventually(timeout: .seconds(60)) {
                    try await drill.count(
                        """
                        SELECT count(*) AS n FROM events
                        WHERE tenant_id = \(other.id)::uuid AND delivery_state = 'delivered'
                        """) == 15
                }
                #expect(delivered, "the other tenant's 15 events: \(drill.serverLog())")
                let latencies = try await drill.pool.query(
                    """
                    SELECT extract(epoch FROM delivered_at - created_at)::float8 * 1000 AS ms FROM events
                    WHERE tenant_id = \(other.id)::uuid AND delivered_at IS NOT NULL ORDER BY ms
                    """
                ).rows.map { try $0.decode("ms", as: Double.self) }
                let stuckPending = try await drill.count(
                    "SELECT count(*) AS n FROM events WHERE tenant_id = \(stuck.id)::uuid AND delivery_state = 'pending'"
                )
                print(
                    "stuck endpoint drill: other tenant's events delivered after p50 \(Int(latencies[latencies.count / 2])) ms, max \(Int(latencies.last ?? 0)) ms; stuck tenant: \(stuckPending) events waiting"
                )
                #expect((latencies.last ?? .infinity) < 5000, "event → delivered \(latencies) ms")

                // The silent endpoint holds at most its cap of workers (4 of 16); when those time
                // out (15 s), its breaker opens and its events wait in the queue, not in workers.
                #expect(
                    try await drill.eventually(timeout: .seconds(40)) {
                        try await drill.count(
                            "SELECT count(*) AS n FROM delivery_attempts WHERE tenant_id = \(stuck.id)::uuid") >= 3
                    })
                try await Task.sleep(for: .seconds(1))
                let timedOut = try await drill.count(
                    "SELECT count(*) AS n FROM delivery_attempts WHERE tenant_id = \(stuck.id)::uuid")
                #expect(timedOut <= 4, "no more than the endpoint's cap in flight at once")
                #expect(try await drill.post(5, tenant: other, prefix: "again-", clients: 1) == 0)
                #expect(
                    try await drill.eventually(timeout: .seconds(20)) {
                        try await drill.count(
                            """
                            SELECT count(*) AS n FROM events
                            WHERE tenant_id = \(other.id)::uuid AND delivery_state = 'delivered'
                            """) == 30
                    })
                let afterOpen = try await drill.count(
                    "SELECT count(*) AS n FROM delivery_attempts WHERE tenant_id = \(stuck.id)::uuid")
                #expect(afterOpen == timedOut, "the breaker is open: no attempt to the silent endpoint meanwhile")
                #expect(stuckPending > 0, "the silent endpoint's events wait")
                #expect(
                    try await drill.count(
                        "SELECT count(*) AS n FROM events WHERE tenant_id = \(stuck.id)::uuid AND delivery_state = 'dead'"
                    )
                        == 0, "none dead")
            }
        }
    }
}
