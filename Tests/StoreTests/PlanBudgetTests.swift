import Domain
import Foundation
import Postgres
import Store
import TestSupport
import Testing

/// Plans live in Swift (Domain/Plan.swift: weights, defaults) and in SQL (`plan_budget`, used by
/// admission, and `plan_weight`, used by the rate limiter): these keep the two tables the same.
@Suite("Plans and their default budgets")
struct PlanBudgetTests {
    @Test("plan_budget and plan_weight in SQL agree with Plan in Swift for every plan", arguments: Plan.allCases)
    func sqlAgreesWithSwift(plan: Plan) async throws {
        let pool = try await TestDatabase.shared.pool()
        let row = try await pool.query(
            """
            SELECT plan_budget(\(plan.rawValue), 'day')::float8 AS day, plan_budget(\(plan.rawValue), 'month')::float8 AS month,
                   plan_weight(\(plan.rawValue)) AS weight
            """
        ).rows[0]
        #expect(try row.decode("weight", as: Int.self) == plan.weight)
        #expect(try row.decode("day", as: Double.self) == plan.defaultDailyBudgetUSD)
        #expect(try row.decode("month", as: Double.self) == plan.defaultMonthlyBudgetUSD)
        await pool.close()
    }

    @Test("a tenant without budgets of its own gets its plan's; its own override them; --plan changes them")
    func budgetsInForce() async throws {
        let pool = try await TestDatabase.shared.pool()
        let tenants = TenantStore(pool: pool, keyring: .test)
        let free = try await tenants.create(name: "plan-free", webhookURL: nil, plan: .free, by: .test).id
        let own = try await tenants.create(
            name: "plan-own", webhookURL: nil, plan: .free, dailyBudgetUSD: 7, by: .test
        ).id
        func inForce(_ id: UUID) async throws -> [Double] {
            let row = try await pool.query(
                "SELECT daily::float8 AS d, monthly::float8 AS m FROM tenant_budgets(\(id)::uuid)"
            ).rows[0]
            return [try row.decode("d"), try row.decode("m")]
        }
        #expect(try await inForce(free) == [1, 20])
        #expect(try await inForce(own) == [7, 20])
        let updated = try await tenants.update(free, plan: .premium, by: .test)
        #expect(updated.plan == .premium)
        #expect(try await inForce(free) == [200, 4000])
        await pool.close()
    }
}
