import Domain
import Flags
import Foundation
import Logging
import Postgres
import Store
import TestSupport
import Testing

@Suite("Flag watcher failure semantics")
struct FlagWatcherTests {
    static func watcher(_ pool: PostgresPool) -> FlagWatcher {
        var logger = Logger(label: "test.flags")
        logger.logLevel = .critical
        return FlagWatcher(pool: pool, notifications: AsyncStream { $0.finish() }, logger: logger)
    }

    @Test("before the flags were ever read, AI is off and deliveries paused (fail closed)")
    func failClosed() async throws {
        let port = try TemporaryPostgresCluster.freePort()
        let pool = PostgresPool(
            .init(conninfo: "host=127.0.0.1 port=\(port) user=postgres connect_timeout=1", maxConnections: 1))
        let watcher = Self.watcher(pool)
        await watcher.reload()
        #expect(watcher.snapshot == .failClosed)
        #expect(!watcher.snapshot.isEnabled(.triage) && !watcher.snapshot.isEnabled(.webhooks))
        await pool.close()
    }

    @Test("when the database becomes unreachable, the last snapshot stays in force")
    func keepsLastSnapshot() async throws {
        let cluster = try await TemporaryPostgresCluster.start()
        do {
            let conninfo = try await TestDatabase.freshDatabase(migrate: true, admin: cluster.conninfo)
            let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 1))
            try await FlagStore(pool: pool).set(
                .ai, enabled: false, tenant: nil, by: .commandLine("t"), reason: "outage drill")
            let watcher = Self.watcher(pool)
            await watcher.reload()
            let known = watcher.snapshot
            #expect(known.loaded && !known.isEnabled(.ai) && known.isEnabled(.webhooks))

            try await cluster.stop()
            await watcher.reload()
            #expect(watcher.snapshot == known)
            await pool.close()
        } catch {
            await cluster.destroy()
            throw error
        }
        await cluster.destroy()
    }
}
