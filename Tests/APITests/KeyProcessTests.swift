import Domain
import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport
import Testing

/// Keys and secrets with real processes: two `serve` processes and the operator's CLI.
@Suite("Keys and secrets across processes", .serialized)
struct KeyProcessTests {
    /// Runs a CLI command to the end; its exit code and output.
    static func run(_ arguments: [String], _ environment: [String: String]) async throws -> (Int32, String) {
        let process = try ChildProcess(try ChildProcess.supportbotBinary(), arguments, environment: environment)
        let status = await process.wait()
        return (status, (try? String(contentsOfFile: process.logPath, encoding: .utf8)) ?? "")
    }

    static func me(_ http: HTTPClient, port: Int, key: String) async throws -> Int {
        try await http.execute(
            HTTPRequest(
                url: "http://127.0.0.1:\(port)/v1/me",
                headers: [HTTPHeader(name: "Authorization", value: "Bearer \(key)")])
        ).status
    }

    @Test func aKeyIsUsableAtOnceAndARevokedOneIsRefusedByEveryProcessWithinASecond() async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: true)
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 2))
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(name: "keys", webhookURL: nil, by: .test)
        let environment = ["DATABASE_URL": conninfo, "LOG_LEVEL": "warning", "USER": "ops-anna"]
        let (one, portOne) = try await ChildProcess.startServe(environment: environment)
        let (two, portTwo) = try await ChildProcess.startServe(environment: environment)
        let http = HTTPClient(maxConnections: 4)
        defer {
            http.shutdown()
            one.signal(SIGTERM)
            two.signal(SIGTERM)
        }

        let (created, output) = try await Self.run(
            ["key", "create", "--name", "kim", "--role", "agent", "--tenant", tenant.id.lowercased], environment)
        #expect(created == 0, "\(output)")
        let line = try #require(output.split(separator: "\n").first { $0.hasPrefix("{") })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["id", "name", "role", "tenant_id", "expires_at", "key"])
        let key = try #require(json["key"] as? String)
        let id = try #require(json["id"] as? String)
        // Made by another process a moment ago: both servers take it on its first use.
        #expect(try await Self.me(http, port: portOne, key: key) == 200)
        #expect(try await Self.me(http, port: portTwo, key: key) == 200)

        let (listed, list) = try await Self.run(["key", "list", "--json"], environment)
        #expect(listed == 0 && list.contains(id) && !list.contains(key), "a listing never shows a key")

        let (revoked, revokeOutput) = try await Self.run(["key", "revoke", id], environment)
        #expect(revoked == 0, "\(revokeOutput)")
        // From the revocation's commit (the CLI has exited), not from the CLI's start: on a loaded
        // machine starting a process alone took most of a second.
        let started = ContinuousClock.now
        var refusedAfter: [Int: Duration] = [:]
        while refusedAfter.count < 2, ContinuousClock.now - started < .seconds(5) {
            for port in [portOne, portTwo] where refusedAfter[port] == nil {
                if try await Self.me(http, port: port, key: key) == 401 {
                    refusedAfter[port] = ContinuousClock.now - started
                }
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        print("revoked key refused after: \(refusedAfter.values.map { "\($0)" }.sorted()) (from the revoke's commit)")
        #expect(refusedAfter.count == 2 && refusedAfter.values.allSatisfy { $0 < .seconds(1) })

        // Both writes are in the audit log under the operator's name.
        let (audited, audit) = try await Self.run(["audit", "list", "--json", "--limit", "10"], environment)
        #expect(audited == 0)
        let entries = try #require(
            try JSONSerialization.jsonObject(
                with: Data(
                    (audit.split(separator: "\n").first { $0.hasPrefix("[") } ?? "[]").utf8)) as? [[String: Any]])
        let actions = entries.compactMap { entry -> String? in
            entry["target"] as? String == id ? "\(entry["action"] ?? "") by \(entry["actor"] ?? "")" : nil
        }
        #expect(actions == ["key.revoke by cli:ops-anna", "key.create by cli:ops-anna"])
        await pool.close()
    }

    @Test func serveRefusesToStartWithoutTheSecretKeyAndMigrateSealsOldCleartextSecrets() async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: true)
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 2))
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "legacy", webhookURL: nil, by: .test)

        let (status, output) = try await Self.run(
            ["serve", "--port", "\(try TemporaryPostgresCluster.freePort())"],
            ["DATABASE_URL": conninfo, "SUPPORTBOT_SECRET_KEY": ""])
        #expect(status == 1)
        #expect(output.contains("SUPPORTBOT_SECRET_KEY") && output.contains("secrets new-key"), "\(output)")

        // An older version wrote this one in the clear.
        try await pool.query(
            "UPDATE tenants SET inbound_secret = \(tenant.inboundSecret) WHERE id = \(tenant.id)::uuid")
        let (unsealed, warning) = try await Self.run(
            ["migrate"], ["DATABASE_URL": conninfo, "SUPPORTBOT_SECRET_KEY": "", "LOG_LEVEL": "warning"])
        #expect(unsealed == 0 && warning.contains("stored in the clear"), "\(warning)")
        let (migrated, sealed) = try await Self.run(["migrate"], ["DATABASE_URL": conninfo, "LOG_LEVEL": "warning"])
        #expect(migrated == 0 && sealed.contains("sealed 1 tenant secret value"), "\(sealed)")
        let stored: String = try await pool.query(
            "SELECT inbound_secret FROM tenants WHERE id = \(tenant.id)::uuid"
        ).rows[0].decode("inbound_secret")
        #expect(stored.hasPrefix("sbenc:v1:"))
        #expect(
            try await TenantStore(pool: pool, keyring: .test).inboundSecret(tenant.id).encoded == tenant.inboundSecret)
        await pool.close()
    }
}
