import DashboardCore
import Domain
import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport
import Testing

@testable import Dashboard

/// The store's SQL, read through the API as the dashboard reads it, must order and filter the
/// inbox exactly as DashboardCore's reference `InboxQuery.apply(to:)` does, or the cursor jumps
/// and rows repeat between pages.
@Suite("Inbox SQL matches the view model's reference")
struct InboxParityTests {
    static let subjects = [
        "Where is my order", "Pedido dañado", "Rückerstattung bitte", "Colis ÉGARÉ", "Ordine in ritardo 😞",
        "注文がまだ届きません", "Refund 50%_off", "Broken vase",
    ]
    static let customers: [(String?, String)] = [
        ("Ana Ruiz", "ana@example.com"), (nil, "zed@example.com"), ("bob Stone", "bob@example.com"),
        ("", "carla@example.com"), ("Émile Zola", "emile@example.com"),
    ]

    /// 60 drafts: every priority (and untriaged), shared creation times so tie-breaks matter, and
    /// some approved and rejected.
    static func seed(_ pool: PostgresPool) async throws -> UUID {
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "parity", webhookURL: nil, by: .test)
        let base = Date(timeIntervalSince1970: 1_790_000_000)
        for index in 0..<60 {
            let (name, email) = customers[index % customers.count]
            let priority = ["urgent", "high", "normal", "low", nil][index % 5]
            let category = ["order_status", "return_refund", "damaged_or_wrong_item", "Other"][index % 4]
            let status = index % 11 == 0 ? "approved" : index % 13 == 0 ? "rejected" : "pending_review"
            let created = base.addingTimeInterval(Double(index / 3))
            try await pool.query(
                """
                WITH t AS (
                    INSERT INTO tickets (tenant_id, external_id, subject, customer_email, customer_name)
                    VALUES (\(tenant.id)::uuid, \("P-\(index)"), \(subjects[index % subjects.count]), \(email), \(name))
                    RETURNING id
                ), tr AS (
                    INSERT INTO ticket_triage (ticket_id, category, priority, sentiment, language, source)
                    SELECT id, \(category), \(priority), 'neutral', 'en', 'rules' FROM t WHERE \(priority)::text IS NOT NULL
                )
                INSERT INTO drafts (ticket_id, message_id, body, language, source, status, created_at)
                SELECT id, gen_random_uuid(), 'Hello', 'en', 'canned', \(status), \(created) FROM t
                """)
        }
        return tenant.id
    }

    @Test func everyOrderAndFilterAgreesPageByPage() async throws {
        let pool = PostgresPool(
            .init(conninfo: try await TestDatabase.freshDatabase(migrate: true), maxConnections: 2))
        let tenant = try await Self.seed(pool)
        let key = try await TestKeys.create(pool, "parity", .agent, tenant: tenant)
        let client = HTTPClient(maxConnections: 4)
        defer { client.shutdown() }
        try await InProcessAPI.with(pool: pool) { url in
            try await Self.compare(
                DashboardData(client: client, baseURL: url, apiKey: key, tenant: nil, logger: .init(label: "test")))
        }
        await pool.close()
    }

    static func compare(_ data: DashboardData) async throws {
        // The reference data set: every row of every state, as the app maps it.
        var all: [InboxRow] = []
        for status in DraftStatus.listed {
            let request = InboxRequest(
                query: DashboardCore.InboxQuery(status: status), window: RowWindow(offset: 0, limit: 1000),
                generation: 0)
            all += try await data.page(request).rows
        }
        #expect(all.count == 60)
        let filters = [
            "", "cat:return_refund", "pri:urgent", "pri:normal", "order", "EGARE", "dañado", "ana",
            "注文", "50%_", "cat:other broken", "émile", "nothing-matches", "example.net", "ANA@", "борис", "Zoë",
            "ZOE",
        ]
        for status in DraftStatus.listed {
            for sort in InboxSort.allCases {
                for filter in filters {
                    var query = DashboardCore.InboxQuery(status: status, sort: sort)
                    query.setFilter(filter)
                    let expected = query.apply(to: all)
                    // Read it back in pages of 7, as scrolling does.
                    var pages: [InboxRow] = []
                    var offset = 0
                    repeat {
                        let page = try await data.page(
                            InboxRequest(query: query, window: RowWindow(offset: offset, limit: 7), generation: 1))
                        #expect(page.total == expected.count, "total for \(status) \(sort) '\(filter)'")
                        pages += page.rows
                        offset += 7
                    } while offset < expected.count
                    #expect(
                        pages.map(\.externalID) == expected.map(\.externalID), "order for \(status) \(sort) '\(filter)'"
                    )
                }
            }
        }
    }
}
