import Domain
import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport
import Testing

/// Every route of `openapi.yaml` × every kind of caller, through the real port: the status each
/// answers, and that a key of tenant B never sees a trace of tenant A. A route added to the API
/// document without a row here fails the test.
@Suite("Route × principal access matrix", .serialized)
struct AccessMatrixTests {
    /// The callers, in the order of each row's expectations.
    enum Caller: String, CaseIterable {
        case none, unknown, revoked, expired
        case agentA = "agent of A"
        case tenantAdminA = "tenant_admin of A"
        case agentB = "agent of B"
        case tenantAdminB = "tenant_admin of B"
        case admin
        case breakGlass = "break-glass token"
    }

    /// What a cell needs: A's objects, made fresh where a request consumes them.
    struct World: Sendable {
        let pool: PostgresPool
        let tenantA: UUID
        let tenantB: UUID
        let ticketA: UUID
        let keys: [Caller: String]

        /// A pending draft on A's ticket, for one review.
        func freshDraft() async throws -> UUID {
            try await pool.query(
                """
                INSERT INTO drafts (ticket_id, message_id, body, language, source)
                VALUES (\(ticketA)::uuid, gen_random_uuid(), 'Hi, it is on its way.', 'en', 'canned') RETURNING id
                """
            ).rows[0].decode("id")
        }

        /// An agent key of A, for one revocation.
        func freshKeyID() async throws -> UUID {
            try await KeyStore(pool: pool).create(name: "victim", role: .agent, tenantID: tenantA, by: .test).record.id
        }
    }

    struct Row {
        let method: String
        let path: String
        /// The concrete request: path and body.
        let request: @Sendable (World) async throws -> (path: String, body: String?)
        /// agent A, tenant_admin A, agent B, tenant_admin B, admin (and break-glass, same as admin).
        let expected: [Int]
    }

    static func a(_ w: World) -> String { w.tenantA.lowercased }

    static let rows: [Row] = [
        Row(method: "GET", path: "/v1/me", request: { _ in ("/v1/me", nil) }, expected: [200, 200, 200, 200, 200]),
        Row(
            method: "GET", path: "/v1/tickets", request: { _ in ("/v1/tickets", nil) },
            expected: [200, 200, 200, 200, 200]),
        Row(
            method: "GET", path: "/v1/tickets/{id}", request: { w in ("/v1/tickets/\(w.ticketA.lowercased)", nil) },
            expected: [200, 200, 404, 404, 200]),
        Row(
            method: "GET", path: "/v1/drafts", request: { _ in ("/v1/drafts", nil) },
            expected: [200, 200, 200, 200, 200]),
        Row(
            method: "POST", path: "/v1/drafts/{id}/approve",
            request: { w in ("/v1/drafts/\(try await w.freshDraft().lowercased)/approve", "{}") },
            expected: [200, 200, 404, 404, 200]),
        Row(
            method: "POST", path: "/v1/drafts/{id}/reject",
            request: { w in ("/v1/drafts/\(try await w.freshDraft().lowercased)/reject", #"{"reason":"no"}"#) },
            expected: [200, 200, 404, 404, 200]),
        Row(
            method: "GET", path: "/v1/flags", request: { _ in ("/v1/flags", nil) },
            expected: [403, 200, 403, 200, 200]),
        Row(
            method: "PUT", path: "/v1/flags/{key}",
            request: { w in
                ("/v1/flags/model.full", #"{"enabled":true,"tenant_id":"\#(a(w))","reason":"matrix"}"#)
            }, expected: [403, 200, 403, 404, 200]),
        Row(
            method: "GET", path: "/v1/status", request: { _ in ("/v1/status", nil) },
            expected: [200, 200, 200, 200, 200]),
        Row(
            method: "GET", path: "/v1/keys", request: { _ in ("/v1/keys", nil) },
            expected: [403, 200, 403, 200, 200]),
        Row(
            method: "POST", path: "/v1/keys",
            request: { w in ("/v1/keys", #"{"name":"new","role":"agent","tenant_id":"\#(a(w))"}"#) },
            expected: [403, 201, 403, 404, 201]),
        Row(
            method: "DELETE", path: "/v1/keys/{id}",
            request: { w in ("/v1/keys/\(try await w.freshKeyID().lowercased)", nil) },
            expected: [403, 200, 403, 404, 200]),
        Row(
            method: "GET", path: "/v1/audit", request: { _ in ("/v1/audit", nil) },
            expected: [403, 200, 403, 200, 200]),
        Row(
            method: "GET", path: "/v1/events/stream", request: { _ in ("/v1/events/stream", nil) },
            expected: [200, 200, 200, 200, 200]),
        Row(
            method: "GET", path: "/v1/tenants", request: { _ in ("/v1/tenants", nil) },
            expected: [403, 200, 403, 200, 200]),
        Row(
            method: "POST", path: "/v1/tenants", request: { _ in ("/v1/tenants", #"{"name":"matrix-made"}"#) },
            expected: [403, 403, 403, 403, 201]),
        Row(
            method: "GET", path: "/v1/tenants/{tenant_id}", request: { w in ("/v1/tenants/\(a(w))", nil) },
            expected: [403, 200, 403, 404, 200]),
        Row(
            method: "PATCH", path: "/v1/tenants/{tenant_id}",
            request: { w in ("/v1/tenants/\(a(w))", #"{"webhook_url":"https://hooks.example.com/a"}"#) },
            expected: [403, 200, 403, 404, 200]),
        Row(
            method: "POST", path: "/v1/tenants/{tenant_id}/rotate-secret",
            request: { w in ("/v1/tenants/\(a(w))/rotate-secret", #"{"kind":"outbound","overlap_hours":1}"#) },
            expected: [403, 200, 403, 404, 200]),
    ]

    /// Routes that take no API key, and why.
    static let public_: [String: String] = [
        "POST /v1/tenants/{tenant_id}/webhooks/tickets": "signed by the tenant's inbound secret instead",
        "GET /healthz": "liveness", "GET /readyz": "readiness", "GET /metrics": "Prometheus scrape",
    ]

    /// `METHOD /path` of every operation in openapi.yaml (paths at two spaces, methods at four).
    static func documentedRoutes() throws -> Set<String> {
        let file = TestDatabase.schemaDirectory().deletingLastPathComponent().appendingPathComponent("openapi.yaml")
        var routes: Set<String> = []
        var path: String?
        var inPaths = false
        for line in try String(contentsOf: file, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            if line == "paths:" {
                inPaths = true
                continue
            }
            guard inPaths else { continue }
            if !line.isEmpty, !line.hasPrefix(" ") { break }
            if line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") {
                path = String(line.dropFirst(2).dropLast())
            } else if let path, line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                let method = line.trimmingCharacters(in: .whitespaces).dropLast()
                if ["get", "post", "put", "patch", "delete"].contains(method) {
                    routes.insert("\(method.uppercased()) \(path)")
                }
            }
        }
        return routes
    }

    @Test func everyDocumentedRouteHasARow() throws {
        let documented = try Self.documentedRoutes()
        let covered = Set(Self.rows.map { "\($0.method) \($0.path)" }).union(Self.public_.keys)
        #expect(
            documented.subtracting(covered).isEmpty,
            "routes without a matrix row: \(documented.subtracting(covered).sorted())")
        #expect(
            covered.subtracting(documented).isEmpty,
            "rows for undocumented routes: \(covered.subtracting(documented).sorted())")
    }

    @Test func everyCellAnswersAsTheContractSays() async throws {
        let pool = try await TestDatabase.shared.pool()
        let tenants = TenantStore(pool: pool, keyring: .test)
        let tenantA = try await tenants.create(name: "matrix A", webhookURL: nil, by: .test).id
        let tenantB = try await tenants.create(name: "matrix B", webhookURL: nil, by: .test).id
        let ticketA: UUID = try await pool.query(
            """
            INSERT INTO tickets (tenant_id, external_id, subject, customer_email)
            VALUES (\(tenantA)::uuid, 'MATRIX-A', 'Secret of tenant A', 'a@example.com') RETURNING id
            """
        ).rows[0].decode("id")
        var keys: [Caller: String] = [
            .unknown: APIKeyToken.generate().key,
            .agentA: try await TestKeys.create(pool, "agent-a", .agent, tenant: tenantA),
            .tenantAdminA: try await TestKeys.create(pool, "tadmin-a", .tenantAdmin, tenant: tenantA),
            .agentB: try await TestKeys.create(pool, "agent-b", .agent, tenant: tenantB),
            .tenantAdminB: try await TestKeys.create(pool, "tadmin-b", .tenantAdmin, tenant: tenantB),
            .admin: try await TestKeys.create(pool, "ops", .admin, tenant: nil),
            .breakGlass: InProcessAPI.adminToken,
        ]
        let revoked = try await KeyStore(pool: pool).create(name: "gone", role: .agent, tenantID: tenantA, by: .test)
        _ = try await KeyStore(pool: pool).revoke(revoked.record.id, scope: .all, by: .test)
        keys[.revoked] = revoked.key
        let expired = try await KeyStore(pool: pool).create(name: "old", role: .agent, tenantID: tenantA, by: .test)
        try await pool.query(
            "UPDATE api_keys SET expires_at = now() - interval '1 minute' WHERE id = \(expired.record.id)::uuid")
        keys[.expired] = expired.key
        let world = World(pool: pool, tenantA: tenantA, tenantB: tenantB, ticketA: ticketA, keys: keys)
        let credentials = keys
        let http = HTTPClient(maxConnections: 8)
        defer { http.shutdown() }

        let mismatches = try await InProcessAPI.with(pool: pool) { url -> [String] in
            var mismatches: [String] = []
            for row in Self.rows {
                for caller in Caller.allCases {
                    let expected: Int
                    switch caller {
                    case .none, .unknown, .revoked, .expired: expected = 401
                    case .agentA: expected = row.expected[0]
                    case .tenantAdminA: expected = row.expected[1]
                    case .agentB: expected = row.expected[2]
                    case .tenantAdminB: expected = row.expected[3]
                    case .admin, .breakGlass: expected = row.expected[4]
                    }
                    let (path, body) = try await row.request(world)
                    var headers = [HTTPHeader(name: "Content-Type", value: "application/json")]
                    if let key = credentials[caller] {
                        headers.append(HTTPHeader(name: "Authorization", value: "Bearer \(key)"))
                    }
                    let request = HTTPRequest(
                        method: row.method, url: url + path, headers: headers, body: body.map { Array($0.utf8) },
                        timeout: .seconds(10))
                    let (status, text) = try await Self.send(
                        request, http: http, streaming: row.path.hasSuffix("/stream"))
                    let cell = "\(row.method) \(row.path) as \(caller.rawValue)"
                    if status != expected {
                        mismatches.append("\(cell): \(status), expected \(expected): \(text.prefix(160))")
                    }
                    if status >= 400, (try? JSONDecoder().decode(ErrorBody.self, from: Data(text.utf8))) == nil {
                        mismatches.append("\(cell): error body not in the contract's shape: \(text.prefix(160))")
                    }
                    // Tenant B's keys must not even learn that A's ticket or tenant exist.
                    if [.agentB, .tenantAdminB].contains(caller),
                        text.contains(tenantA.lowercased) || text.contains(ticketA.lowercased)
                            || text.contains("Secret of tenant A")
                    {
                        mismatches.append("\(cell): the answer names tenant A's objects")
                    }
                }
            }
            return mismatches
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) cells differ:\n\(mismatches.joined(separator: "\n"))")
        await pool.close()
    }

    /// Status and body; an event stream is read for its headers only, then cancelled.
    static func send(_ request: HTTPRequest, http: HTTPClient, streaming: Bool) async throws -> (Int, String) {
        guard streaming else {
            let response = try await http.execute(request)
            return (response.status, response.text)
        }
        let response = try await http.stream(request, idleTimeout: .seconds(10))
        guard response.status == 200 else {
            var bytes: [UInt8] = []
            for try await chunk in response.body { bytes += chunk }
            return (response.status, String(decoding: bytes, as: UTF8.self))
        }
        response.cancel()
        return (200, "")
    }
}
