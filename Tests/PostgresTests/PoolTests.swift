import Foundation
import Postgres
import TestSupport
import Testing

@Suite("Connection pool")
struct PoolTests {
    @Test("never opens more than maxConnections, and serves every caller")
    func bounded() async throws {
        // The bound is the point, not the speed: on a loaded machine (the whole suite starting at
        // once) twenty callers behind three connections can wait longer than the default 5 s.
        let pool = PostgresPool(
            .init(
                conninfo: try await TestDatabase.shared.conninfo(), maxConnections: 3,
                acquireTimeout: .seconds(60)))
        let tag = "pooltest_\(UInt32.random(in: 0...UInt32.max))"
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await pool.query("SELECT pg_sleep(0.02), \(tag)::text")
                    #expect(pool.counts.open <= 3)
                }
            }
            try await group.waitForAll()
        }
        #expect(pool.counts.open <= 3)
        await pool.close()
    }

    @Test("a caller waiting past acquireTimeout gets poolTimeout, not a hang")
    func acquireTimeout() async throws {
        let pool = PostgresPool(
            .init(
                conninfo: try await TestDatabase.shared.conninfo(), maxConnections: 1,
                acquireTimeout: .milliseconds(200)))
        let started = ContinuousClock.now
        try await pool.withConnection { _ in
            let error = await #expect(throws: PostgresError.self) { try await pool.query("SELECT 1") }
            #expect(error?.code == .poolTimeout)
            #expect(error?.isUnavailable == true)
        }
        #expect(ContinuousClock.now - started < .seconds(3))
        // The held connection went back to the pool.
        try await pool.query("SELECT 1")
        await pool.close()
    }

    @Test("an unreachable server fails fast with connectionFailed")
    func unreachable() async throws {
        let pool = PostgresPool(
            .init(conninfo: "host=127.0.0.1 port=1 user=nobody connect_timeout=2", maxConnections: 2))
        let error = await #expect(throws: PostgresError.self) { try await pool.query("SELECT 1") }
        #expect(error?.code == .connectionFailed)
        #expect(error?.isUnavailable == true)
        #expect(pool.counts.open == 0, "a failed connect gives its slot back")
    }

    @Test("a connection whose backend was terminated reconnects on its next use")
    func terminatedBackend() async throws {
        let pool = PostgresPool(.init(conninfo: try await TestDatabase.shared.conninfo(), maxConnections: 1))
        let before: Int = try await pool.query("SELECT pg_backend_pid() AS pid").first!.decode("pid")
        let admin = try await PostgresConnection.connect(try await TestDatabase.shared.conninfo())
        try await admin.query("SELECT pg_terminate_backend(\(before)::int)")
        await admin.close()
        // Give the server a moment to close the socket; the pool then notices before using it.
        try await Task.sleep(for: .milliseconds(100))
        let after: Int = try await pool.query("SELECT pg_backend_pid() AS pid").first!.decode("pid")
        #expect(after != before)
        await pool.close()
    }
}
