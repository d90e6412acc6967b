import Domain
import Foundation
import Postgres
import Store
import TestSupport
import Testing

@Suite("Draft review")
struct ReviewStoreTests {
    /// A tenant without a webhook URL (no deliveries queued), a ticket and one pending draft.
    static func draft(_ pool: PostgresPool) async throws -> (tenant: UUID, draft: UUID) {
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "review", webhookURL: nil, by: .test)
        let draft: UUID = try await pool.query(
            """
            WITH t AS (
                INSERT INTO tickets (tenant_id, external_id, subject, customer_email)
                VALUES (\(tenant.id)::uuid, \("RV-" + UUID().uuidString), 'Late parcel', 'ana@example.com')
                RETURNING id
            )
            INSERT INTO drafts (ticket_id, message_id, body, language, source)
            SELECT id, gen_random_uuid(), 'Hi Ana, it is on its way.', 'en', 'canned' FROM t
            RETURNING id
            """
        ).rows[0].decode("id")
        return (tenant.id, draft)
    }

    static func agent(_ name: String, of tenant: UUID) -> Principal {
        Principal(keyID: UUID(), name: name, role: .agent, tenantID: tenant)
    }

    @Test func approvingWritesTheEventAndTheAuditRowOnceAndASecondReviewIsRefused() async throws {
        let pool = try await TestDatabase.shared.pool()
        let reviews = ReviewStore(pool: pool)
        let (tenant, id) = try await Self.draft(pool)
        let ana = Self.agent("ana", of: tenant)
        guard case .approved(let eventID) = try await reviews.approve(id, editedBody: "Edited reply.", by: ana)
        else {
            Issue.record("not approved")
            return
        }
        let payload: String = try await pool.query("SELECT payload::text AS p FROM events WHERE id = \(eventID)")
            .rows[0].decode("p")
        #expect(payload.contains(#""body": "Edited reply.""#) && payload.contains(#""agent": "ana""#))
        guard
            case .alreadyReviewed(let status, let by, _) = try await reviews.reject(
                id, reason: "late", by: Self.agent("ben", of: tenant))
        else {
            Issue.record("second review went through")
            return
        }
        #expect(status == "approved" && by == "ana")
        let audit = try await AuditStore(pool: pool).list(scope: .tenant(tenant), limit: 10)
        #expect(audit.map(\.action) == ["draft.approve", "tenant.create"])
        #expect(audit[0].actor == "ana" && audit[0].actorKeyID == ana.keyID && audit[0].target == id.lowercased)
        #expect(try await reviews.approve(UUID(), editedBody: nil, by: ana) == .notFound)
        await pool.close()
    }

    @Test func anotherTenantsDraftDoesNotExistForAKey() async throws {
        let pool = try await TestDatabase.shared.pool()
        let reviews = ReviewStore(pool: pool)
        let (_, id) = try await Self.draft(pool)
        let (other, _) = try await Self.draft(pool)
        let stranger = Self.agent("eve", of: other)
        #expect(try await reviews.approve(id, editedBody: nil, by: stranger) == .notFound)
        #expect(try await reviews.reject(id, reason: nil, by: stranger) == .notFound)
        let status: String = try await pool.query("SELECT status FROM drafts WHERE id = \(id)::uuid").rows[0]
            .decode("status")
        #expect(status == "pending_review")
        // The break-glass token may name the reviewer; the name is what is recorded.
        #expect(try await reviews.reject(id, reason: nil, by: .breakGlass, agent: "night shift") == .rejected)
        let by: String = try await pool.query("SELECT reviewed_by FROM drafts WHERE id = \(id)::uuid").rows[0]
            .decode("reviewed_by")
        #expect(by == "night shift")
        await pool.close()
    }

    @Test func badReviewInputIsRefusedWithAReason() async throws {
        let pool = try await TestDatabase.shared.pool()
        let reviews = ReviewStore(pool: pool)
        let (tenant, id) = try await Self.draft(pool)
        let ana = Self.agent("ana", of: tenant)
        for body in ["   ", "nul \u{0} byte"] {
            await #expect(throws: StoreError.self) { try await reviews.approve(id, editedBody: body, by: ana) }
        }
        await #expect(throws: StoreError.self) {
            try await reviews.approve(id, editedBody: "fine", by: .breakGlass, agent: "a\u{0}")
        }
        await #expect(throws: StoreError.self) {
            try await reviews.reject(id, reason: String(repeating: "x", count: 1001), by: ana)
        }
        #expect(try await reviews.reject(id, reason: nil, by: ana) == .rejected)
        await pool.close()
    }
}

@Suite("One live draft per ticket")
struct SupersedeTests {
    /// A ticket with two customer messages, and the pipeline's context for it.
    static func thread(_ pool: PostgresPool) async throws -> (TicketContext, UUID, UUID) {
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "supersede", webhookURL: nil, by: .test)
        let intake = IntakeStore(pool: pool)
        let first = try await intake.accept(
            tenantID: tenant.id, webhookID: "w-1", webhook: IntakeStoreTests.webhook(message: "m-1"))
        var second = IntakeStoreTests.webhook(.messageAdded, message: "m-2", body: "Any news?")
        second.message.createdAt = second.message.createdAt.addingTimeInterval(3600)
        _ = try await intake.accept(tenantID: tenant.id, webhookID: "w-2", webhook: second)
        let context = try #require(try await PipelineStore(pool: pool).context(first.ticketID))
        return (context, context.messages[0].id, context.messages[1].id)
    }

    static func save(
        _ pool: PostgresPool, _ context: TicketContext, answering message: UUID, _ body: String
    )
        async throws -> UUID?
    {
        try await pool.transaction { tx in
            try await PipelineStore.saveDraft(
                body, language: "en", messageID: message,
                provenance: Provenance(source: .canned, model: nil, reason: "test"), context: context, on: tx)
        }
    }

    static func states(_ pool: PostgresPool, _ ticket: UUID) async throws -> [String] {
        try await pool.query(
            "SELECT status FROM drafts WHERE ticket_id = \(ticket)::uuid ORDER BY created_at, id"
        ).rows.map { try $0.decode("status") }
    }

    @Test func aDraftForANewerMessageSupersedesThePendingOneAndReviewingItAnswersSuperseded() async throws {
        let pool = try await TestDatabase.shared.pool()
        let (context, m1, m2) = try await Self.thread(pool)
        let old = try #require(try await Self.save(pool, context, answering: m1, "first reply"))
        let new = try #require(try await Self.save(pool, context, answering: m2, "second reply"))
        #expect(try await Self.states(pool, context.ticketID) == ["superseded", "pending_review"])
        let types: [String] = try await pool.query(
            "SELECT type FROM events WHERE ticket_id = \(context.ticketID)::uuid ORDER BY created_at, id"
        ).rows.map { try $0.decode("type") }
        // The second draft's two events share their transaction's time: compared as a set of rows.
        #expect(types.sorted() == ["draft.created", "draft.created", "draft.superseded"])
        let agent = Principal(keyID: nil, name: "ana", role: .agent, tenantID: context.tenantID)
        guard case .superseded(let by, _) = try await ReviewStore(pool: pool).approve(old, editedBody: nil, by: agent)
        else {
            Issue.record("a superseded draft was reviewed")
            return
        }
        #expect(by == new)
        let page = try await InboxStore(pool: pool).page(InboxQuery(), scope: .tenant(context.tenantID))
        #expect(page.entries.map(\.draftID) == [new], "the inbox shows one row per ticket")
        await pool.close()
    }

    @Test func aDraftForAnOlderMessageThatFinishesLateIsStoredSuperseded() async throws {
        let pool = try await TestDatabase.shared.pool()
        let (context, m1, m2) = try await Self.thread(pool)
        _ = try #require(try await Self.save(pool, context, answering: m2, "reply to the follow-up"))
        _ = try #require(try await Self.save(pool, context, answering: m1, "late reply to the first message"))
        #expect(try await Self.states(pool, context.ticketID) == ["pending_review", "superseded"])
        #expect(try await Self.save(pool, context, answering: m1, "again") == nil, "one draft per message")
        await pool.close()
    }
}
