import Foundation

/// An outbound event about the ticket (e.g. `draft.approved`) and how its delivery is going.
/// Mirrors the store's `EventDelivery`, reduced to what an agent needs to see.
public struct DeliveryInfo: Sendable, Equatable {
    /// `delivered`, `pending` or `dead` (plus anything newer, shown as is).
    public enum State: Sendable, Hashable {
        case pending
        case delivered
        case dead
        case other(String)

        /// Maps the store's `delivery_state` text.
        public init(text: String) {
            switch text {
            case "pending": self = .pending
            case "delivered": self = .delivered
            case "dead": self = .dead
            default: self = .other(text)
            }
        }

        public var text: String {
            switch self {
            case .pending: "pending"
            case .delivered: "delivered"
            case .dead: "dead"
            case .other(let text): text
            }
        }
    }

    public var eventID: String
    public var type: String
    public var state: State
    public var attempts: Int
    /// The HTTP status of the last attempt; nil when it got no response.
    public var lastStatus: Int?
    /// The last attempt's error, empty when none.
    public var lastError: String
    public var createdAt: Date
    public var deliveredAt: Date?

    public init(
        eventID: String, type: String, state: State, attempts: Int, lastStatus: Int? = nil, lastError: String = "",
        createdAt: Date, deliveredAt: Date? = nil
    ) {
        self.eventID = eventID
        self.type = type
        self.state = state
        self.attempts = attempts
        self.lastStatus = lastStatus
        self.lastError = lastError
        self.createdAt = createdAt
        self.deliveredAt = deliveredAt
    }
}
