import Foundation
import Postgres
import TestSupport
import Testing

/// `SUPPORTBOT_LISTEN_DATABASE_URL` (CONTRACT.md, "Running as a fleet"): LISTEN goes where it says,
/// everything else where `DATABASE_URL` says, so the pool can sit behind a transaction-mode pooler.
@Suite("The LISTEN connection")
struct ListenConnectionTests {
    static func named(_ conninfo: String, _ application: String) -> String {
        guard conninfo.contains("://") else { return conninfo + " application_name=\(application)" }
        return conninfo + (conninfo.contains("?") ? "&" : "?") + "application_name=\(application)"
    }

    @Test("serve listens on SUPPORTBOT_LISTEN_DATABASE_URL and queries on DATABASE_URL")
    func listenURLIsUsedForListenOnly() async throws {
        // A database of its own: the server's workers would claim other tests' jobs in the shared one.
        let conninfo = try await TestDatabase.freshDatabase(migrate: true)
        let tag = UInt32.random(in: 0...UInt32.max)
        let (server, _) = try await ChildProcess.startServe(environment: [
            "DATABASE_URL": Self.named(conninfo, "sb-pool-\(tag)"),
            "SUPPORTBOT_LISTEN_DATABASE_URL": Self.named(conninfo, "sb-listen-\(tag)"),
            "LOG_LEVEL": "warning",
        ])
        defer { server.signal(SIGTERM) }
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 1))
        func sessions() async throws -> [String: Int] {
            Dictionary(
                uniqueKeysWithValues: try await pool.query(
                    """
                    SELECT application_name AS name, count(*) FILTER (WHERE query ILIKE 'LISTEN%')::int AS listening
                    FROM pg_stat_activity WHERE application_name LIKE \("sb-%-\(tag)") GROUP BY application_name
                    """
                ).rows.map { (try $0.decode("name") as String, try $0.decode("listening") as Int) })
        }
        // Ready means the pool answered; the listener connects beside it.
        let deadline = ContinuousClock.now + .seconds(30)
        var seen = try await sessions()
        while (seen["sb-listen-\(tag)"] ?? 0) == 0, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
            seen = try await sessions()
        }
        #expect((seen["sb-listen-\(tag)"] ?? 0) >= 1, "the LISTEN connection uses the listen URL: \(seen)")
        #expect(seen["sb-pool-\(tag)"] != nil, "the pool uses DATABASE_URL: \(seen)")
        #expect(seen["sb-pool-\(tag)"] == 0, "no LISTEN on DATABASE_URL: \(seen)")
        await pool.close()
    }
}
