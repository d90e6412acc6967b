import Domain
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Store

/// `POST /v1/tenants/{tenant_id}/webhooks/tickets`: verify, validate, store, then answer.
struct IntakeController: Sendable {
    let intake: IntakeStore
    let tenants: TenantCredentialCache
    let limiter: IntakeRateLimiter
    let now: @Sendable () -> Date

    struct Accepted: Encodable {
        @LowercasedUUID var ticket_id: UUID
        let duplicate: Bool
    }

    func register(on router: Router<APIRequestContext>) {
        router.post("/v1/tenants/:tenant_id/webhooks/tickets") { request, context in
            try await self.receive(request, context: context)
        }
    }

    func receive(_ request: Request, context: APIRequestContext) async throws -> Response {
        // Cheap checks first, and nothing parsed before the signature holds.
        guard Self.isJSON(request.headers[.contentType]) else {
            throw APIError(
                .unsupportedMediaType, code: "unsupported_media_type",
                message: "send the webhook with Content-Type: application/json")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > APIRequestContext.maxBodyBytes {
            throw Self.tooLarge
        }
        guard let tenantID = context.parameters.get("tenant_id").flatMap(UUID.init(uuidString:)) else {
            throw APIError.notFound("no tenant with this id")
        }
        let credentials: TenantCredentials
        switch try await tenants.credentials(for: tenantID) {
        case .found(let found): credentials = found
        case .unknown: throw APIError.notFound("no tenant with this id")
        case .busy: throw APIError.overloaded(retryAfterSeconds: 1)
        }

        let body = try await Self.collect(request.body, limit: APIRequestContext.maxBodyBytes)
        let webhookID = request.headers[.webhookID]
        do {
            try WebhookSignature.verify(
                id: webhookID, timestamp: request.headers[.webhookTimestamp],
                signatures: request.headers[.webhookSignature], body: body,
                secrets: credentials.inboundSecrets, now: now())
        } catch {
            let reason = error.description
            context.logger.info(
                "webhook signature refused", metadata: ["tenant.id": "\(tenantID.lowercased)", "reason": "\(reason)"])
            throw APIError(.unauthorized, code: "invalid_signature", message: reason)
        }
        // Only a signed webhook spends the tenant's allowance: nobody else can use it up.
        if case .limited(let wait) = limiter.take(tenantID) {
            throw APIError.rateLimited(retryAfterSeconds: Int(wait.rounded(.up)), limit: limiter.rate)
        }
        let webhook: TicketWebhook
        do {
            webhook = try TicketWebhook.parse(body)
        } catch {
            throw APIError.badRequest(error.code.rawValue, error.message)
        }
        guard let webhookID, webhookID.utf8.count <= 255 else {
            throw APIError.badRequest("invalid_field", "webhook-id is longer than 255 characters")
        }

        let outcome = try await intake.accept(tenantID: tenantID, webhookID: webhookID, webhook: webhook)
        var logger = context.logger
        logger[metadataKey: "correlation_id"] = "\(webhookID)"
        logger[metadataKey: "tenant.id"] = "\(tenantID.lowercased)"
        logger[metadataKey: "ticket.id"] = "\(outcome.ticketID.lowercased)"
        if outcome.duplicate {
            logger.info("ticket webhook duplicate")
        } else {
            logger.info(
                "ticket webhook accepted",
                metadata: [
                    "event.type": "\(webhook.type.rawValue)", "ticket.created": "\(outcome.createdTicket)",
                    "job.id": "\(outcome.jobID.map(String.init) ?? "none")",
                ])
            logger.debug("ticket webhook body", metadata: ["message.body": "\(webhook.message.body)"])
        }
        return try JSONBody.response(
            Accepted(ticket_id: outcome.ticketID, duplicate: outcome.duplicate),
            status: outcome.duplicate ? .ok : .accepted)
    }

    static let tooLarge = APIError(
        .contentTooLarge, code: "payload_too_large",
        message: "the body is larger than \(APIRequestContext.maxBodyBytes / 1024) KiB")

    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mediaType = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        return mediaType.trimmingCharacters(in: .whitespaces).lowercased() == "application/json"
    }

    /// Reads the body up to `limit` bytes; more is a 413, whatever Content-Length said.
    static func collect(_ body: RequestBody, limit: Int) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await buffer in body {
            guard bytes.count + buffer.readableBytes <= limit else { throw tooLarge }
            bytes.append(contentsOf: buffer.readableBytesView)
        }
        return bytes
    }
}

extension HTTPField.Name {
    static let webhookID = Self("webhook-id")!
    static let webhookTimestamp = Self("webhook-timestamp")!
    static let webhookSignature = Self("webhook-signature")!
}
