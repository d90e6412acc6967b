import Foundation

/// A policy article of the store's knowledge base (fixtures/kb.jsonl).
public struct KBArticle: Sendable, Equatable, Codable {
    public var id: String
    public var topic: String
    public var language: String
    public var title: String
    public var body: String
    /// Short statements a draft may cite verbatim.
    public var facts: [String]

    public init(id: String, topic: String, language: String, title: String, body: String, facts: [String]) {
        self.id = id
        self.topic = topic
        self.language = language
        self.title = title
        self.body = body
        self.facts = facts
    }
}

/// An order as the shop sends it (fixtures/orders.jsonl). Only these fields are read; the whole
/// record is stored as it came.
public struct OrderRecord: Sendable, Equatable, Codable {
    public struct Item: Sendable, Equatable, Codable {
        public var name: String
        public var quantity: Int

        public init(name: String, quantity: Int) {
            self.name = name
            self.quantity = quantity
        }
    }

    public var orderID: String
    public var customerEmail: String
    public var status: String
    public var placedAt: String?
    public var carrier: String?
    public var trackingNumber: String?
    public var estimatedDelivery: String?
    public var deliveredAt: String?
    public var items: [Item]?

    public init(
        orderID: String, customerEmail: String, status: String, placedAt: String? = nil, carrier: String? = nil,
        trackingNumber: String? = nil, estimatedDelivery: String? = nil, deliveredAt: String? = nil,
        items: [Item]? = nil
    ) {
        self.orderID = orderID
        self.customerEmail = customerEmail
        self.status = status
        self.placedAt = placedAt
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.estimatedDelivery = estimatedDelivery
        self.deliveredAt = deliveredAt
        self.items = items
    }

    enum CodingKeys: String, CodingKey {
        case status, carrier, items
        case orderID = "order_id"
        case customerEmail = "customer_email"
        case placedAt = "placed_at"
        case trackingNumber = "tracking_number"
        case estimatedDelivery = "estimated_delivery"
        case deliveredAt = "delivered_at"
    }

    /// The fields a draft may state, in a fixed order, with the names used in citations.
    public var citableFields: [(name: String, value: String)] {
        var fields: [(String, String)] = [("status", status)]
        if let placedAt { fields.append(("placed_at", String(placedAt.prefix(10)))) }
        if let carrier { fields.append(("carrier", carrier)) }
        if let trackingNumber { fields.append(("tracking_number", trackingNumber)) }
        if let estimatedDelivery { fields.append(("estimated_delivery", estimatedDelivery)) }
        if let deliveredAt { fields.append(("delivered_at", String(deliveredAt.prefix(10)))) }
        if let items, !items.isEmpty {
            fields.append(("items", items.map { "\($0.quantity) × \($0.name)" }.joined(separator: "; ")))
        }
        return fields
    }
}

/// A reply for one category and language, sent when no model may answer (fixtures/canned.jsonl).
public struct CannedReply: Sendable, Equatable, Codable {
    public var category: String
    public var language: String
    public var body: String

    public init(category: String, language: String, body: String) {
        self.category = category
        self.language = language
        self.body = body
    }
}
