import Domain
import Foundation
import Postgres
import Store
import TestSupport
import Testing

@Suite("Tenants")
struct TenantStoreTests {
    @Test("create returns fresh whsec_ secrets that are stored for verifying and signing")
    func create() async throws {
        let pool = try await TestDatabase.shared.pool()
        let store = TenantStore(pool: pool, keyring: .test)
        let a = try await store.create(
            name: "Acme", webhookURL: "https://hooks.example.com/sb", dailyBudgetUSD: 5, by: .test)
        let b = try await store.create(name: "Globex", webhookURL: nil, by: .test)
        for secret in [a.inboundSecret, a.outboundSecret, b.inboundSecret] {
            let parsed = try #require(WebhookSecret(encoded: secret))
            #expect(parsed.key.count >= 24)
        }
        #expect(Set([a.inboundSecret, a.outboundSecret, b.inboundSecret, b.outboundSecret]).count == 4)
        #expect(try await store.inboundSecret(a.id).encoded == a.inboundSecret)
        let credentials = try #require(try await store.credentials(a.id))
        #expect(credentials.inboundSecrets.map(\.encoded) == [a.inboundSecret])
        let tenant = try await store.get(a.id)
        #expect(
            tenant.name == "Acme" && tenant.webhookURL == "https://hooks.example.com/sb" && tenant.dailyBudgetUSD == 5)
        #expect(try await store.list().contains { $0.id == b.id })
        #expect(try await store.credentials(UUID()) == nil)
        await pool.close()
    }

    @Test("update changes only what is given and re-enables delivery with a new URL")
    func update() async throws {
        let pool = try await TestDatabase.shared.pool()
        let store = TenantStore(pool: pool, keyring: .test)
        let created = try await store.create(
            name: "Initech", webhookURL: "https://a.example.com/h", monthlyBudgetUSD: 100, by: .test)
        try await pool.query("UPDATE tenants SET webhook_enabled = false WHERE id = \(created.id)::uuid")
        let budget = try await store.update(created.id, dailyBudgetUSD: 2.5, by: .test)
        #expect(budget.webhookURL == "https://a.example.com/h" && budget.dailyBudgetUSD == 2.5)
        #expect(budget.monthlyBudgetUSD == 100 && budget.webhookEnabled == false)
        let url = try await store.update(created.id, webhookURL: "https://b.example.com/h", by: .test)
        #expect(url.webhookURL == "https://b.example.com/h" && url.webhookEnabled)
        await #expect(
            throws: StoreError(
                .notFound,
                "no tenant with id \(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).lowercased)")
        ) {
            try await store.update(
                UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), dailyBudgetUSD: 1, by: .test)
        }
        await #expect(throws: StoreError.self) { try await store.update(created.id, dailyBudgetUSD: -1, by: .test) }
        await #expect(throws: StoreError.self) { try await store.create(name: "  ", webhookURL: nil, by: .test) }
        await pool.close()
    }
}
