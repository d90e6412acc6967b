import Domain
import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport
import Testing

@Suite("Tickets, health and the admin token")
struct TicketAPITests {
    @Test("GET /v1/tickets/{id} answers CONTRACT.md's shape, with explicit nulls before the pipeline runs")
    func detailShape() async throws {
        let pool = try await TestDatabase.shared.pool()
        try await IntakeClient.withServer(pool: pool, name: "tickets") { client in
            let id = try Accepted(try await client.post(Bodies.created(ticket: "ZD-1001"))).ticket_id
            let response = try await client.get("/v1/tickets/\(id)")
            #expect(response.status == 200)
            let ticket = try jsonObject(response)
            #expect(ticket["id"] as? String == id)
            #expect(ticket["tenant_id"] as? String == client.tenantID.lowercased)
            #expect(ticket["external_id"] as? String == "ZD-1001")
            #expect(ticket["subject"] as? String == "Where is my order?")
            #expect(ticket["status"] as? String == "open")
            #expect(ticket["triage"] is NSNull && ticket["summary"] is NSNull)
            #expect((ticket["drafts"] as? [Any])?.isEmpty == true)
            let message = try #require((ticket["messages"] as? [[String: Any]])?.first)
            #expect(message["external_id"] as? String == "m-1")
            #expect(message["author"] as? String == "customer")
            #expect(message["body"] as? String == "Hi, my order 1042 hasn't arrived")
            #expect((message["created_at"] as? String).flatMap(RFC3339.parse) != nil)

            #expect(try await client.get("/v1/tickets/\(UUID().lowercased)").status == 404)
            #expect(try await client.get("/v1/tickets/not-a-uuid").status == 404)
        }
        await pool.close()
    }

    @Test("GET /v1/tickets pages newest first and validates its parameters")
    func list() async throws {
        let pool = try await TestDatabase.shared.pool()
        try await IntakeClient.withServer(pool: pool, name: "list") { client in
            for n in 1...3 { _ = try await client.post(Bodies.created(ticket: "L-\(n)")) }
            let tenant = client.tenantID.lowercased
            let first = try jsonObject(try await client.get("/v1/tickets?tenant_id=\(tenant)&status=open&limit=2"))
            let page = try #require(first["tickets"] as? [[String: Any]])
            #expect(page.compactMap { $0["external_id"] as? String } == ["L-3", "L-2"])
            let cursor = try #require(first["next_cursor"] as? String)
            let encoded = cursor.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let second = try jsonObject(
                try await client.get("/v1/tickets?tenant_id=\(tenant)&limit=2&cursor=\(encoded)"))
            #expect((second["tickets"] as? [[String: Any]])?.compactMap { $0["external_id"] as? String } == ["L-1"])
            #expect(second["next_cursor"] is NSNull)

            for bad in ["limit=0", "limit=500", "status=lost", "cursor=zzz", "tenant_id=acme"] {
                let response = try await client.get("/v1/tickets?\(bad)")
                #expect(response.status == 400, "\(bad)")
                #expect(try ErrorBody(response).error.code == "invalid_argument", "\(bad)")
            }
        }
        await pool.close()
    }

    @Test("the API needs a bearer credential; without a break-glass token only API keys open it")
    func adminToken() async throws {
        let pool = try await TestDatabase.shared.pool()
        let http = HTTPClient()
        defer { http.shutdown() }
        try await RunningServer.with(pool: pool) { (baseURL: String) async throws in
            let client = IntakeClient(http: http, baseURL: baseURL, tenantID: UUID(), secret: .generate())
            #expect(try await client.get("/v1/tickets", token: nil).status == 401)
            #expect(try await client.get("/v1/tickets", token: "wrong").status == 401)
            #expect(try ErrorBody(try await client.get("/v1/tickets", token: nil)).error.code == "unauthorized")
            #expect(try await client.get("/v1/tickets").status == 200)
            #expect(try await client.get("/healthz", token: nil).status == 200)
            #expect(try await client.get("/readyz", token: nil).status == 200)
        }
        try await RunningServer.with(pool: pool, adminToken: nil) { (baseURL: String) async throws in
            let client = IntakeClient(http: http, baseURL: baseURL, tenantID: UUID(), secret: .generate())
            // No break-glass token configured: no token opens anything; API keys still work.
            for token in ["", InProcessAPI.adminToken] {
                let refused = try await client.get("/v1/tickets", token: token)
                #expect(refused.status == 401)
                #expect(try ErrorBody(refused).error.message.contains("API key"))
            }
            let key = try await TestKeys.create(pool, "ops", .admin, tenant: nil)
            #expect(try await client.get("/v1/tickets", token: key).status == 200)
        }
        await pool.close()
    }
}

@Suite("Methods")
struct MethodTests {
    @Test func aKnownPathWithAnotherMethodAnswers405WithAllow() async throws {
        let pool = try await TestDatabase.shared.pool()
        let http = HTTPClient(maxConnections: 2)
        defer { http.shutdown() }
        try await RunningServer.with(pool: pool) { url in
            for (method, path, allow) in [
                ("TRACE", "/healthz", "GET"), ("DELETE", "/v1/me", "GET"), ("PUT", "/v1/keys", "GET, POST"),
                ("GET", "/v1/drafts/\(UUID().lowercased)/approve", "POST"),
            ] {
                let response = try await http.execute(HTTPRequest(method: method, url: url + path))
                #expect(response.status == 405, "\(method) \(path): \(response.status)")
                #expect(response.header(named: "Allow") == allow, "\(method) \(path)")
                #expect(try ErrorBody(response).error.code == "method_not_allowed")
            }
            #expect(try await http.execute(HTTPRequest(method: "GET", url: url + "/v1/nothing/here")).status == 404)
            // A NUL byte cannot be stored: the request's fault, 400, not 500 (found by schemathesis).
            let nul = try await http.execute(
                HTTPRequest(
                    method: "PUT", url: url + "/v1/flags/triage",
                    headers: [HTTPHeader(name: "Authorization", value: "Bearer \(InProcessAPI.adminToken)")],
                    body: Array(#"{"enabled": true, "reason": "a\u0000b"}"#.utf8)))
            #expect(nul.status == 400, "\(nul.text)")
        }
        await pool.close()
    }
}
