import Foundation
import Hummingbird

/// An error answered to an HTTP client in CONTRACT.md's shape:
/// `{"error": {"code": "snake_case_code", "message": "human sentence"}}`.
public struct APIError: Error, HTTPResponseError, Sendable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    public var headers: HTTPFields
    /// Facts a client acts on, beside the message (a 409's `status`, `reviewed_by`, `reviewed_at`).
    public var details: [String: String]

    public init(
        _ status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:],
        details: [String: String] = [:]
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
        self.details = details
    }

    public var description: String { "\(status.code) \(code): \(message)" }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        let body = ErrorBody(error: .init(code: code, message: message, details: details.isEmpty ? nil : details))
        return Response(status: status, headers: headers, body: .init(byteBuffer: try JSONBody.encode(body)))
    }

    struct ErrorBody: Encodable {
        struct Detail: Encodable {
            let code: String
            let message: String
            let details: [String: String]?
        }
        let error: Detail
    }

    // MARK: Common answers

    static func unauthorized(_ message: String) -> APIError {
        APIError(.unauthorized, code: "unauthorized", message: message)
    }

    static func forbidden(_ message: String) -> APIError {
        APIError(.forbidden, code: "forbidden", message: message)
    }

    static func notFound(_ what: String) -> APIError {
        APIError(.notFound, code: "not_found", message: what)
    }

    static func badRequest(_ code: String, _ message: String) -> APIError {
        APIError(.badRequest, code: code, message: message)
    }

    /// 503 with `Retry-After`, for a database that is down or saturated: clients retry later.
    static func databaseUnavailable(retryAfterSeconds: Int = 5) -> APIError {
        var headers = HTTPFields()
        headers[.retryAfter] = String(retryAfterSeconds)
        return APIError(
            .serviceUnavailable, code: "database_unavailable",
            message: "the database is unavailable; nothing was stored, retry after \(retryAfterSeconds) seconds",
            headers: headers)
    }

    /// 429 with `Retry-After`: a tenant sending faster than `SUPPORTBOT_INTAKE_RATE`.
    static func rateLimited(retryAfterSeconds: Int, limit: Double) -> APIError {
        var headers = HTTPFields()
        headers[.retryAfter] = String(max(1, retryAfterSeconds))
        return APIError(
            .tooManyRequests, code: "rate_limited",
            message: "more than \(Int(limit)) webhooks per second for this tenant; nothing was stored, retry after "
                + "\(max(1, retryAfterSeconds)) seconds", headers: headers)
    }

    /// 503 with `Retry-After` for a server protecting itself (too many lookups in flight).
    static func overloaded(retryAfterSeconds: Int) -> APIError {
        var headers = HTTPFields()
        headers[.retryAfter] = String(retryAfterSeconds)
        return APIError(
            .serviceUnavailable, code: "overloaded",
            message: "the server is busy; nothing was stored, retry after \(retryAfterSeconds) seconds",
            headers: headers)
    }

    static let internalError = APIError(
        .internalServerError, code: "internal_error", message: "an internal error occurred; it has been logged")
}

/// JSON responses with the encoder settings every route shares.
enum JSONBody {
    static func encode(_ value: some Encodable) throws -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
        }
        return ByteBuffer(bytes: try encoder.encode(value))
    }

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: try encode(value)))
    }
}
