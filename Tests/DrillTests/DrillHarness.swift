import Domain
import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport
import Webhooks

/// A drill's world, all real processes: `supportbot fake-llm` on a loopback port, `supportbot
/// serve --role all` against a database of its own (on the shared test cluster, or on a private
/// cluster the drill may stop and kill), tenants with signed posters, and a pool to check the
/// outcome in the rows.
final class Drill: @unchecked Sendable {
    struct Tenant: Sendable {
        let id: UUID
        let poster: SignedWebhookPoster
    }

    let conninfo: String
    let pool: PostgresPool
    let http: HTTPClient
    let fake: ChildProcess
    let fakeURL: String
    private(set) var tenants: [Tenant] = []
    private(set) var server: ChildProcess?
    private(set) var serverPort = 0
    /// Added to every server's environment (lane sizes, pool size, timeouts).
    let serverEnvironment: [String: String]

    static let adminToken = "drill-admin-token"

    private init(
        conninfo: String, pool: PostgresPool, http: HTTPClient, fake: ChildProcess, fakeURL: String,
        serverEnvironment: [String: String]
    ) {
        self.conninfo = conninfo
        self.pool = pool
        self.http = http
        self.fake = fake
        self.fakeURL = fakeURL
        self.serverEnvironment = serverEnvironment
    }

    /// Runs `body` with a migrated database (`admin`: a private cluster's conninfo; default the
    /// shared test cluster), a fake provider answering after `latencyMs`, and no server yet.
    static func with(
        admin: String? = nil, latencyMs: Int, serverEnvironment: [String: String] = [:],
        _ body: (Drill) async throws -> Void
    ) async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: true, admin: admin)
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 4))
        let http = HTTPClient(maxConnections: 32)
        let fakePort = try TemporaryPostgresCluster.freePort()
        let fake = try ChildProcess(
            try ChildProcess.supportbotBinary(),
            ["fake-llm", "--port", "\(fakePort)", "--latency-ms", "\(latencyMs)"], environment: ["LOG_LEVEL": "warning"]
        )
        let drill = Drill(
            conninfo: conninfo, pool: pool, http: http, fake: fake, fakeURL: "http://127.0.0.1:\(fakePort)",
            serverEnvironment: serverEnvironment)
        let outcome: Result<Void, any Error>
        do {
            try await drill.waitFor("\(drill.fakeURL)/_fake/stats", process: fake)
            outcome = .success(try await body(drill))
        } catch {
            outcome = .failure(error)
        }
        if let server = drill.server {
            server.signal(SIGKILL)
            await server.wait()
        }
        fake.signal(SIGKILL)
        await fake.wait()
        http.shutdown()
        await pool.close()
        try outcome.get()
    }

    /// A new tenant (with an endpoint when `webhookURL` is given) and its signed poster.
    @discardableResult
    func addTenant(_ name: String, plan: Plan = .standard, webhookURL: String? = nil) async throws -> Tenant {
        let created = try await TenantStore(pool: pool, keyring: .test).create(
            name: name, webhookURL: webhookURL, plan: plan, by: .test)
        let tenant = Tenant(
            id: created.id,
            poster: SignedWebhookPoster(
                client: http, url: "", secrets: [WebhookSecret(encoded: created.inboundSecret)!]))
        tenants.append(tenant)
        return tenant
    }

    /// Starts `serve --role all` (once more after a stop) and waits until it is ready.
    func startServer() async throws {
        var environment = [
            "DATABASE_URL": conninfo, "SUPPORTBOT_ADMIN_TOKEN": Self.adminToken, "LOG_LEVEL": "warning",
            "OPENAI_API_KEY": "drill", "LLM_BASE_URL": "\(fakeURL)/v1",
            "SUPPORTBOT_RPM_MINI": "1e6", "SUPPORTBOT_RPM_FULL": "1e6",
            "SUPPORTBOT_TPM_MINI": "1e9", "SUPPORTBOT_TPM_FULL": "1e9",
            "SUPPORTBOT_INTAKE_RATE": "1000000", "SUPPORTBOT_INTAKE_BURST": "1000000",
            "SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE": "1",
        ]
        environment.merge(serverEnvironment) { $1 }
        let (process, port) = try await ChildProcess.startServe(environment: environment)
        server = process
        serverPort = port
    }

    /// SIGTERM and wait; returns the exit code.
    @discardableResult
    func stopServer() async -> Int32 {
        guard let server else { return 0 }
        server.signal(SIGTERM)
        let code = await server.wait()
        self.server = nil
        return code
    }

    func serverLog() -> String { server?.logTail(4000) ?? "" }

    /// Posts `count` new tickets for `tenant` through `clients` connections; returns how many the
    /// server refused (a 202 is accepted; anything else, or no answer, is refused).
    func post(
        _ count: Int, tenant: Tenant, prefix: String, offset: Int = 0, clients: Int = 16, pause: Duration = .zero
    ) async throws -> Int {
        let url = "http://127.0.0.1:\(serverPort)/v1/tenants/\(tenant.id.lowercased)/webhooks/tickets"
        let poster = SignedWebhookPoster(client: http, url: url, secrets: tenant.poster.secrets)
        return try await withThrowingTaskGroup(of: Int.self) { group in
            for client in 0..<min(clients, count) {
                group.addTask {
                    var refused = 0
                    for n in stride(from: offset + client, to: offset + count, by: clients) {
                        let result = await poster.post(
                            body: Self.ticket("\(prefix)\(n)", n: n), webhookID: "msg_\(prefix)\(n)")
                        if result.status != 202 { refused += 1 }
                        if pause > .zero { try await Task.sleep(for: pause) }
                    }
                    return refused
                }
            }
            return try await group.reduce(0, +)
        }
    }

    /// A new ticket with a unique text, so no model answer comes from the cache.
    static func ticket(_ externalID: String, n: Int) -> [UInt8] {
        let json: [String: Any] = [
            "type": "ticket.created",
            "ticket": [
                "external_id": externalID, "subject": "Where is my order? (\(n))",
                "customer": ["email": "drill\(n % 97)@example.com", "name": "Drill"],
            ],
            "message": [
                "external_id": "m-1", "author": "customer",
                "body": "Hi, my order 1042 has not arrived yet and tracking has not moved. Reference \(externalID).",
                "created_at": "2026-11-20T10:00:00Z",
            ],
        ]
        return Array(try! JSONSerialization.data(withJSONObject: json))
    }

    /// Ticket → first draft in milliseconds for `tenant`'s tickets whose external id starts with
    /// `prefix`, once all `count` have one (nil when they do not within `timeout`).
    func draftLatencies(
        tenant: Tenant, prefix: String, count: Int, timeout: Duration = .seconds(120)
    ) async throws -> [Double]? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let rows = try await pool.query(
                """
                SELECT extract(epoch FROM d.created_at - t.created_at)::float8 * 1000 AS ms
                FROM tickets t
                JOIN LATERAL (SELECT created_at FROM drafts WHERE ticket_id = t.id ORDER BY created_at LIMIT 1) d ON true
                WHERE t.tenant_id = \(tenant.id)::uuid AND t.external_id LIKE \(prefix + "%")
                """
            ).rows
            if rows.count == count { return try rows.map { try $0.decode("ms", as: Double.self) }.sorted() }
            try await Task.sleep(for: .milliseconds(200))
        }
        return nil
    }

    func count(_ sql: PostgresQuery) async throws -> Int {
        try await pool.query(sql).rows[0].decode("n")
    }

    /// Polls until `condition` holds or `timeout` passes; returns whether it held.
    func eventually(
        timeout: Duration = .seconds(60), _ condition: () async throws -> Bool
    ) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if (try? await condition()) == true { return true }
            try await Task.sleep(for: .milliseconds(200))
        }
        return try await condition()
    }

    private func waitFor(_ url: String, process: ChildProcess) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while (try? await http.execute(HTTPRequest(url: url)))?.status != 200 {
            guard ContinuousClock.now < deadline else {
                throw TestSupportError("\(url) did not answer: \(process.logTail())")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
