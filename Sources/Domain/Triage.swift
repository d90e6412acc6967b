/// The triage vocabulary of CONTRACT.md. Raw values are the wire names.
public enum TicketCategory: String, Sendable, CaseIterable, Codable {
    case orderStatus = "order_status"
    case shippingDelay = "shipping_delay"
    case returnRefund = "return_refund"
    case cancellation
    case paymentBilling = "payment_billing"
    case productQuestion = "product_question"
    case damagedOrWrongItem = "damaged_or_wrong_item"
    case accountAccess = "account_access"
    case complaint
    case other
}

/// How soon a ticket needs an answer.
public enum TicketPriority: String, Sendable, CaseIterable, Codable {
    case urgent, high, normal, low
}

/// The customer's tone.
public enum TicketSentiment: String, Sendable, CaseIterable, Codable {
    case negative, neutral, positive
}

/// What produced a result: a provider's model, the cache, the local rules, or a canned reply.
public enum ResultSource: String, Sendable, CaseIterable, Codable {
    case model, cache, rules, canned
}

/// One ticket's triage: the structured output every provider (and the rules) must produce.
public struct TriageResult: Sendable, Equatable, Codable {
    public var category: TicketCategory
    public var priority: TicketPriority
    public var sentiment: TicketSentiment
    /// ISO 639-1, lower case (`en`, `es`, `de`, `fr`, `it`, …).
    public var language: String
    /// An order number mentioned in the ticket, if any.
    public var orderID: String?
    /// True when a person must handle the ticket whatever the draft says (fraud, legal, threats, VIP).
    public var needsHuman: Bool
    /// Why `needsHuman` is set; nil when it is not.
    public var needsHumanReason: String?

    public init(
        category: TicketCategory, priority: TicketPriority, sentiment: TicketSentiment, language: String,
        orderID: String? = nil, needsHuman: Bool = false, needsHumanReason: String? = nil
    ) {
        self.category = category
        self.priority = priority
        self.sentiment = sentiment
        self.language = language
        self.orderID = orderID
        self.needsHuman = needsHuman
        self.needsHumanReason = needsHumanReason
    }

    enum CodingKeys: String, CodingKey {
        case category, priority, sentiment, language
        case orderID = "order_id"
        case needsHuman = "needs_human"
        case needsHumanReason = "needs_human_reason"
    }
}
