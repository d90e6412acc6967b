import Foundation
import Postgres

/// One tenant's model spend for the current UTC day and month, against its budgets.
public struct TenantSpend: Sendable, Equatable, Encodable {
    public var tenantID: String
    public var name: String
    public var todayUSD: Double
    public var monthUSD: Double
    public var dailyBudgetUSD: Double?
    public var monthlyBudgetUSD: Double?
    /// Spend against the tightest budget, in percent; nil without budgets.
    public var percent: Double?

    enum CodingKeys: String, CodingKey {
        case name, percent
        case tenantID = "tenant_id"
        case todayUSD = "today_usd"
        case monthUSD = "month_usd"
        case dailyBudgetUSD = "daily_budget_usd"
        case monthlyBudgetUSD = "monthly_budget_usd"
    }
}

/// Spend per tenant for `status`: tenants that spent this month or have a budget.
public struct SpendStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Spend per tenant (only `tenant`'s when given).
    public func current(limit: Int = 100, tenant: UUID? = nil) async throws -> [TenantSpend] {
        try await pool.query(
            """
            SELECT t.id::text AS id, t.name, t.daily_budget_usd::float8 AS daily, t.monthly_budget_usd::float8 AS monthly,
                   coalesce(d.spent_usd, 0)::float8 AS today, coalesce(m.spent_usd, 0)::float8 AS month
            FROM tenants t
            LEFT JOIN llm_spend d ON d.tenant_id = t.id AND d.period = 'day'
                AND d.period_start = (now() AT TIME ZONE 'UTC')::date
            LEFT JOIN llm_spend m ON m.tenant_id = t.id AND m.period = 'month'
                AND m.period_start = date_trunc('month', now() AT TIME ZONE 'UTC')::date
            WHERE (m.spent_usd > 0 OR t.daily_budget_usd IS NOT NULL OR t.monthly_budget_usd IS NOT NULL)
              AND (\(tenant)::uuid IS NULL OR t.id = \(tenant)::uuid)
            ORDER BY coalesce(d.spent_usd, 0) DESC, t.name
            LIMIT \(limit)
            """
        ).rows.map { row in
            let daily: Double? = try row.decodeIfPresent("daily")
            let monthly: Double? = try row.decodeIfPresent("monthly")
            let today: Double = try row.decode("today")
            let month: Double = try row.decode("month")
            let percents = [daily.map { Self.percent(today, of: $0) }, monthly.map { Self.percent(month, of: $0) }]
                .compactMap { $0 }
            return TenantSpend(
                tenantID: try row.decode("id"), name: try row.decode("name"), todayUSD: today, monthUSD: month,
                dailyBudgetUSD: daily, monthlyBudgetUSD: monthly, percent: percents.max())
        }
    }

    static func percent(_ spent: Double, of budget: Double) -> Double {
        budget > 0 ? spent / budget * 100 : 100
    }
}
