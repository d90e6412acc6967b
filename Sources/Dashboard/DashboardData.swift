import DashboardCore
import Domain
import Foundation
import HTTPClient
import Logging

/// The dashboard's reads and review actions, through the HTTP API with the agent's key, in the
/// view model's types. It holds no database credentials: what an agent sees is what the key's
/// tenant may see. Errors come back as messages safe to show on screen.
public struct DashboardData: Sendable {
    let client: HTTPClient
    let baseURL: String
    let apiKey: String
    /// An admin key's tenant filter; nil for everyone else (the key decides).
    let tenant: UUID?
    let logger: Logger

    public init(client: HTTPClient, baseURL: String, apiKey: String, tenant: UUID?, logger: Logger) {
        self.client = client
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.tenant = tenant
        self.logger = logger
    }

    /// Who the key is: the name reviews are recorded under.
    func me() async throws -> MeWire {
        try WireJSON.decode(MeWire.self, from: try await get("/v1/me"))
    }

    /// The window of the inbox `request` asks for, with the total and the header's counts.
    public func page(_ request: InboxRequest) async throws -> DashboardCore.InboxPage {
        let list = try WireJSON.decode(
            DraftListWire.self, from: try await get("/v1/drafts", query: request.queryItems(tenant: tenant)))
        return DashboardCore.InboxPage(
            answering: request, total: list.total, rows: list.drafts.map(InboxRow.init),
            counts: ReviewCounts(list.counts))
    }

    /// The ticket view: thread, triage, summary, newest draft, the order fields it cites, deliveries.
    public func ticket(_ id: UUID) async throws -> DashboardCore.TicketDetail? {
        do {
            return DashboardCore.TicketDetail(
                try WireJSON.decode(TicketWire.self, from: try await get("/v1/tickets/\(id.lowercased)")))
        } catch let error as DashboardAPIError where error.status == 404 {
            return nil
        }
    }

    public func status() async throws -> StatusSummary {
        var query: [URLQueryItem] = []
        if let tenant { query.append(URLQueryItem(name: "tenant_id", value: tenant.lowercased)) }
        return StatusSummary(try WireJSON.decode(StatusWire.self, from: try await get("/v1/status", query: query)))
    }

    /// Approves under the key's name; a draft someone else handled first comes back `.alreadyReviewed`.
    public func approve(_ draftID: UUID, editedBody: String?) async -> ReviewOutcome {
        var body: [String: String] = [:]
        if let editedBody { body["body"] = editedBody }
        return await review(draftID, action: "approve", body: body)
    }

    public func reject(_ draftID: UUID, reason: String?) async -> ReviewOutcome {
        var body: [String: String] = [:]
        if let reason { body["reason"] = reason }
        return await review(draftID, action: "reject", body: body)
    }

    func review(_ draftID: UUID, action: String, body: [String: String]) async -> ReviewOutcome {
        let outcome: ReviewOutcome
        do {
            let response = try await send(
                "POST", "/v1/drafts/\(draftID.lowercased)/\(action)", body: try JSONEncoder().encode(body))
            outcome = try Self.outcome(status: response.status, body: response.body)
        } catch {
            logger.error(
                "review failed",
                metadata: ["draft_id": "\(draftID.lowercased)", "action": "\(action)", "error": "\(error)"])
            return .failed(message: Self.safeMessage(error))
        }
        logger.info(
            "draft reviewed",
            metadata: ["draft_id": "\(draftID.lowercased)", "action": "\(action)", "result": "\(outcome)"])
        return outcome
    }

    /// Reads a review's answer: 200, or the 409 that says who was first.
    static func outcome(status: Int, body: [UInt8]) throws -> ReviewOutcome {
        struct Answer: Decodable {
            let status: String
        }
        switch status {
        case 200:
            return try WireJSON.decode(Answer.self, from: body).status == "rejected" ? .rejected : .approved
        case 404: return .notFound
        case 409:
            let error = try WireJSON.decode(ErrorWire.self, from: body).error
            let details = error.details ?? [:]
            if error.code == "draft_superseded" {
                return .superseded(at: details["superseded_at"].flatMap(RFC3339.parse) ?? Date())
            }
            return .alreadyReviewed(
                status: details["status"].flatMap(DraftStatus.init(rawValue:)) ?? .approved,
                by: details["reviewed_by"] ?? "someone", at: details["reviewed_at"].flatMap(RFC3339.parse) ?? Date())
        default:
            throw DashboardAPIError(status: status, body: body)
        }
    }

    func get(_ path: String, query: [URLQueryItem] = []) async throws -> [UInt8] {
        let response = try await send("GET", path, query: query)
        guard response.status == 200 else { throw DashboardAPIError(status: response.status, body: response.body) }
        return response.body
    }

    func send(
        _ method: String, _ path: String, query: [URLQueryItem] = [], body: Data? = nil
    ) async throws
        -> HTTPResponse
    {
        var components = URLComponents()
        components.queryItems = query.isEmpty ? nil : query
        let url = baseURL + path + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
        var headers = [
            HTTPHeader(name: "Authorization", value: "Bearer \(apiKey)"),
            HTTPHeader(name: "Accept", value: "application/json"),
        ]
        if body != nil { headers.append(HTTPHeader(name: "Content-Type", value: "application/json")) }
        return try await client.execute(
            HTTPRequest(
                method: method, url: url, headers: headers, body: body.map { Array($0) }, timeout: .seconds(15),
                connectTimeout: .seconds(5), maxResponseBytes: 16 << 20))
    }

    /// What an agent may see of a failure: the server's own message, or what went wrong in words.
    static func safeMessage(_ error: any Error) -> String {
        switch error {
        case let error as DashboardAPIError: error.description
        case let error as HTTPClientError: "cannot reach the server (\(error.kind.rawValue)); retrying"
        case is DecodingError: "the server's answer was not understood (a newer server?)"
        default: "unexpected error (\(type(of: error)))"
        }
    }
}

/// A non-success answer from the API, in the words an agent can act on.
struct DashboardAPIError: Error, CustomStringConvertible {
    let status: Int
    let code: String
    let message: String

    init(status: Int, body: [UInt8]) {
        self.status = status
        let error = try? WireJSON.decode(ErrorWire.self, from: body).error
        code = error?.code ?? "http_\(status)"
        message = error?.message ?? "HTTP \(status)"
    }

    var description: String {
        switch status {
        case 401: "the API key was refused (\(message)); start the dashboard with a valid SUPPORTBOT_API_KEY"
        case 403: "this key may not do that (\(message))"
        case 503: "the server's database is unavailable; retrying"
        default: message
        }
    }
}
