import Domain
import Foundation
import Postgres
import Store
import TestSupport
import Testing

@Suite("Inbox")
struct InboxStoreTests {
    /// A fresh database: the inbox reads every tenant's drafts.
    static func database() async throws -> PostgresPool {
        PostgresPool(.init(conninfo: try await TestDatabase.freshDatabase(migrate: true), maxConnections: 2))
    }

    /// Tickets with triage and a pending draft each: (external id, priority, category, subject).
    static func seed(_ pool: PostgresPool, _ tickets: [(String, String, String, String)]) async throws {
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(name: "inbox", webhookURL: nil, by: .test)
        for (index, (external, priority, category, subject)) in tickets.enumerated() {
            try await pool.query(
                """
                WITH t AS (
                    INSERT INTO tickets (tenant_id, external_id, subject, customer_email, customer_name)
                    VALUES (\(tenant.id)::uuid, \(external), \(subject), 'ana@example.com', 'Ana Ruiz')
                    RETURNING id
                ), tr AS (
                    INSERT INTO ticket_triage (ticket_id, category, priority, sentiment, language, source)
                    SELECT id, \(category), \(priority), 'neutral', 'en', 'rules' FROM t
                )
                INSERT INTO drafts (ticket_id, message_id, body, language, source, created_at)
                SELECT id, gen_random_uuid(), 'Hello', 'en', 'canned', now() + make_interval(secs => \(index)::float8)
                FROM t
                """)
        }
    }

    @Test func urgentFirstThenNewestAndFiltersAndPages() async throws {
        let pool = try await Self.database()
        try await Self.seed(
            pool,
            [
                ("A-1", "normal", "order_status", "Where is it"), ("A-2", "urgent", "complaint", "Broken promise"),
                ("A-3", "normal", "return_refund", "Refund 50%_off"), ("A-4", "low", "other", "Hello"),
                ("A-5", "urgent", "damaged_or_wrong_item", "Cracked vase"),
            ])
        let inbox = InboxStore(pool: pool)
        let all = try await inbox.page(InboxQuery(), scope: .all)
        #expect(all.entries.map(\.externalID) == ["A-5", "A-2", "A-3", "A-1", "A-4"])
        #expect(all.total == 5)
        #expect(
            try await inbox.page(InboxQuery(priority: "urgent"), scope: .all).entries.map(\.externalID) == [
                "A-5", "A-2",
            ])
        #expect(try await inbox.page(InboxQuery(category: "other"), scope: .all).entries.map(\.externalID) == ["A-4"])
        #expect(try await inbox.page(InboxQuery(text: "cRaCk"), scope: .all).entries.map(\.externalID) == ["A-5"])
        #expect(try await inbox.page(InboxQuery(text: "ana@"), scope: .all).total == 5)
        // LIKE wildcards in the filter are literal.
        #expect(try await inbox.page(InboxQuery(text: "50%_"), scope: .all).entries.map(\.externalID) == ["A-3"])
        #expect(try await inbox.page(InboxQuery(text: "%"), scope: .all).total == 1)
        let second = try await inbox.page(InboxQuery(offset: 2, limit: 2), scope: .all)
        #expect(second.entries.map(\.externalID) == ["A-3", "A-1"] && second.total == 5)
        let past = try await inbox.page(InboxQuery(offset: 10, limit: 2), scope: .all)
        #expect(past.entries.isEmpty && past.total == 5)
        #expect(
            try await inbox.counts(scope: .all) == ["pending_review": 5, "approved": 0, "rejected": 0, "superseded": 0])
        await #expect(throws: StoreError.self) { try await inbox.page(InboxQuery(status: "nope"), scope: .all) }

        // A keyset walk, two at a time, meets every row once in every order, and says where it ends.
        for order in InboxOrder.allCases {
            let expected = try await inbox.page(InboxQuery(order: order), scope: .all).entries.map(\.externalID)
            var walked: [String] = []
            var cursor: String?
            repeat {
                let page = try await inbox.page(InboxQuery(order: order, limit: 2, cursor: cursor), scope: .all)
                #expect(page.total == 5)
                walked += page.entries.map(\.externalID)
                cursor = page.nextCursor
            } while cursor != nil && walked.count < 10
            #expect(walked == expected, "\(order)")
        }
        await #expect(throws: StoreError.self) {
            try await inbox.page(InboxQuery(cursor: "not one of ours"), scope: .all)
        }
        // Another tenant's scope sees none of these drafts, and counts none.
        let stranger = TenantScope.tenant(UUID())
        #expect(try await inbox.page(InboxQuery(), scope: stranger).total == 0)
        #expect(try await inbox.counts(scope: stranger).values.allSatisfy { $0 == 0 })
        await pool.close()
    }

    /// A measurement, not a timed assertion, and heavy for a shared suite: run it alone with
    /// `SUPPORTBOT_BENCH_TESTS=1 swift test --filter aPageOfTenThousandDrafts`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SUPPORTBOT_BENCH_TESTS"] == "1"))
    func aPageOfTenThousandDrafts() async throws {
        let pool = try await Self.database()
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "inbox-10k", webhookURL: nil, by: .test)
        try await pool.query(
            """
            WITH t AS (
                INSERT INTO tickets (tenant_id, external_id, subject, customer_email)
                SELECT \(tenant.id)::uuid, 'K-' || g, 'Ticket ' || g, 'c' || g || '@example.com'
                FROM generate_series(1, 10000) g
                RETURNING id
            ), tr AS (
                INSERT INTO ticket_triage (ticket_id, category, priority, sentiment, language, source)
                SELECT id, 'other', (ARRAY['urgent','high','normal','low'])[1 + (random() * 3)::int], 'neutral', 'en',
                       'rules'
                FROM t
            )
            INSERT INTO drafts (ticket_id, message_id, body, language, source) SELECT id, gen_random_uuid(), 'Hi', 'en', 'rules' FROM t
            """)
        try await pool.query("ANALYZE drafts")
        let inbox = InboxStore(pool: pool)
        var timings: [Double] = []
        for offset in [0, 5000, 9950] {
            let started = ContinuousClock.now
            let page = try await inbox.page(InboxQuery(offset: offset, limit: 50), scope: .all)
            timings.append((ContinuousClock.now - started).inMilliseconds)
            #expect(page.total == 10000 && page.entries.count == 50)
        }
        let filtered = ContinuousClock.now
        _ = try await inbox.page(InboxQuery(text: "Ticket 99", limit: 50), scope: .all)
        print(
            "inbox page of 50 out of 10,000: \(timings.map { String(format: "%.1f", $0) }) ms at offsets 0/5000/9950; "
                + "text filter \(String(format: "%.1f", (ContinuousClock.now - filtered).inMilliseconds)) ms")
        await pool.close()
    }
}
