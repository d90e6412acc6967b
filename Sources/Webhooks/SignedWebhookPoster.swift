import Domain
import Foundation
import HTTPClient

/// Posts one JSON body signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`,
/// `webhook-signature`), once, and says how it went. Retries belong to the caller: the sender,
/// the benchmark and (later) the delivery worker each have their own policy.
public struct SignedWebhookPoster: Sendable {
    public let client: HTTPClient
    public let url: String
    /// One signature per secret is sent, so receivers verify during a rotation overlap.
    public let secrets: [WebhookSecret]
    public let timeout: Duration
    /// Response bytes kept; a longer body is cut there and not read further (the status is what
    /// counts), so a receiver answering with megabytes, or forever, costs nothing.
    public let responseLimit: Int
    /// Where the POST may connect; deliveries to tenants' URLs pass `.publicOnly`.
    public let addressPolicy: HTTPRequest.AddressPolicy
    /// Whether a proxy from the environment may carry the POST; deliveries pass `.none`.
    public let proxy: HTTPRequest.Proxy

    public init(
        client: HTTPClient, url: String, secrets: [WebhookSecret], timeout: Duration = .seconds(15),
        responseLimit: Int = 64 * 1024, addressPolicy: HTTPRequest.AddressPolicy = .any,
        proxy: HTTPRequest.Proxy = .environment
    ) {
        self.client = client
        self.url = url
        self.secrets = secrets
        self.timeout = timeout
        self.responseLimit = responseLimit
        self.addressPolicy = addressPolicy
        self.proxy = proxy
    }

    /// Signs `body` with `webhookID` at `timestamp` and posts it.
    public func post(
        body: [UInt8], webhookID: String, timestamp: Date = Date(), extraHeaders: [HTTPHeader] = []
    ) async -> WebhookPostResult {
        let seconds = Int64(timestamp.timeIntervalSince1970)
        let signature = WebhookSignature.signatureHeader(
            id: webhookID, timestamp: seconds, body: body, secrets: secrets)
        let request = HTTPRequest(
            method: "POST", url: url,
            headers: [
                HTTPHeader(name: "Content-Type", value: "application/json"),
                HTTPHeader(name: "webhook-id", value: webhookID),
                HTTPHeader(name: "webhook-timestamp", value: String(seconds)),
                HTTPHeader(name: "webhook-signature", value: signature),
            ] + extraHeaders,
            body: body, timeout: timeout, maxResponseBytes: responseLimit, truncatesResponse: true,
            addressPolicy: addressPolicy, proxy: proxy)
        let started = ContinuousClock.now
        do {
            let response = try await client.execute(request)
            return WebhookPostResult(outcome: .response(response), latency: ContinuousClock.now - started)
        } catch {
            return WebhookPostResult(outcome: .failed(error), latency: ContinuousClock.now - started)
        }
    }
}

/// What one signed POST produced.
public struct WebhookPostResult: Sendable {
    public enum Outcome: Sendable {
        case response(HTTPResponse)
        case failed(HTTPClientError)
    }

    public let outcome: Outcome
    public let latency: Duration

    /// The HTTP status, or nil when no response arrived.
    public var status: Int? {
        if case .response(let response) = outcome { return response.status }
        return nil
    }

    /// 2xx only: a redirect is not a delivery.
    public var succeeded: Bool { status.map { (200..<300).contains($0) } ?? false }

    /// Worth another attempt later: no answer, 408, 429 or 5xx.
    public var isTransient: Bool {
        guard let status else { return true }
        return status == 408 || status == 429 || status >= 500
    }

    /// The server's `Retry-After` in seconds, when it sent a number.
    public var retryAfter: Duration? {
        guard case .response(let response) = outcome,
            let value = response.header(named: "Retry-After").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
            value >= 0
        else { return nil }
        return .seconds(value)
    }

    /// A short reason for reports: the error code of a contract-shaped body, or the client error kind.
    public var reason: String {
        switch outcome {
        case .failed(let error):
            return error.kind.rawValue
        case .response(let response):
            struct Envelope: Decodable {
                struct Detail: Decodable { let code: String }
                let error: Detail
            }
            if let envelope = try? JSONDecoder().decode(Envelope.self, from: Data(response.body)) {
                return "\(response.status) \(envelope.error.code)"
            }
            return "\(response.status)"
        }
    }
}
