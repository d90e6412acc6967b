import Domain
import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport

/// A fresh database with one tenant whose endpoint is a local ``WebhookReceiver``, and real
/// `supportbot serve` processes delivering to it with a fast retry schedule.
struct DeliveryHarness: Sendable {
    static let token = "delivery-test-token"

    let conninfo: String
    let pool: PostgresPool
    let tenantID: UUID
    let secret: WebhookSecret
    let receiver: WebhookReceiver
    let receiverPort: Int

    /// `schedule`: SUPPORTBOT_WEBHOOK_RETRY_SCHEDULE for the servers this harness starts.
    static func with(
        receiverUp: Bool = true, _ body: @Sendable (DeliveryHarness) async throws -> Void
    ) async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: true)
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 4))
        let port = try TemporaryPostgresCluster.freePort()
        let created = try await TenantStore(pool: pool, keyring: .test).create(
            name: "delivery", webhookURL: "http://127.0.0.1:\(port)/hook", by: .test)
        let harness = DeliveryHarness(
            conninfo: conninfo, pool: pool, tenantID: created.id,
            secret: WebhookSecret(encoded: created.outboundSecret)!,
            receiver: WebhookReceiver(), receiverPort: port)
        do {
            if receiverUp {
                try await harness.receiver.serve(port: port) { try await body(harness) }
            } else {
                try await body(harness)
            }
        } catch {
            await pool.close()
            throw error
        }
        await pool.close()
    }

    /// `serve --role all`; stop it with `signal`. With `allowPrivate` (the default, since the
    /// receiver is on 127.0.0.1) it sets `SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE=1`; without, it leaves
    /// the variable out, so the server applies the address policy as in production.
    func startServer(
        schedule: String = "0,0.2,0.2,0.2", allowPrivate: Bool = true, environment: [String: String] = [:]
    ) async throws -> (
        ChildProcess, Int
    ) {
        var base = [
            "DATABASE_URL": conninfo, "LOG_LEVEL": "warning", "SUPPORTBOT_ADMIN_TOKEN": Self.token,
            "SUPPORTBOT_WEBHOOK_RETRY_SCHEDULE": schedule,
            "SUPPORTBOT_WEBHOOK_JITTER": "0", "SUPPORTBOT_JOB_LEASE_SECONDS": "3",
            // Many servers run at once in the suite; keep each one's share of connections small.
            "SUPPORTBOT_DB_POOL_SIZE": "4",
        ]
        if allowPrivate { base["SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE"] = "1" }
        return try await ChildProcess.startServe(environment: base.merging(environment) { $1 })
    }

    /// Points the tenant's endpoint at `url` directly in the database, past the checks that
    /// `tenant update` and the API make.
    func setWebhookURL(_ url: String) async throws {
        try await pool.query("UPDATE tenants SET webhook_url = \(url) WHERE id = \(tenantID)::uuid")
    }

    /// Stops a server: SIGTERM drains, SIGKILL crashes.
    func stop(_ process: ChildProcess, signal: Int32 = SIGTERM) async {
        process.signal(signal)
        _ = await process.wait()
    }

    /// An event as the pipeline writes one; the trigger queues its delivery. Returns its id.
    @discardableResult
    func insertEvent(
        _ type: String = "ticket.triaged", data: String = #"{"category":"other"}"#
    ) async throws
        -> String
    {
        try await pool.query(
            """
            WITH e AS (
                INSERT INTO events (tenant_id, type, payload) VALUES (\(tenantID)::uuid, \(type), \(data)::jsonb)
                RETURNING id
            )
            SELECT id, pg_notify('jobs', 'delivery') FROM e
            """
        ).rows[0].decode("id")
    }

    func deliveryState(_ eventID: String) async throws -> (state: String, attempts: Int) {
        let row = try await pool.query("SELECT delivery_state, attempts FROM events WHERE id = \(eventID)").rows[0]
        return (try row.decode("delivery_state"), try row.decode("attempts"))
    }

    /// Polls `condition` until it holds or `timeout` passes.
    func eventually(
        timeout: Duration = .seconds(15), _ condition: @Sendable () async throws -> Bool
    ) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try await condition()
    }
}
