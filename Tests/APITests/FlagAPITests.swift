import Domain
import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport
import Testing

@Suite("Flags API and propagation", .serialized)
struct FlagAPITests {
    static func put(
        _ http: HTTPClient, _ url: String, _ body: String, token: String? = RunningServer.adminToken
    )
        async throws -> HTTPResponse
    {
        var headers = [HTTPHeader(name: "Content-Type", value: "application/json")]
        if let token { headers.append(HTTPHeader(name: "Authorization", value: "Bearer \(token)")) }
        return try await http.execute(HTTPRequest(method: "PUT", url: url, headers: headers, body: Array(body.utf8)))
    }

    @Test("PUT /v1/flags/{key} sets and audits; GET lists; bad keys, bodies and tokens are refused")
    func api() async throws {
        let pool = PostgresPool(.init(conninfo: try await TestDatabase.freshDatabase(migrate: true), maxConnections: 4))
        let http = HTTPClient(maxConnections: 4)
        defer { http.shutdown() }
        try await RunningServer.with(pool: pool) { (base: String) async throws in
            let ok = try await Self.put(
                http, base + "/v1/flags/model.full", #"{"enabled": false, "reason": "cost spike", "actor": "ana"}"#)
            #expect(ok.status == 200)
            #expect(try jsonObject(ok)["old_enabled"] == nil && jsonObject(ok)["new_enabled"] as? Bool == false)

            let unknown = try await Self.put(http, base + "/v1/flags/turbo", #"{"enabled": false, "reason": "x"}"#)
            #expect(unknown.status == 400)
            #expect(unknown.text.contains("unknown_flag") && unknown.text.contains("model.full"))
            let noReason = try await Self.put(http, base + "/v1/flags/ai", #"{"enabled": false}"#)
            #expect(noReason.status == 400 && noReason.text.contains("missing_field"))
            let badJSON = try await Self.put(http, base + "/v1/flags/ai", "{")
            #expect(badJSON.status == 400 && badJSON.text.contains("invalid_json"))
            let noTenant = try await Self.put(
                http, base + "/v1/flags/ai", #"{"enabled": false, "reason": "x", "tenant_id": "\#(UUID().lowercased)"}"#
            )
            #expect(noTenant.status == 404)
            let noToken = try await Self.put(
                http, base + "/v1/flags/ai", #"{"enabled": false, "reason": "x"}"#, token: nil)
            #expect(noToken.status == 401)

            let listing = try jsonObject(
                try await http.execute(
                    HTTPRequest(
                        url: base + "/v1/flags",
                        headers: [HTTPHeader(name: "Authorization", value: "Bearer \(RunningServer.adminToken)")])))
            let global = try #require(listing["global"] as? [String: Bool])
            #expect(global["model.full"] == false && global["ai"] == true && global.count == FlagKey.allCases.count)
        }
        let history = try await FlagStore(pool: pool).history()
        #expect(history.count == 1 && history[0].actor == "ana" && history[0].reason == "cost spike")
        await pool.close()
    }

    @Test("a flag set by the CLI is in force in a separately running server within a second")
    func propagation() async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: true)
        let binary = try ChildProcess.supportbotBinary()
        let port = try TemporaryPostgresCluster.freePort()
        let server = try ChildProcess(
            binary, ["serve", "--role", "api", "--port", "\(port)"],
            environment: [
                "DATABASE_URL": conninfo, "SUPPORTBOT_ADMIN_TOKEN": RunningServer.adminToken, "LOG_LEVEL": "warning",
            ])
        do {
            try await Self.checkPropagation(server: server, port: port, conninfo: conninfo, binary: binary)
        } catch {
            server.signal(SIGKILL)
            await server.wait()
            throw error
        }
        server.signal(SIGTERM)
        #expect(await server.wait() == 0)
    }

    static func checkPropagation(server: ChildProcess, port: Int, conninfo: String, binary: String) async throws {
        let http = HTTPClient(maxConnections: 2)
        defer { http.shutdown() }
        let status = HTTPRequest(
            url: "http://127.0.0.1:\(port)/v1/status",
            headers: [HTTPHeader(name: "Authorization", value: "Bearer \(RunningServer.adminToken)")],
            timeout: .seconds(2))
        func off() async -> [String]? {
            guard let response = try? await http.execute(status), response.status == 200,
                let body = try? jsonObject(response), let inForce = body["flags_in_force"] as? [String: Any],
                inForce["loaded"] as? Bool == true
            else { return nil }
            return inForce["off"] as? [String]
        }
        // Up, with the flags read once.
        let deadline = ContinuousClock.now + .seconds(30)
        while await off() == nil {
            guard ContinuousClock.now < deadline else { throw TestFailure("server did not start: \(server.logTail())") }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(await off() == [])

        for (state, expected) in [("off", FlagKey.allCases.filter(\.isAIFeature).map(\.rawValue)), ("on", [])] {
            let cli = try ChildProcess(
                binary, ["flags", "set", "ai", state, "--reason", "propagation test", "--actor", "test"],
                environment: ["DATABASE_URL": conninfo])
            #expect(await cli.wait() == 0, "\(cli.logTail())")
            let changed = ContinuousClock.now
            var seen: [String]?
            while ContinuousClock.now - changed < .seconds(3) {
                seen = await off()
                if seen == expected { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            let elapsed = ContinuousClock.now - changed
            #expect(seen == expected)
            #expect(elapsed < .seconds(1), "ai \(state) took \(elapsed) to reach the server")
        }
    }
}
