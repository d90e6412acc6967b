import Foundation

/// Why a provider call produced no usable answer, classified so the gateway knows what to do:
/// retry (``isRetryable``), count it against the breaker (``countsAgainstBreaker``), or give up.
///
/// `description` never contains prompt or response text, so it is safe in logs and the ledger.
public struct ProviderFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        /// 429: the provider's own rate limit. `retryAfter` carries its `Retry-After`.
        case rateLimited = "rate_limited"
        /// 5xx, or 408 (the server gave up waiting for us).
        case server
        /// No answer within `LLM_TIMEOUT_MS` (or the gateway's total deadline).
        case timeout
        /// No connection, or the connection broke before a complete answer.
        case connection
        /// 401/403: the key is wrong or lacks access. Retrying cannot help.
        case auth
        /// Any other 4xx: our request was wrong. Retrying cannot help.
        case badRequest = "bad_request"
        /// The provider refused the content (`content_policy_violation`, a refusal, `content_filter`).
        case contentPolicy = "content_policy"
        /// A 2xx whose body is not a chat completion, or a response over the size cap.
        case malformed
        /// A well-formed completion whose output fails the task's schema.
        case schemaViolation = "schema_violation"
        /// This process's breaker for the model refused the call; nothing was sent.
        case breakerOpen = "breaker_open"
        /// The gateway's total deadline left no time to (re)try.
        case deadline
    }

    public var kind: Kind
    /// The HTTP status, when there was one.
    public var status: Int?
    /// How long the provider asked us to wait (429/503 `Retry-After`, `retry-after-ms`).
    public var retryAfter: Duration?
    /// A short, safe explanation (no customer or model text).
    public var message: String

    public init(_ kind: Kind, status: Int? = nil, retryAfter: Duration? = nil, message: String) {
        self.kind = kind
        self.status = status
        self.retryAfter = retryAfter
        self.message = message
    }

    /// The one retry loop retries only these: 408, 429, 5xx and connection errors.
    public var isRetryable: Bool {
        switch kind {
        case .rateLimited, .server, .connection: true
        default: false
        }
    }

    /// Failures that say the provider is unhealthy. A 4xx, a refusal or a schema failure says
    /// nothing about its health, and a 429 is the rate limiter's business.
    public var countsAgainstBreaker: Bool {
        switch kind {
        case .server, .timeout, .connection, .malformed: true
        default: false
        }
    }

    /// Whether another model might succeed where this one failed.
    public var worthAnotherModel: Bool {
        switch kind {
        case .rateLimited, .server, .timeout, .connection, .malformed, .schemaViolation, .breakerOpen: true
        case .auth, .badRequest, .contentPolicy, .deadline: false
        }
    }

    public var description: String {
        "\(kind.rawValue)\(status.map { " (HTTP \($0))" } ?? ""): \(message)"
    }

    /// Classifies a non-2xx response.
    public static func classify(status: Int, headers: [(String, String)], body: [UInt8]) -> ProviderFailure {
        let retryAfter = Self.retryAfter(headers)
        let code = errorCode(body)
        switch status {
        case 429:
            return ProviderFailure(.rateLimited, status: status, retryAfter: retryAfter, message: "provider rate limit")
        case 408, 500...599:
            return ProviderFailure(.server, status: status, retryAfter: retryAfter, message: "provider error")
        case 401, 403:
            return ProviderFailure(.auth, status: status, message: "the provider refused the API key")
        default:
            if code == "content_policy_violation" || code == "content_filter" {
                return ProviderFailure(
                    .contentPolicy, status: status, message: "refused by the provider's content policy")
            }
            return ProviderFailure(
                .badRequest, status: status,
                message: "the provider rejected the request\(code.map { " (\($0))" } ?? "")")
        }
    }

    /// `retry-after-ms` (OpenAI), else `Retry-After` in seconds or as an HTTP date; capped at 10 minutes.
    static func retryAfter(_ headers: [(String, String)]) -> Duration? {
        func value(_ name: String) -> String? {
            headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1.trimmingCharacters(in: .whitespaces)
        }
        let cap = 600.0
        if let ms = value("retry-after-ms").flatMap(Double.init), ms >= 0 {
            return .milliseconds(Int64(min(ms, cap * 1000)))
        }
        guard let text = value("retry-after") else { return nil }
        if let seconds = Double(text), seconds >= 0 { return .milliseconds(Int64(min(seconds, cap) * 1000)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        return .milliseconds(Int64(min(max(0, date.timeIntervalSinceNow), cap) * 1000))
    }

    /// `error.code` (or `error.type`) of an OpenAI error body.
    static func errorCode(_ body: [UInt8]) -> String? {
        struct Envelope: Decodable {
            struct Inner: Decodable {
                var code: String?
                var type: String?
            }
            var error: Inner?
        }
        guard let envelope = try? JSONDecoder().decode(Envelope.self, from: Data(body)) else { return nil }
        return envelope.error?.code ?? envelope.error?.type
    }
}
