import Domain
import Foundation
import Postgres
import Store
import TestSupport
import Testing

@Suite("Draft review")
struct ReviewStoreTests {
    /// A tenant without a webhook URL (no deliveries queued), a ticket and one pending draft.
    static func draft(_ pool: PostgresPool) async throws -> UUID {
        let tenant = try await TenantStore(pool: pool).create(name: "review", webhookURL: nil)
        return try await pool.query(
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
    }

    @Test func approvingWritesTheApprovedEventOnceAndASecondReviewIsRefused() async throws {
        let pool = try await TestDatabase.shared.pool()
        let reviews = ReviewStore(pool: pool)
        let id = try await Self.draft(pool)
        #expect(try await reviews.drafts(status: "pending_review", limit: 500).contains { $0.id == id })

        guard case .approved(let eventID) = try await reviews.approve(id, editedBody: "Edited reply.", agent: "ana")
        else {
            Issue.record("not approved")
            return
        }
        let payload: String = try await pool.query("SELECT payload::text AS p FROM events WHERE id = \(eventID)")
            .rows[0].decode("p")
        #expect(payload.contains(#""body": "Edited reply.""#) && payload.contains(#""agent": "ana""#))
        guard case .alreadyReviewed(let status, let by, _) = try await reviews.reject(id, reason: "late", agent: "ben")
        else {
            Issue.record("second review went through")
            return
        }
        #expect(status == "approved" && by == "ana")
        let approved = try await reviews.drafts(status: "approved", limit: 500).first { $0.id == id }
        #expect(approved?.body == "Edited reply." && approved?.reviewedBy == "ana")
        #expect(try await reviews.approve(UUID(), editedBody: nil, agent: "ana") == .notFound)
        await pool.close()
    }

    @Test func badReviewInputIsRefusedWithAReason() async throws {
        let pool = try await TestDatabase.shared.pool()
        let reviews = ReviewStore(pool: pool)
        let id = try await Self.draft(pool)
        for (body, agent) in [("   ", "ana"), ("nul \u{0} byte", "ana"), ("fine", ""), ("fine", "a\u{0}")] {
            await #expect(throws: StoreError.self) { try await reviews.approve(id, editedBody: body, agent: agent) }
        }
        await #expect(throws: StoreError.self) {
            try await reviews.reject(id, reason: String(repeating: "x", count: 1001), agent: "ana")
        }
        await #expect(throws: StoreError.self) { try await reviews.drafts(status: "done", limit: 10) }
        #expect(try await reviews.reject(id, reason: nil, agent: "ana") == .rejected)
        await pool.close()
    }
}
