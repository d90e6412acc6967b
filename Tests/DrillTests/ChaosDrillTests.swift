import Foundation
import Postgres
import TestSupport
import Testing

/// Issue 18's chaos drills: real processes, a real Postgres that fails under them, the fake
/// provider slow enough that jobs are in flight when it does. Whatever the fault, every ticket is
/// triaged, summarized and drafted once, every event reaches the tenant's endpoint under one id,
/// and no job is left running.
@Suite(.serialized) struct ChaosDrillTests {
    static let tickets = 40

    /// Sends `count` tickets one by one, each retried (same webhook id) until intake accepts it,
    /// as a helpdesk does while we answer 503.
    static func postUntilAccepted(_ drill: Drill, _ tenant: Drill.Tenant, count: Int, prefix: String) async throws {
        for n in 0..<count {
            let deadline = ContinuousClock.now + .seconds(60)
            while try await drill.post(1, tenant: tenant, prefix: prefix, offset: n) > 0 {
                guard ContinuousClock.now < deadline else { throw TestSupportError("ticket \(n) never accepted") }
                try await Task.sleep(for: .milliseconds(200))
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Runs the pipeline for `tickets` tickets while `fault` acts on the world, then checks the
    /// outcome in the rows and at the receiver.
    static func drill(
        admin: String? = nil, environment: [String: String] = [:],
        fault: @escaping @Sendable (Drill) async throws -> Void
    ) async throws {
        let receiver = WebhookReceiver()
        let port = try TemporaryPostgresCluster.freePort()
        try await receiver.serve(port: port) {
            try await Drill.with(admin: admin, latencyMs: 300, serverEnvironment: environment) { drill in
                let tenant = try await drill.addTenant("chaos", webhookURL: "http://127.0.0.1:\(port)/hook")
                try await drill.startServer()
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        try await Self.postUntilAccepted(drill, tenant, count: Self.tickets, prefix: "chaos-")
                    }
                    group.addTask { try await fault(drill) }
                    try await group.waitForAll()
                }
                try await Self.expectEverythingOnce(drill, receiver: receiver)
            }
        }
    }

    static func expectEverythingOnce(_ drill: Drill, receiver: WebhookReceiver) async throws {
        let settled = try await drill.eventually(timeout: .seconds(180)) {
            let open = try await drill.count(
                "SELECT count(*) AS n FROM jobs WHERE state NOT IN ('completed', 'dead', 'discarded')")
            let pending = try await drill.count("SELECT count(*) AS n FROM events WHERE delivery_state = 'pending'")
            return open == 0 && pending == 0
        }
        #expect(settled, "the queue drained: \(drill.serverLog())")
        #expect(try await drill.count("SELECT count(*) AS n FROM tickets") == tickets)
        #expect(try await drill.count("SELECT count(*) AS n FROM ticket_triage") == tickets, "each triaged once")
        #expect(try await drill.count("SELECT count(*) AS n FROM ticket_summaries") == tickets, "each summarized once")
        #expect(
            try await drill.count("SELECT count(*) AS n FROM drafts") == tickets,
            "each drafted once (a second draft would supersede the first)")
        #expect(try await drill.count("SELECT count(*) AS n FROM jobs WHERE state <> 'completed'") == 0, "none dead")
        let events = try await drill.pool.query("SELECT id FROM events WHERE delivery_state <> 'none'").rows
            .map { try $0.decode("id", as: String.self) }
        #expect(events.count == tickets * 3, "triaged, summarized and draft.created per ticket")
        #expect(
            try await drill.count("SELECT count(*) AS n FROM events WHERE delivery_state = 'delivered'") == events.count
        )
        let received = receiver.received.map(\.id)
        #expect(Set(received) == Set(events), "every event reached the endpoint under its own id")
        let repeats = received.count - Set(received).count
        print("chaos drill: \(tickets) tickets, \(events.count) events, \(repeats) sent again under the same id")
    }

    @Test("Postgres stopped and restarted while tickets arrive and the provider holds jobs in flight")
    func postgresRestart() async throws {
        let cluster = try await TemporaryPostgresCluster.start()
        do {
            try await Self.drill(admin: cluster.conninfo) { drill in
                // Jobs are in flight (300 ms per model call) and tickets keep arriving.
                try await Task.sleep(for: .seconds(2))
                try await cluster.stop()
                try await Task.sleep(for: .seconds(3))
                try await cluster.startServer()
                try await Task.sleep(for: .seconds(2))
                try await cluster.stop()
                try await Task.sleep(for: .seconds(1))
                try await cluster.startServer()
            }
        } catch {
            await cluster.destroy()
            throw error
        }
        await cluster.destroy()
    }

    @Test("the server's backends killed with pg_terminate_backend every second during a run")
    func terminatedBackends() async throws {
        try await Self.drill(environment: ["PGAPPNAME": "chaos-serve"]) { drill in
            let killer = try await PostgresConnection.connect(drill.conninfo)
            var killed = 0
            for _ in 0..<8 {
                try await Task.sleep(for: .seconds(1))
                killed += try await killer.query(
                    """
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE application_name = 'chaos-serve' AND datname = current_database()
                    """
                ).rows.count
            }
            await killer.close()
            print("chaos drill: \(killed) server backends terminated")
            #expect(killed > 8)
        }
    }
}
