import API
import Domain
import Foundation
import HTTPClient
import Logging
import Postgres
import ServiceLifecycle
import Store
import TestSupport
import Webhooks

/// The real application on a free loopback port (``InProcessAPI``), stopped by graceful shutdown
/// when `body` returns.
enum RunningServer {
    static let adminToken = InProcessAPI.adminToken

    static func with<T: Sendable>(
        pool: PostgresPool, adminToken: String? = RunningServer.adminToken, logger: Logger? = nil,
        configure: @Sendable (inout APIServer.Configuration) -> Void = { _ in },
        _ body: @Sendable (_ baseURL: String) async throws -> T
    ) async throws -> T {
        try await InProcessAPI.with(pool: pool, adminToken: adminToken, logger: logger, configure: configure, body)
    }
}

/// A tenant and a client that posts its webhooks.
struct IntakeClient: Sendable {
    let http: HTTPClient
    let baseURL: String
    let tenantID: UUID
    let secret: WebhookSecret

    /// A new tenant on `pool`, the real server in front of it, and a client for both.
    static func withServer(
        pool: PostgresPool, name: String = "api", logger: Logger? = nil,
        configure: @Sendable (inout APIServer.Configuration) -> Void = { _ in },
        _ body: @Sendable (IntakeClient) async throws -> Void
    ) async throws {
        let created = try await TenantStore(pool: pool, keyring: .test).create(name: name, webhookURL: nil, by: .test)
        let http = HTTPClient(maxConnections: 64)
        defer { http.shutdown() }
        try await RunningServer.with(pool: pool, logger: logger, configure: configure) {
            (baseURL: String) async throws in
            let client = IntakeClient(
                http: http, baseURL: baseURL, tenantID: created.id,
                secret: WebhookSecret(encoded: created.inboundSecret)!)
            try await body(client)
        }
    }

    var endpoint: String { "\(baseURL)/v1/tenants/\(tenantID.lowercased)/webhooks/tickets" }

    /// A correctly signed POST.
    func post(
        _ body: String, id: String = "msg_\(UUID().uuidString)", at time: Date = Date()
    ) async throws -> HTTPResponse {
        let result = await SignedWebhookPoster(client: http, url: endpoint, secrets: [secret]).post(
            body: Array(body.utf8), webhookID: id, timestamp: time)
        switch result.outcome {
        case .response(let response): return response
        case .failed(let error): throw error
        }
    }

    /// A POST with exactly these headers.
    func raw(_ body: [UInt8], headers: [HTTPHeader], url: String? = nil) async throws -> HTTPResponse {
        try await http.execute(HTTPRequest(method: "POST", url: url ?? endpoint, headers: headers, body: body))
    }

    func get(_ path: String, token: String? = RunningServer.adminToken) async throws -> HTTPResponse {
        let headers = token.map { [HTTPHeader(name: "Authorization", value: "Bearer \($0)")] } ?? []
        return try await http.execute(HTTPRequest(url: baseURL + path, headers: headers))
    }
}

/// Webhook bodies in CONTRACT.md's shape.
enum Bodies {
    static func created(
        ticket: String = "ZD-1001", message: String = "m-1", body: String = "Hi, my order 1042 hasn't arrived"
    ) -> String {
        """
        {"type":"ticket.created","ticket":{"external_id":"\(ticket)","subject":"Where is my order?",\
        "customer":{"email":"ana@example.com","name":"Ana"},"order_id":"1042","channel":"email"},\
        "message":{"external_id":"\(message)","author":"customer","body":"\(body)","created_at":"2026-11-20T10:00:00Z"}}
        """
    }

    static func added(ticket: String = "ZD-1001", message: String, author: String = "customer") -> String {
        """
        {"type":"ticket.message_added","ticket":{"external_id":"\(ticket)",\
        "customer":{"email":"ana@example.com"}},\
        "message":{"external_id":"\(message)","author":"\(author)","body":"Any news?","created_at":"2026-11-20T11:00:00Z"}}
        """
    }
}

/// The contract's error body.
struct ErrorBody: Decodable {
    struct Detail: Decodable {
        let code: String
        let message: String
    }
    let error: Detail

    init(_ response: HTTPResponse) throws {
        self = try JSONDecoder().decode(ErrorBody.self, from: Data(response.body))
    }
}

struct Accepted: Decodable {
    let ticket_id: String
    let duplicate: Bool

    init(_ response: HTTPResponse) throws {
        self = try JSONDecoder().decode(Accepted.self, from: Data(response.body))
    }
}

/// Parses a JSON object for shape checks.
func jsonObject(_ response: HTTPResponse) throws -> [String: Any] {
    guard let object = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] else {
        throw TestFailure("the body is not a JSON object: \(response.text)")
    }
    return object
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
