import Foundation

/// An inbound ticket webhook, validated (CONTRACT.md, "Inbound: ticket webhooks").
public struct TicketWebhook: Sendable, Equatable {
    public enum EventType: String, Sendable, Codable, CaseIterable {
        case ticketCreated = "ticket.created"
        case messageAdded = "ticket.message_added"
    }

    public enum Author: String, Sendable, Codable, CaseIterable {
        case customer
        case agent
    }

    public struct Customer: Sendable, Equatable, Codable {
        public var email: String
        public var name: String?
        public init(email: String, name: String? = nil) {
            self.email = email
            self.name = name
        }
    }

    public struct Ticket: Sendable, Equatable, Codable {
        public var externalID: String
        /// Required for `ticket.created`; may be omitted when a message is added.
        public var subject: String?
        public var customer: Customer
        public var orderID: String?
        public var channel: String?

        public init(
            externalID: String, subject: String?, customer: Customer, orderID: String? = nil, channel: String? = nil
        ) {
            self.externalID = externalID
            self.subject = subject
            self.customer = customer
            self.orderID = orderID
            self.channel = channel
        }

        enum CodingKeys: String, CodingKey {
            case externalID = "external_id"
            case subject, customer
            case orderID = "order_id"
            case channel
        }
    }

    public struct Message: Sendable, Equatable, Codable {
        public var externalID: String
        public var author: Author
        public var body: String
        public var createdAt: Date

        public init(externalID: String, author: Author, body: String, createdAt: Date) {
            self.externalID = externalID
            self.author = author
            self.body = body
            self.createdAt = createdAt
        }

        enum CodingKeys: String, CodingKey {
            case externalID = "external_id"
            case author, body
            case createdAt = "created_at"
        }
    }

    public var type: EventType
    public var ticket: Ticket
    public var message: Message

    public init(type: EventType, ticket: Ticket, message: Message) {
        self.type = type
        self.ticket = ticket
        self.message = message
    }

    /// Limits on field sizes; the 256 KiB body limit bounds the total.
    public enum Limits {
        public static let externalID = 200
        public static let subject = 1_000
        public static let email = 320
        public static let name = 200
        public static let channel = 50
    }

    /// Parses and validates a request body. Errors name the offending field.
    public static func parse(_ body: some Collection<UInt8>) throws(PayloadError) -> TicketWebhook {
        let raw: RawWebhook
        do {
            raw = try JSONDecoder().decode(RawWebhook.self, from: Data(body))
        } catch let error as DecodingError {
            throw PayloadError(decoding: error)
        } catch {
            throw PayloadError(code: .invalidJSON, message: "the body is not valid JSON")
        }
        return try raw.validated()
    }
}

/// Why a webhook body was refused (answered with 400).
public struct PayloadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case invalidJSON = "invalid_json"
        case missingField = "missing_field"
        case invalidField = "invalid_field"
        case unknownEventType = "unknown_event_type"
    }

    public let code: Code
    /// A sentence naming the field; never echoes field values.
    public let message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    init(decoding error: DecodingError) {
        func path(_ context: DecodingError.Context, _ key: CodingKey? = nil) -> String {
            let keys = context.codingPath + (key.map { [$0] } ?? [])
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return text.isEmpty ? "the body" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(code: .missingField, message: "\(path(context, key)) is required")
        case .valueNotFound(_, let context):
            self.init(code: .missingField, message: "\(path(context)) must not be null")
        case .typeMismatch(let type, let context):
            self.init(code: .invalidField, message: "\(path(context)) must be \(Self.jsonTypeName(type))")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                self.init(code: .invalidJSON, message: "the body is not valid JSON")
            } else {
                self.init(code: .invalidField, message: "\(path(context)) is not valid")
            }
        @unknown default:
            self.init(code: .invalidJSON, message: "the body could not be decoded")
        }
    }

    static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "a boolean"
        default: return "an object"
        }
    }

    public var description: String { "\(code.rawValue): \(message)" }
}

/// The wire shape, decoded loosely so validation can name exactly what is wrong.
private struct RawWebhook: Decodable {
    struct RawTicket: Decodable {
        let external_id: String
        let subject: String?
        let customer: RawCustomer
        let order_id: String?
        let channel: String?
    }
    struct RawCustomer: Decodable {
        let email: String
        let name: String?
    }
    struct RawMessage: Decodable {
        let external_id: String
        let author: String
        let body: String
        let created_at: String
    }

    let type: String
    let ticket: RawTicket
    let message: RawMessage

    func validated() throws(PayloadError) -> TicketWebhook {
        guard let eventType = TicketWebhook.EventType(rawValue: type) else {
            let known = TicketWebhook.EventType.allCases.map(\.rawValue).joined(separator: ", ")
            throw PayloadError(code: .unknownEventType, message: "type must be one of: \(known)")
        }
        typealias L = TicketWebhook.Limits
        let ticketID = try Self.text(ticket.external_id, "ticket.external_id", max: L.externalID)
        var subject: String?
        if let given = ticket.subject {
            subject = try Self.text(given, "ticket.subject", max: L.subject, allowEmpty: true)
        } else if eventType == .ticketCreated {
            throw PayloadError(code: .missingField, message: "ticket.subject is required for ticket.created")
        }
        let email = try Self.text(ticket.customer.email, "ticket.customer.email", max: L.email)
        guard email.contains("@"), !email.hasPrefix("@"), !email.hasSuffix("@") else {
            throw PayloadError(code: .invalidField, message: "ticket.customer.email is not an email address")
        }
        let name = try ticket.customer.name.map { n throws(PayloadError) in
            try Self.text(n, "ticket.customer.name", max: L.name, allowEmpty: true)
        }
        let orderID = try ticket.order_id.map { o throws(PayloadError) in
            try Self.text(o, "ticket.order_id", max: L.externalID)
        }
        let channel = try ticket.channel.map { c throws(PayloadError) in
            try Self.text(c, "ticket.channel", max: L.channel)
        }
        let messageID = try Self.text(message.external_id, "message.external_id", max: L.externalID)
        guard let author = TicketWebhook.Author(rawValue: message.author) else {
            throw PayloadError(code: .invalidField, message: "message.author must be customer or agent")
        }
        guard !message.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw PayloadError(code: .invalidField, message: "message.body must not be empty")
        }
        guard !message.body.utf8.contains(0) else {
            throw PayloadError(code: .invalidField, message: "message.body must not contain NUL characters")
        }
        guard let createdAt = RFC3339.parse(message.created_at) else {
            throw PayloadError(
                code: .invalidField,
                message: "message.created_at must be an RFC 3339 timestamp such as 2026-11-20T10:00:00Z")
        }
        return TicketWebhook(
            type: eventType,
            ticket: .init(
                externalID: ticketID, subject: subject, customer: .init(email: email, name: name),
                orderID: orderID, channel: channel),
            message: .init(externalID: messageID, author: author, body: message.body, createdAt: createdAt)
        )
    }

    static func text(
        _ value: String, _ field: String, max: Int, allowEmpty: Bool = false
    ) throws(PayloadError) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if !allowEmpty, trimmed.isEmpty {
            throw PayloadError(code: .invalidField, message: "\(field) must not be empty")
        }
        guard trimmed.count <= max else {
            throw PayloadError(code: .invalidField, message: "\(field) is longer than \(max) characters")
        }
        guard !trimmed.utf8.contains(0) else {
            throw PayloadError(code: .invalidField, message: "\(field) must not contain NUL characters")
        }
        return trimmed
    }
}
