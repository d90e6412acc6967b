import API
import Domain
import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport
import Testing
import Webhooks

/// Intake under hostile load and a database in trouble: the per-tenant rate, unknown tenants, and
/// the SQLSTATEs that mean "try again later" (CONTRACT.md "Intake protection and pools").
@Suite("Intake protection")
struct IntakeProtectionTests {
    @Test func aTenantOverItsRateGets429WithRetryAfterAndJunkDoesNotSpendItsAllowance() async throws {
        let pool = try await TestDatabase.shared.pool()
        try await IntakeClient.withServer(
            pool: pool, name: "rate",
            configure: {
                $0.intakeRate = 0.5; $0.intakeBurst = 5
            }
        ) { client in
            // Unsigned junk for this tenant first: refused before it can use the allowance.
            for n in 0..<20 {
                let junk = try await client.raw(
                    Array(Bodies.created(ticket: "J-\(n)").utf8),
                    headers: [HTTPHeader(name: "Content-Type", value: "application/json")])
                #expect(junk.status == 401)
            }
            // The burst of 5, plus what refilled meanwhile (a token every 2 s: on a loaded machine
            // the requests above can take that long), then 429.
            let started = ContinuousClock.now
            var accepted = 0
            var limited = try await client.post(Bodies.created(ticket: "R-0"))
            while limited.status == 202 && accepted < 30 {
                accepted += 1
                limited = try await client.post(Bodies.created(ticket: "R-\(accepted)"))
            }
            let refilled = Int((ContinuousClock.now - started).inSeconds * 0.5) + 1
            #expect((5...5 + refilled).contains(accepted), "\(accepted) accepted before the 429")
            #expect(limited.status == 429)
            #expect(try ErrorBody(limited).error.code == "rate_limited")
            let retryAfter = try #require(limited.header(named: "Retry-After").flatMap(Int.init))
            #expect((1...2).contains(retryAfter), "a token every 2 s")
            try await Task.sleep(for: .seconds(Double(retryAfter) + 0.1))
            #expect(try await client.post(Bodies.created(ticket: "R-last")).status == 202, "the bucket refills")
        }
        await pool.close()
    }

    @Test func unknownTenantsAnswer404FromTheCacheAfterTheFirstLookup() async throws {
        let pool = try await TestDatabase.shared.pool()
        try await IntakeClient.withServer(pool: pool, name: "unknown") { client in
            let unknown = "\(client.baseURL)/v1/tenants/\(UUID().lowercased)/webhooks/tickets"
            for _ in 0..<3 {
                let response = try await client.raw(
                    Array(Bodies.created().utf8),
                    headers: [HTTPHeader(name: "Content-Type", value: "application/json")],
                    url: unknown)
                #expect(response.status == 404)
            }
            // The real tenant is unaffected.
            #expect(try await client.post(Bodies.created(ticket: "OK-1")).status == 202)
        }
        await pool.close()
    }

    @Test func aTenantCreatedWhileTheServerRunsIsAcceptedAtOnce() async throws {
        let pool = try await TestDatabase.shared.pool()
        let http = HTTPClient(maxConnections: 2)
        defer { http.shutdown() }
        try await RunningServer.with(pool: pool) { url in
            // The server read the set of tenant ids when it started; this one is not in it yet.
            let tenant = try await TenantStore(pool: pool, keyring: .test).create(
                name: "late", webhookURL: nil, by: .test)
            let poster = SignedWebhookPosterFor(http: http, url: url, tenant: tenant)
            #expect(try await poster.post(Bodies.created(ticket: "LATE-1")).status == 202)
        }
        await pool.close()
    }

    @Test func aReadOnlyDatabaseAnswers503WithRetryAfterNot500() async throws {
        let admin = try await TestDatabase.shared.pool()
        let tenant = try await TenantStore(pool: admin, keyring: .test).create(
            name: "read-only", webhookURL: nil, by: .test)
        let role = "ro_\(UInt32.random(in: 0...UInt32.max))"
        // A role whose every transaction is read-only, as on a standby or during a failover.
        try await admin.query("CREATE ROLE \(unsafeRaw: role) LOGIN")
        try await admin.query("ALTER ROLE \(unsafeRaw: role) SET default_transaction_read_only = on")
        try await admin.query("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO \(unsafeRaw: role)")
        let conninfo = try await TestDatabase.shared.conninfo() + " user=\(role)"
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 2))
        let http = HTTPClient(maxConnections: 2)
        defer { http.shutdown() }
        try await RunningServer.with(pool: pool) { url in
            let poster = SignedWebhookPosterFor(http: http, url: url, tenant: tenant)
            let response = try await poster.post(Bodies.created(ticket: "RO-1"))
            #expect(response.status == 503, "\(response.text)")
            #expect(response.header(named: "Retry-After") != nil)
            #expect(try ErrorBody(response).error.code == "database_unavailable")
        }
        await pool.close()
        await admin.close()
    }

    @Test func aStatementPastTheTimeoutIsCancelledAndAnswered503() async throws {
        let admin = try await TestDatabase.shared.pool()
        let tenant = try await TenantStore(pool: admin, keyring: .test).create(name: "slow", webhookURL: nil, by: .test)
        let pool = PostgresPool(
            .init(
                conninfo: try await TestDatabase.shared.conninfo(), maxConnections: 2,
                statementTimeout: .milliseconds(300)))
        let http = HTTPClient(maxConnections: 2)
        defer { http.shutdown() }
        // Another session holds the dedupe table: intake's first insert waits on the lock.
        let blocker = try await PostgresConnection.connect(try await TestDatabase.shared.conninfo())
        try await RunningServer.with(pool: pool) { url in
            let poster = SignedWebhookPosterFor(http: http, url: url, tenant: tenant)
            // Warm the credential cache while nothing is locked.
            #expect(try await poster.post(Bodies.created(ticket: "T-0")).status == 202)
            try await blocker.query("BEGIN")
            try await blocker.query("LOCK TABLE inbound_events IN ACCESS EXCLUSIVE MODE")
            let started = ContinuousClock.now
            let response = try await poster.post(Bodies.created(ticket: "T-1"))
            let took = ContinuousClock.now - started
            try await blocker.query("ROLLBACK")
            #expect(response.status == 503, "\(response.text)")
            #expect(took < .seconds(5), "cancelled by the timeout, not by the lock going away: \(took)")
            #expect(try await poster.post(Bodies.created(ticket: "T-1")).status == 202, "and fine once it is free")
        }
        await blocker.close()
        await pool.close()
        await admin.close()
    }
}

/// Signed posts for one tenant to a server at `url`.
struct SignedWebhookPosterFor: Sendable {
    let http: HTTPClient
    let url: String
    let tenant: CreatedTenant

    func post(_ body: String) async throws -> HTTPResponse {
        let poster = SignedWebhookPoster(
            client: http, url: "\(url)/v1/tenants/\(tenant.id.lowercased)/webhooks/tickets",
            secrets: [WebhookSecret(encoded: tenant.inboundSecret)!])
        let result = await poster.post(body: Array(body.utf8), webhookID: "msg_\(UUID().uuidString)")
        switch result.outcome {
        case .response(let response): return response
        case .failed(let error): throw error
        }
    }
}
