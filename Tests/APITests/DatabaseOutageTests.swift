import Domain
import Foundation
import HTTPClient
import Logging
import Postgres
import Store
import TestSupport
import Testing

/// Uses its own cluster: stopping it must not disturb the other tests.
@Suite("Postgres outage", .serialized)
struct DatabaseOutageTests {
    @Test("Postgres stopped: 503 with Retry-After, quickly and with nothing half-written; restarted: 202 again")
    func outage() async throws {
        let cluster = try await TemporaryPostgresCluster.start()
        do {
            let conninfo = try await TestDatabase.freshDatabase(migrate: true, admin: cluster.conninfo)
            let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 4, acquireTimeout: .seconds(2)))
            try await IntakeClient.withServer(pool: pool, name: "outage") { client in
                #expect(try await client.post(Bodies.created(ticket: "before")).status == 202)

                try await cluster.stop()
                let started = ContinuousClock.now
                let down = try await client.post(Bodies.created(ticket: "during"), id: "msg_during")
                #expect(ContinuousClock.now - started < .seconds(5), "an outage answers, it does not hang")
                #expect(down.status == 503)
                #expect(down.header(named: "Retry-After") == "5")
                #expect(try ErrorBody(down).error.code == "database_unavailable")
                #expect(try await client.get("/readyz", token: nil).status == 503)
                #expect(try await client.get("/healthz", token: nil).status == 200, "the process itself is alive")

                try await cluster.startServer()
                // The sender retries the same webhook-id: it is new to the database, so it is accepted.
                let retried = try await client.post(Bodies.created(ticket: "during"), id: "msg_during")
                #expect(retried.status == 202)
                #expect(try await client.get("/readyz", token: nil).status == 200)
                let tickets: Int = try await pool.query("SELECT count(*) AS n FROM tickets").first!.decode("n")
                #expect(tickets == 2)
            }
            await pool.close()
        } catch {
            await cluster.destroy()
            throw error
        }
        await cluster.destroy()
    }
}
