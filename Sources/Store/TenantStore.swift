import Domain
import Foundation
import Postgres

/// Tenants: creation with fresh secrets, listing, updates, and credentials for the intake.
public struct TenantStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Creates a tenant with new inbound and outbound secrets (24+ random bytes each).
    public func create(
        name: String, webhookURL: String?, dailyBudgetUSD: Double? = nil, monthlyBudgetUSD: Double? = nil
    ) async throws -> CreatedTenant {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 200 else {
            throw StoreError(.invalidArgument, "tenant name must be 1 to 200 characters")
        }
        try Self.checkBudget(dailyBudgetUSD, "daily budget")
        try Self.checkBudget(monthlyBudgetUSD, "monthly budget")
        let inbound = WebhookSecret.generate()
        let outbound = WebhookSecret.generate()
        let row = try await pool.query(
            """
            INSERT INTO tenants (name, inbound_secret, outbound_secret, webhook_url, daily_budget_usd, monthly_budget_usd)
            VALUES (\(trimmed), \(inbound.encoded), \(outbound.encoded), \(webhookURL),
                    \(dailyBudgetUSD)::numeric, \(monthlyBudgetUSD)::numeric)
            RETURNING id
            """
        ).first!
        return CreatedTenant(id: try row.decode("id"), inboundSecret: inbound.encoded, outboundSecret: outbound.encoded)
    }

    public func list() async throws -> [Tenant] {
        try await pool.query("SELECT \(unsafeRaw: Self.columns) FROM tenants ORDER BY created_at, id").rows.map(
            Self.tenant)
    }

    public func get(_ id: UUID) async throws -> Tenant {
        guard
            let row = try await pool.query("SELECT \(unsafeRaw: Self.columns) FROM tenants WHERE id = \(id)::uuid")
                .first
        else { throw StoreError(.notFound, "no tenant with id \(id.uuidString.lowercased())") }
        return try Self.tenant(row)
    }

    /// Changes the given fields; nil leaves a field as it is. Setting a webhook URL, or
    /// `enableWebhooks`, re-enables delivery to an endpoint that was disabled (410 Gone, failing
    /// past the grace period); its queued deliveries then resume in order.
    public func update(
        _ id: UUID, webhookURL: String? = nil, dailyBudgetUSD: Double? = nil, monthlyBudgetUSD: Double? = nil,
        enableWebhooks: Bool = false
    ) async throws -> Tenant {
        let enable = enableWebhooks || webhookURL != nil
        try Self.checkBudget(dailyBudgetUSD, "daily budget")
        try Self.checkBudget(monthlyBudgetUSD, "monthly budget")
        let result = try await pool.query(
            """
            UPDATE tenants SET
                webhook_url = COALESCE(\(webhookURL), webhook_url),
                webhook_enabled = webhook_enabled OR \(enable)::boolean,
                webhook_disabled_reason = CASE WHEN \(enable)::boolean THEN '' ELSE webhook_disabled_reason END,
                webhook_failing_since = CASE WHEN \(enable)::boolean THEN NULL ELSE webhook_failing_since END,
                daily_budget_usd = COALESCE(\(dailyBudgetUSD)::numeric, daily_budget_usd),
                monthly_budget_usd = COALESCE(\(monthlyBudgetUSD)::numeric, monthly_budget_usd),
                updated_at = now()
            WHERE id = \(id)::uuid
            RETURNING \(unsafeRaw: Self.columns)
            """)
        guard let row = result.first else {
            throw StoreError(.notFound, "no tenant with id \(id.uuidString.lowercased())")
        }
        return try Self.tenant(row)
    }

    /// Replaces the outbound signing secret. For `overlap` the previous one signs too (both
    /// signatures are sent), so receivers can switch without missing a delivery. Returns the new
    /// secret, shown once.
    public func rotateOutboundSecret(_ id: UUID, overlap: Duration) async throws -> WebhookSecret {
        let secret = WebhookSecret.generate()
        let seconds = Double(overlap.components.seconds)
        guard
            try await pool.query(
                """
                UPDATE tenants SET outbound_secret_previous = outbound_secret, outbound_secret = \(secret.encoded),
                       outbound_secret_previous_until = now() + make_interval(secs => \(seconds)::float8),
                       updated_at = now()
                WHERE id = \(id)::uuid
                """
            ).affectedRows == 1
        else { throw StoreError(.notFound, "no tenant with id \(id.uuidString.lowercased())") }
        return secret
    }

    /// The secrets that verify the tenant's inbound webhooks, or nil for an unknown tenant.
    public func credentials(_ id: UUID) async throws -> TenantCredentials? {
        guard let row = try await pool.query("SELECT inbound_secret FROM tenants WHERE id = \(id)::uuid").first else {
            return nil
        }
        let encoded: String = try row.decode("inbound_secret")
        return TenantCredentials(id: id, inboundSecrets: WebhookSecret(encoded: encoded).map { [$0] } ?? [])
    }

    /// The inbound secret as stored, for the fixture sender running next to the database.
    public func inboundSecret(_ id: UUID) async throws -> String {
        guard let row = try await pool.query("SELECT inbound_secret FROM tenants WHERE id = \(id)::uuid").first else {
            throw StoreError(.notFound, "no tenant with id \(id.uuidString.lowercased())")
        }
        return try row.decode("inbound_secret")
    }

    static let columns =
        "id, name, webhook_url, webhook_enabled, webhook_disabled_reason, daily_budget_usd, monthly_budget_usd, created_at"

    static func tenant(_ row: PostgresRow) throws -> Tenant {
        Tenant(
            id: try row.decode("id"),
            name: try row.decode("name"),
            webhookURL: try row.decodeIfPresent("webhook_url"),
            webhookEnabled: try row.decode("webhook_enabled"),
            webhookDisabledReason: try row.decode("webhook_disabled_reason"),
            dailyBudgetUSD: try row.decodeIfPresent("daily_budget_usd"),
            monthlyBudgetUSD: try row.decodeIfPresent("monthly_budget_usd"),
            createdAt: try row.decode("created_at")
        )
    }

    static func checkBudget(_ value: Double?, _ what: String) throws {
        if let value, !(value >= 0 && value < 1e10) {
            throw StoreError(.invalidArgument, "\(what) must be a non-negative number of dollars")
        }
    }
}
