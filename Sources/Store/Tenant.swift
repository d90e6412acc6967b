import Domain
import Foundation

/// A tenant as operators see it; secrets are never part of it.
public struct Tenant: Sendable, Equatable, Codable {
    @LowercasedUUID public var id: UUID
    public var name: String
    public var webhookURL: String?
    public var webhookEnabled: Bool
    /// Why delivery was switched off (410 Gone, failing past the grace period); empty when on.
    public var webhookDisabledReason: String
    /// Weighs the tenant's claims and sets its default budgets (see ``Plan``).
    public var plan: Plan
    /// The tenant's own budget; nil means its plan's default applies.
    public var dailyBudgetUSD: Double?
    public var monthlyBudgetUSD: Double?
    public var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, name
        case webhookURL = "webhook_url"
        case webhookEnabled = "webhook_enabled"
        case webhookDisabledReason = "webhook_disabled_reason"
        case plan
        case dailyBudgetUSD = "daily_budget_usd"
        case monthlyBudgetUSD = "monthly_budget_usd"
        case createdAt = "created_at"
    }
}

/// A newly created tenant with its secrets, shown to the operator exactly once.
public struct CreatedTenant: Sendable, Codable {
    @LowercasedUUID public var id: UUID
    public var inboundSecret: String
    public var outboundSecret: String

    enum CodingKeys: String, CodingKey {
        case id
        case inboundSecret = "inbound_secret"
        case outboundSecret = "outbound_secret"
    }
}

/// What the intake needs to verify a tenant's webhooks.
public struct TenantCredentials: Sendable {
    public var id: UUID
    public var inboundSecrets: [WebhookSecret]
    /// When the previous inbound secret stops being accepted (nil outside a rotation's overlap).
    public var previousValidUntil: Date?

    public init(id: UUID, inboundSecrets: [WebhookSecret], previousValidUntil: Date? = nil) {
        self.id = id
        self.inboundSecrets = inboundSecrets
        self.previousValidUntil = previousValidUntil
    }
}
