import Domain
import Foundation
import Postgres

/// One tenant's plan, queue and model spend for the current UTC day and month, against the
/// budgets in force (its own, else its plan's).
public struct TenantSpend: Sendable, Equatable, Encodable {
    public var tenantID: String
    public var name: String
    public var plan: String
    /// Jobs queued or running for the tenant, all lanes.
    public var backlog: Int
    /// The tenant's share of contended lanes now: its plan weight over the weights of every
    /// tenant with a backlog (0 without one).
    public var share: Double
    public var todayUSD: Double
    public var monthUSD: Double
    public var dailyBudgetUSD: Double?
    public var monthlyBudgetUSD: Double?
    /// Spend against the tightest budget, in percent; nil without budgets.
    public var percent: Double?

    enum CodingKeys: String, CodingKey {
        case name, percent, plan, backlog, share
        case tenantID = "tenant_id"
        case todayUSD = "today_usd"
        case monthUSD = "month_usd"
        case dailyBudgetUSD = "daily_budget_usd"
        case monthlyBudgetUSD = "monthly_budget_usd"
    }
}

/// Plan, backlog and spend per tenant for `status`: tenants that spent this month, have a
/// backlog, or set a budget of their own.
public struct SpendStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Per tenant (only `tenant`'s when given), the busiest first.
    public func current(limit: Int = 100, tenant: UUID? = nil) async throws -> [TenantSpend] {
        // The weights of every tenant with a backlog, for the shares (not only the listed ones).
        let busy = try await pool.query(
            """
            SELECT t.plan, count(*) AS n FROM tenants t
            WHERE EXISTS (SELECT 1 FROM jobs j WHERE j.tenant_id = t.id AND j.state IN ('available', 'running'))
            GROUP BY t.plan
            """
        ).rows
        var totalWeight = 0
        for row in busy {
            totalWeight +=
                (Plan(rawValue: try row.decode("plan")) ?? .default).weight * (try row.decode("n", as: Int.self))
        }
        let rows = try await pool.query(
            """
            SELECT t.id::text AS id, t.name, t.plan, b.daily::float8 AS daily, b.monthly::float8 AS monthly,
                   coalesce(d.spent_usd, 0)::float8 AS today, coalesce(m.spent_usd, 0)::float8 AS month,
                   coalesce(q.n, 0) AS backlog
            FROM tenants t
            CROSS JOIN LATERAL tenant_budgets(t.id) b
            LEFT JOIN (
                SELECT tenant_id, count(*) AS n FROM jobs WHERE state IN ('available', 'running') GROUP BY tenant_id
            ) q ON q.tenant_id = t.id
            LEFT JOIN llm_spend d ON d.tenant_id = t.id AND d.period = 'day'
                AND d.period_start = (now() AT TIME ZONE 'UTC')::date
            LEFT JOIN llm_spend m ON m.tenant_id = t.id AND m.period = 'month'
                AND m.period_start = date_trunc('month', now() AT TIME ZONE 'UTC')::date
            WHERE (m.spent_usd > 0 OR q.n > 0 OR t.daily_budget_usd IS NOT NULL OR t.monthly_budget_usd IS NOT NULL)
              AND (\(tenant)::uuid IS NULL OR t.id = \(tenant)::uuid)
            ORDER BY coalesce(q.n, 0) DESC, coalesce(d.spent_usd, 0) DESC, t.name
            LIMIT \(limit)
            """
        ).rows
        return try rows.map { row in
            let daily: Double? = try row.decodeIfPresent("daily")
            let monthly: Double? = try row.decodeIfPresent("monthly")
            let today: Double = try row.decode("today")
            let month: Double = try row.decode("month")
            let percents = [daily.map { Self.percent(today, of: $0) }, monthly.map { Self.percent(month, of: $0) }]
                .compactMap { $0 }
            let plan = Plan(rawValue: try row.decode("plan")) ?? .default
            let backlog: Int = try row.decode("backlog")
            return TenantSpend(
                tenantID: try row.decode("id"), name: try row.decode("name"), plan: plan.rawValue, backlog: backlog,
                share: backlog > 0 && totalWeight > 0 ? Double(plan.weight) / Double(totalWeight) : 0,
                todayUSD: today, monthUSD: month,
                dailyBudgetUSD: daily, monthlyBudgetUSD: monthly, percent: percents.max())
        }
    }

    static func percent(_ spent: Double, of budget: Double) -> Double {
        budget > 0 ? spent / budget * 100 : 100
    }
}
