import Foundation
import Logging
import Postgres
import TestSupport
import Testing

/// Uses a private cluster so stopping it does not disturb other tests.
@Suite("Server restart", .serialized)
struct RestartTests {
    @Test("the pool and the listener recover after the server restarts")
    func recoverAfterRestart() async throws {
        let cluster = try await TemporaryPostgresCluster.start()
        do {
            let pool = PostgresPool(.init(conninfo: cluster.conninfo, maxConnections: 2, acquireTimeout: .seconds(2)))
            let listener = PostgresListener(
                conninfo: cluster.conninfo, channels: ["restart"], logger: Logger(label: "test"))
            listener.start()
            var events = listener.events.makeAsyncIterator()
            #expect(await events.next() == .connected(reconnect: false))
            try await pool.query("SELECT 1")

            try await cluster.stop()
            let down = await #expect(throws: PostgresError.self) { try await pool.query("SELECT 1") }
            #expect(down?.isUnavailable == true)

            try await cluster.startServer()
            // No retry loop here: the first statement after the restart must succeed.
            #expect(try await pool.query("SELECT 2 AS two").first?.decode("two", as: Int.self) == 2)

            #expect(await events.next() == .connected(reconnect: true))
            try await pool.notify(channel: "restart", payload: "after")
            #expect(await events.next() == .notification(channel: "restart", payload: "after"))
            listener.stop()
            await pool.close()
        } catch {
            await cluster.destroy()
            throw error
        }
        await cluster.destroy()
    }
}
