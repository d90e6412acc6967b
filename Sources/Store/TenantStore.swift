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

    /// Changes the given fields; nil leaves a field as it is. Setting a webhook URL re-enables delivery.
    public func update(
        _ id: UUID, webhookURL: String? = nil, dailyBudgetUSD: Double? = nil, monthlyBudgetUSD: Double? = nil
    ) async throws -> Tenant {
        try Self.checkBudget(dailyBudgetUSD, "daily budget")
        try Self.checkBudget(monthlyBudgetUSD, "monthly budget")
        let result = try await pool.query(
            """
            UPDATE tenants SET
                webhook_url = COALESCE(\(webhookURL), webhook_url),
                webhook_enabled = CASE WHEN \(webhookURL)::text IS NULL THEN webhook_enabled ELSE true END,
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
        "id, name, webhook_url, webhook_enabled, daily_budget_usd, monthly_budget_usd, created_at"

    static func tenant(_ row: PostgresRow) throws -> Tenant {
        Tenant(
            id: try row.decode("id"),
            name: try row.decode("name"),
            webhookURL: try row.decodeIfPresent("webhook_url"),
            webhookEnabled: try row.decode("webhook_enabled"),
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
