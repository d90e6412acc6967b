import Domain
import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport
import Testing
import Webhooks

/// The event stream, secrets at rest and the audit log, through the real HTTP application.
@Suite("Trust boundary")
struct TrustBoundaryTests {
    /// Reads SSE events from `response` until `done` says stop (or `timeout`).
    static func read(
        _ response: HTTPStreamResponse, timeout: Duration = .seconds(10),
        until done: @escaping @Sendable ([ServerSentEvent], [String]) -> Bool
    ) async throws -> (events: [ServerSentEvent], comments: [String]) {
        try await withThrowingTaskGroup(of: ([ServerSentEvent], [String])?.self) { group in
            group.addTask {
                var parser = ServerSentEventParser()
                var events: [ServerSentEvent] = []
                var comments: [String] = []
                var raw: [UInt8] = []
                for try await chunk in response.body {
                    raw += chunk
                    events += parser.feed(chunk)
                    comments = String(decoding: raw, as: UTF8.self).split(separator: "\n")
                        .filter { $0.hasPrefix(":") }.map(String.init)
                    if done(events, comments) { return (events, comments) }
                }
                return (events, comments)
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            let first = try await group.next()!
            group.cancelAll()
            response.cancel()
            guard let first else { throw TestFailure("the stream did not deliver in \(timeout)") }
            return first
        }
    }

    static func open(
        _ http: HTTPClient, _ url: String, key: String, lastEventID: String? = nil
    ) async throws
        -> HTTPStreamResponse
    {
        var headers = [HTTPHeader(name: "Authorization", value: "Bearer \(key)")]
        if let lastEventID { headers.append(HTTPHeader(name: "Last-Event-ID", value: lastEventID)) }
        return try await http.stream(HTTPRequest(url: url, headers: headers), idleTimeout: .seconds(20))
    }

    static func ticket(_ pool: PostgresPool, tenant: UUID, _ external: String) async throws -> UUID {
        try await IntakeStore(pool: pool).accept(
            tenantID: tenant, webhookID: "w-\(external)",
            webhook: TicketWebhook(
                type: .ticketCreated,
                ticket: .init(
                    externalID: external, subject: "Stream test", customer: .init(email: "s@example.com", name: nil),
                    orderID: nil, channel: nil),
                message: .init(externalID: "m-1", author: .customer, body: "Hello", createdAt: Date()))
        ).ticketID
    }

    @Test func theEventStreamIsScopedToTheKeysTenantAndResumesAfterLastEventID() async throws {
        let pool = try await TestDatabase.shared.pool()
        let tenants = TenantStore(pool: pool, keyring: .test)
        let a = try await tenants.create(name: "stream A", webhookURL: nil, by: .test).id
        let b = try await tenants.create(name: "stream B", webhookURL: nil, by: .test).id
        let agentA = try await TestKeys.create(pool, "kim", .agent, tenant: a)
        let admin = try await TestKeys.create(pool, "ops", .admin, tenant: nil)
        let http = HTTPClient(maxConnections: 8)
        defer { http.shutdown() }
        try await InProcessAPI.with(pool: pool, streamHeartbeat: .milliseconds(300)) { url in
            let stream = url + "/v1/events/stream"
            let live = try await Self.open(http, stream, key: agentA)
            #expect(live.status == 200 && live.header(named: "Content-Type")?.hasPrefix("text/event-stream") == true)
            let ticketB = try await Self.ticket(pool, tenant: b, "B-1")
            let ticketA = try await Self.ticket(pool, tenant: a, "A-1")
            let seen = try await Self.read(live) { events, comments in
                events.contains { $0.data.contains(ticketA.lowercased) } && comments.contains(": heartbeat")
            }
            #expect(!seen.events.contains { $0.data.contains(ticketB.lowercased) || $0.data.contains(b.lowercased) })
            let first = try #require(seen.events.first { $0.data.contains(ticketA.lowercased) })
            #expect(first.event == "ticket.updated" && first.id != nil)

            // Disconnected: what happens meanwhile is replayed after the last id seen.
            let missed = try await Self.ticket(pool, tenant: a, "A-2")
            let resumed = try await Self.open(http, stream, key: agentA, lastEventID: first.id)
            let replay = try await Self.read(resumed) { events, _ in
                events.contains { $0.data.contains(missed.lowercased) }
            }
            #expect(!replay.events.contains { $0.id == first.id }, "nothing at or before Last-Event-ID again")

            // Another tenant's stream does not exist for this key; an admin may pick a tenant.
            #expect(try await Self.open(http, stream + "?tenant_id=\(b.lowercased)", key: agentA).status == 404)
            let adminB = try await Self.open(http, stream + "?tenant_id=\(b.lowercased)", key: admin)
            _ = try await Self.ticket(pool, tenant: a, "A-3")
            let ticketB2 = try await Self.ticket(pool, tenant: b, "B-2")
            let onlyB = try await Self.read(adminB) { events, _ in
                events.contains { $0.data.contains(ticketB2.lowercased) }
            }
            #expect(onlyB.events.allSatisfy { $0.data.contains(b.lowercased) })
            #expect(try await Self.open(http, stream, key: "sbk_" + String(repeating: "x", count: 43)).status == 401)

            // A key revoked while its stream is open stops receiving: the server ends the stream.
            let doomed = try await KeyStore(pool: pool).create(name: "doomed", role: .agent, tenantID: a, by: .test)
            let open = try await Self.open(http, stream, key: doomed.key)
            #expect(open.status == 200)
            let started = ContinuousClock.now
            _ = try await KeyStore(pool: pool).revoke(doomed.record.id, scope: .all, by: .test)
            _ = try await Self.read(open, timeout: .seconds(10)) { _, _ in false }
            print("event stream of a revoked key ended after \(ContinuousClock.now - started)")
        }
        await pool.close()
    }

    @Test func noTenantSecretIsReadableInTheDatabase() async throws {
        let pool = try await TestDatabase.shared.pool()
        let created = try await TenantStore(pool: pool, keyring: .test).create(
            name: "sealed", webhookURL: nil, by: .test)
        let row = try await pool.query(
            "SELECT inbound_secret, outbound_secret FROM tenants WHERE id = \(created.id)::uuid"
        ).rows[0]
        for (column, secret) in [
            ("inbound_secret", created.inboundSecret), ("outbound_secret", created.outboundSecret),
        ] {
            let stored: String = try row.decode(column)
            let key = String(secret.dropFirst("whsec_".count))
            #expect(stored.hasPrefix("sbenc:v1:") && !stored.contains(key), "\(column) is readable: \(stored)")
        }
        // A sealed value copied onto another tenant's row opens for nobody.
        let other = try await TenantStore(pool: pool, keyring: .test).create(name: "victim", webhookURL: nil, by: .test)
        try await pool.query(
            """
            UPDATE tenants SET inbound_secret = (SELECT inbound_secret FROM tenants WHERE id = \(created.id)::uuid)
            WHERE id = \(other.id)::uuid
            """)
        await #expect(throws: (any Error).self) {
            try await TenantStore(pool: pool, keyring: .test).credentials(other.id)
        }
        await pool.close()
    }

    @Test func aNewSecretKeyRewrapsEverySecretAndOldCleartextIsSealed() async throws {
        let pool = PostgresPool(.init(conninfo: try await TestDatabase.freshDatabase(migrate: true), maxConnections: 2))
        let old = TestSecrets.keyBase64
        let created = try await TenantStore(pool: pool, keyring: .test).create(
            name: "rewrap", webhookURL: nil, by: .test)
        // A value an older version wrote in the clear.
        let legacy = WebhookSecret.generate().encoded
        try await pool.query("UPDATE tenants SET outbound_secret_previous = \(legacy) WHERE id = \(created.id)::uuid")
        #expect(try await TenantStore(pool: pool).secretsInTheClear() == 1)

        let newKey = SecretKeyring.newKeyBase64()
        let rotated = TenantStore(pool: pool, keyring: try SecretKeyring(currentBase64: newKey, previousBase64: [old]))
        #expect(try await rotated.inboundSecret(created.id).encoded == created.inboundSecret, "the previous key opens")
        #expect(try await rotated.secretsNeedingRewrap() == 3)
        #expect(try await rotated.rewrap(by: .test) == 3)
        #expect(try await rotated.secretsNeedingRewrap() == 0)
        #expect(try await TenantStore(pool: pool).secretsInTheClear() == 0)
        let newOnly = TenantStore(pool: pool, keyring: try SecretKeyring(currentBase64: newKey))
        #expect(try await newOnly.inboundSecret(created.id).encoded == created.inboundSecret)
        await #expect(throws: (any Error).self) {
            try await TenantStore(pool: pool, keyring: .test).credentials(created.id)
        }
        let audit = try await AuditStore(pool: pool).list(scope: .all, limit: 5)
        #expect(audit.first?.action == "secrets.rewrap")
        await pool.close()
    }

    @Test func inboundRotationAcceptsBothSecretsForTheOverlapThenOnlyTheNewOne() async throws {
        let pool = try await TestDatabase.shared.pool()
        let created = try await TenantStore(pool: pool, keyring: .test).create(
            name: "rotate", webhookURL: nil, by: .test)
        let tenantAdmin = try await TestKeys.create(pool, "lee", .tenantAdmin, tenant: created.id)
        let http = HTTPClient(maxConnections: 4)
        defer { http.shutdown() }
        try await InProcessAPI.with(pool: pool) { url in
            func rotate(hours: Double) async throws -> WebhookSecret {
                let response = try await http.execute(
                    HTTPRequest(
                        method: "POST", url: url + "/v1/tenants/\(created.id.lowercased)/rotate-secret",
                        headers: [HTTPHeader(name: "Authorization", value: "Bearer \(tenantAdmin)")],
                        body: Array(#"{"kind":"inbound","overlap_hours":\#(hours)}"#.utf8)))
                #expect(response.status == 200, "\(response.text)")
                let encoded = try jsonObject(response)["secret"] as? String
                return try #require(encoded.flatMap(WebhookSecret.init(encoded:)))
            }
            func post(_ secret: WebhookSecret, _ n: Int) async -> Int? {
                let poster = SignedWebhookPoster(
                    client: http, url: url + "/v1/tenants/\(created.id.lowercased)/webhooks/tickets", secrets: [secret])
                let result = await poster.post(
                    body: Array(Bodies.created(ticket: "ROT-\(n)").utf8), webhookID: "rot-\(n)-\(UUID())")
                return result.status
            }
            let original = try #require(WebhookSecret(encoded: created.inboundSecret))
            let second = try await rotate(hours: 1)
            #expect(await post(original, 1) == 202, "the previous secret works during the overlap")
            #expect(await post(second, 2) == 202)
            let third = try await rotate(hours: 0)
            #expect(await post(third, 3) == 202)
            #expect(await post(second, 4) == 401, "without an overlap the previous secret stops at once")
            #expect(await post(original, 5) == 401)
        }
        let rotations = try await AuditStore(pool: pool).list(scope: .tenant(created.id), limit: 10)
            .filter { $0.action == "tenant.rotate_secret" }
        #expect(rotations.count == 2 && rotations.allSatisfy { $0.actor == "lee" })
        await pool.close()
    }

    @Test func everyWriteIsAuditedWithItsPrincipalAndTenantAdminsReadTheirOwn() async throws {
        let pool = try await TestDatabase.shared.pool()
        let tenants = TenantStore(pool: pool, keyring: .test)
        let a = try await tenants.create(name: "audit A", webhookURL: nil, by: .test).id
        let b = try await tenants.create(name: "audit B", webhookURL: nil, by: .test).id
        let leeA = try await TestKeys.create(pool, "lee", .tenantAdmin, tenant: a)
        let leeB = try await TestKeys.create(pool, "bo", .tenantAdmin, tenant: b)
        let http = HTTPClient(maxConnections: 4)
        defer { http.shutdown() }
        try await InProcessAPI.with(pool: pool) { url in
            func call(
                _ method: String, _ path: String, _ key: String, _ body: String? = nil
            ) async throws -> HTTPResponse {
                try await http.execute(
                    HTTPRequest(
                        method: method, url: url + path,
                        headers: [HTTPHeader(name: "Authorization", value: "Bearer \(key)")],
                        body: body.map { Array($0.utf8) }))
            }
            let created = try jsonObject(
                try await call("POST", "/v1/keys", leeA, #"{"name":"new agent","role":"agent"}"#))
            let newKeyID = try #require(created["id"] as? String)
            #expect(created["tenant_id"] as? String == a.lowercased, "a tenant admin's keys are its tenant's")
            #expect(try await call("DELETE", "/v1/keys/\(newKeyID)", leeA).status == 200)
            #expect(try await call("DELETE", "/v1/keys/\(newKeyID)", leeB).status == 404)
            #expect(
                try await call(
                    "PUT", "/v1/flags/drafts", leeA,
                    #"{"enabled":false,"tenant_id":"\#(a.lowercased)","reason":"pilot"}"#
                ).status == 200)
            #expect(
                try await call("PUT", "/v1/flags/drafts", leeA, #"{"enabled":false,"reason":"everyone"}"#).status == 403
            )
            let mine = try jsonObject(try await call("GET", "/v1/audit", leeA))
            let entries = try #require(mine["entries"] as? [[String: Any]])
            #expect(
                entries.compactMap { $0["action"] as? String }.prefix(3) == ["flag.set", "key.revoke", "key.create"])
            #expect(entries.prefix(3).allSatisfy { $0["actor"] as? String == "lee" })
            #expect(entries.allSatisfy { $0["tenant_id"] as? String == a.lowercased })
            let theirs = try #require(
                try jsonObject(try await call("GET", "/v1/audit", leeB))["entries"] as? [[String: Any]])
            #expect(!theirs.contains { $0["tenant_id"] as? String == a.lowercased })
            #expect(try await call("GET", "/v1/audit?tenant_id=\(a.lowercased)", leeB).text.contains("\"entries\":[]"))
        }
        let flag = try await FlagStore(pool: pool).list(tenant: a).first { $0.tenantID == a.lowercased }
        #expect(flag?.updatedBy == "lee", "a flag's actor is the key's name")
        await pool.close()
    }
}
