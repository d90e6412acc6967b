import Domain
import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport
import Testing

/// Every row of CONTRACT.md's intake table, through the real port.
@Suite("Intake API")
struct IntakeAPITests {
    func withIntake(_ body: @Sendable (IntakeClient, PostgresPool) async throws -> Void) async throws {
        let pool = try await TestDatabase.shared.pool(maxConnections: 16)
        try await IntakeClient.withServer(pool: pool) { client in try await body(client, pool) }
        await pool.close()
    }

    static func jobCount(_ pool: PostgresPool, ticket: String) async throws -> Int {
        try await pool.query("SELECT count(*) AS n FROM jobs WHERE ticket_id = \(ticket)::uuid").first!.decode("n")
    }

    @Test("accepted: 202 with the ticket id after commit; the same webhook-id again: 200, same id, nothing new")
    func acceptedThenDuplicate() async throws {
        try await withIntake { client, pool in
            let first = try await client.post(Bodies.created(), id: "msg_first")
            #expect(first.status == 202)
            #expect(first.header(named: "Content-Type")?.hasPrefix("application/json") == true)
            let accepted = try Accepted(first)
            #expect(!accepted.duplicate)
            #expect(
                accepted.ticket_id == accepted.ticket_id.lowercased() && UUID(uuidString: accepted.ticket_id) != nil)
            #expect(try await Self.jobCount(pool, ticket: accepted.ticket_id) == 1)

            let again = try await client.post(Bodies.created(), id: "msg_first")
            #expect(again.status == 200)
            let duplicate = try Accepted(again)
            #expect(duplicate.duplicate && duplicate.ticket_id == accepted.ticket_id)
            #expect(try await Self.jobCount(pool, ticket: accepted.ticket_id) == 1)
        }
    }

    @Test("50 concurrent deliveries of one webhook-id: one 202, 49 × 200, one ticket, one job")
    func concurrentDuplicates() async throws {
        try await withIntake { client, pool in
            let statuses = try await withThrowingTaskGroup(of: (Int, String).self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        let response = try await client.post(Bodies.created(ticket: "ZD-RACE"), id: "msg_race")
                        return (response.status, try Accepted(response).ticket_id)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0.0 == 202 }.count == 1)
            #expect(statuses.filter { $0.0 == 200 }.count == 49)
            #expect(Set(statuses.map(\.1)).count == 1)
            let tickets: Int = try await pool.query(
                "SELECT count(*) AS n FROM tickets WHERE tenant_id = \(client.tenantID)::uuid"
            ).first!.decode("n")
            #expect(tickets == 1)
            #expect(try await Self.jobCount(pool, ticket: statuses[0].1) == 1)
        }
    }

    @Test("ticket.message_added appends to the existing ticket")
    func messageAdded() async throws {
        try await withIntake { client, pool in
            let created = try Accepted(try await client.post(Bodies.created(ticket: "ZD-T")))
            let agent = try await client.post(Bodies.added(ticket: "ZD-T", message: "m-2", author: "agent"))
            let customer = try await client.post(Bodies.added(ticket: "ZD-T", message: "m-3"))
            #expect(agent.status == 202 && customer.status == 202)
            #expect(try Accepted(agent).ticket_id == created.ticket_id)
            #expect(try Accepted(customer).ticket_id == created.ticket_id)
            let detail = try jsonObject(try await client.get("/v1/tickets/\(created.ticket_id)"))
            let messages = try #require(detail["messages"] as? [[String: Any]])
            #expect(messages.compactMap { $0["external_id"] as? String } == ["m-1", "m-2", "m-3"])
            #expect(try await Self.jobCount(pool, ticket: created.ticket_id) == 2, "agent messages queue no triage")
        }
    }

    @Test(
        "400 for bodies that are not a valid webhook, with the contract's error shape",
        arguments: [
            ("{not json", "invalid_json"),
            (
                #"{"type":"ticket.created","ticket":{"external_id":"X","subject":"s","customer":{"email":"a@example.com"}}}"#,
                "missing_field"
            ),
            (
                #"{"type":"ticket.created","ticket":{"external_id":7,"subject":"s","customer":{"email":"a@example.com"}},"message":{"external_id":"m","author":"customer","body":"b","created_at":"2026-11-20T10:00:00Z"}}"#,
                "invalid_field"
            ),
            (
                #"{"type":"ticket.deleted","ticket":{"external_id":"X","subject":"s","customer":{"email":"a@example.com"}},"message":{"external_id":"m","author":"customer","body":"b","created_at":"2026-11-20T10:00:00Z"}}"#,
                "unknown_event_type"
            ),
            (
                #"{"type":"ticket.created","ticket":{"external_id":"X","subject":"s","customer":{"email":"a@example.com"}},"message":{"external_id":"m","author":"robot","body":"b","created_at":"2026-11-20T10:00:00Z"}}"#,
                "invalid_field"
            ),
            (
                #"{"type":"ticket.created","ticket":{"external_id":"X","subject":"s","customer":{"email":"a@example.com"}},"message":{"external_id":"m","author":"customer","body":"b","created_at":"yesterday"}}"#,
                "invalid_field"
            ),
        ])
    func badRequest(body: String, code: String) async throws {
        try await withIntake { client, pool in
            let response = try await client.post(body)
            #expect(response.status == 400)
            let error = try ErrorBody(response)
            #expect(error.error.code == code)
            #expect(!error.error.message.isEmpty)
            let events: Int = try await pool.query(
                "SELECT count(*) AS n FROM inbound_events WHERE tenant_id = \(client.tenantID)::uuid"
            ).first!.decode("n")
            #expect(events == 0, "a refused webhook leaves nothing behind")
        }
    }

    @Test("401 for a missing or wrong signature and a timestamp more than 5 minutes off")
    func unauthorized() async throws {
        try await withIntake { client, _ in
            let body = Array(Bodies.created().utf8)
            let now = Int64(Date().timeIntervalSince1970)
            let good = WebhookSignature.sign(id: "msg_x", timestamp: now, body: body, secret: client.secret)
            let other = WebhookSignature.sign(id: "msg_x", timestamp: now, body: body, secret: .generate())
            func headers(_ id: String?, _ ts: Int64?, _ sig: String?) -> [HTTPHeader] {
                [HTTPHeader(name: "Content-Type", value: "application/json")]
                    + (id.map { [HTTPHeader(name: "webhook-id", value: $0)] } ?? [])
                    + (ts.map { [HTTPHeader(name: "webhook-timestamp", value: String($0))] } ?? [])
                    + (sig.map { [HTTPHeader(name: "webhook-signature", value: $0)] } ?? [])
            }
            for bad in [
                headers("msg_x", now, nil), headers("msg_x", now, other), headers(nil, now, good),
                headers("msg_x", nil, good),
                headers("msg_y", now, good), headers("msg_x", now, "v1,AAAA"),
                headers("msg_x", now, "v2," + good.dropFirst(3)),
            ] {
                let response = try await client.raw(body, headers: bad)
                #expect(response.status == 401)
                #expect(try ErrorBody(response).error.code == "invalid_signature")
            }
            let tampered = try await client.raw(
                Array(Bodies.created(body: "changed").utf8), headers: headers("msg_x", now, good))
            #expect(tampered.status == 401)
            // Well past the 5 minutes: a loaded machine may take seconds to answer.
            let stale = try await client.post(Bodies.created(), at: Date().addingTimeInterval(-330))
            #expect(stale.status == 401)
            #expect(try ErrorBody(stale).error.message.contains("timestamp"))
            let future = try await client.post(Bodies.created(), at: Date().addingTimeInterval(330))
            #expect(future.status == 401)
            let withinTolerance = try await client.post(
                Bodies.created(ticket: "ZD-OLD"), at: Date().addingTimeInterval(-240))
            #expect(withinTolerance.status == 202)
            // Several signatures: one valid among others is enough.
            let several = try await client.raw(body, headers: headers("msg_x", now, "\(other) \(good) v1,AAAA"))
            #expect(several.status == 202)
        }
    }

    @Test("404 for an unknown tenant")
    func unknownTenant() async throws {
        try await withIntake { client, _ in
            let stranger = IntakeClient(
                http: client.http, baseURL: client.baseURL, tenantID: UUID(), secret: client.secret)
            let response = try await stranger.post(Bodies.created())
            #expect(response.status == 404)
            #expect(try ErrorBody(response).error.code == "not_found")
            let notUUID = try await client.raw(
                Array(Bodies.created().utf8), headers: [HTTPHeader(name: "Content-Type", value: "application/json")],
                url: "\(client.baseURL)/v1/tenants/acme/webhooks/tickets")
            #expect(notUUID.status == 404)
        }
    }

    @Test("413 for a body over 256 KiB, signed or not")
    func tooLarge() async throws {
        try await withIntake { client, _ in
            let big = Bodies.created(body: String(repeating: "a", count: 256 * 1024))
            let response = try await client.post(big)
            #expect(response.status == 413)
            #expect(try ErrorBody(response).error.code == "payload_too_large")
            let justUnder = Bodies.created(ticket: "ZD-BIG", body: String(repeating: "b", count: 250 * 1024))
            #expect(try await client.post(justUnder).status == 202)
        }
    }

    @Test("415 for anything but application/json")
    func unsupportedMediaType() async throws {
        try await withIntake { client, _ in
            for type in ["text/plain", "application/x-www-form-urlencoded", "application/jsonx"] {
                let response = try await client.raw(
                    Array(Bodies.created().utf8), headers: [HTTPHeader(name: "Content-Type", value: type)])
                #expect(response.status == 415)
                #expect(try ErrorBody(response).error.code == "unsupported_media_type")
            }
            let missing = try await client.raw(Array(Bodies.created().utf8), headers: [])
            #expect(missing.status == 415)
            let body = Array(Bodies.created().utf8)
            let now = Int64(Date().timeIntervalSince1970)
            let charset = try await client.raw(
                body,
                headers: [
                    HTTPHeader(name: "Content-Type", value: "application/json; charset=utf-8"),
                    HTTPHeader(name: "webhook-id", value: "msg_charset"),
                    HTTPHeader(name: "webhook-timestamp", value: String(now)),
                    HTTPHeader(
                        name: "webhook-signature",
                        value: WebhookSignature.sign(
                            id: "msg_charset", timestamp: now, body: body, secret: client.secret)),
                ])
            #expect(charset.status == 202, "parameters after the media type are fine")
        }
    }
}
