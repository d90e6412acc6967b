import Domain
import Foundation

/// One model call as the pipeline asks for it. The gateway renders the prompt (redacting customer
/// text), routes, and applies every guard; callers never build wire requests themselves.
public struct ModelRequest: Sendable {
    public var task: ModelTask
    public var tenantID: UUID?
    public var ticketID: UUID?
    /// Travels into the ledger and every log line of the call.
    public var correlationID: String?
    public var input: PromptInput
    /// Router hints from the triage, when known.
    public var priority: TicketPriority?
    public var sentiment: TicketSentiment?
    public var template: PromptTemplate

    public init(
        task: ModelTask, tenantID: UUID?, ticketID: UUID? = nil, correlationID: String? = nil, input: PromptInput,
        priority: TicketPriority? = nil, sentiment: TicketSentiment? = nil, template: PromptTemplate? = nil
    ) {
        self.task = task
        self.tenantID = tenantID
        self.ticketID = ticketID
        self.correlationID = correlationID
        self.input = input
        self.priority = priority
        self.sentiment = sentiment
        self.template = template ?? .for(task)
    }
}

/// A usable answer, validated against the task's ``OutputContract``.
public struct ModelCompletion: Sendable, Equatable {
    public var content: String
    /// `model`, `cache` or `rules` (the local provider).
    public var source: ResultSource
    public var model: String
    public var tier: ModelTier?
    /// The router's reason, with any fallback along the chain appended.
    public var reason: String
    public var tokensIn: Int
    public var tokensOut: Int
    public var costUSD: Double
    public var attempts: Int
}

/// Why the gateway produced no answer; the caller falls back to rules or a canned reply and
/// records `reason` where agents see it.
public struct Fallback: Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        case aiOff = "ai_off"
        case featureOff = "feature_off"
        case budgetExhausted = "budget_exhausted"
        case breakerOpen = "breaker_open"
        case providerFailed = "provider_failed"
        case invalidOutput = "invalid_output"
        case storeUnavailable = "store_unavailable"
    }

    public var reason: Reason
    /// A safe sentence for logs and the dashboard (never customer or model text).
    public var detail: String

    public init(_ reason: Reason, _ detail: String) {
        self.reason = reason
        self.detail = detail
    }

    public var description: String { "\(reason.rawValue): \(detail)" }
}

public enum GatewayOutcome: Sendable, Equatable {
    case completed(ModelCompletion)
    case fallback(Fallback)
}
