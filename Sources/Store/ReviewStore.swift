import Domain
import Foundation
import Postgres

/// A draft in the review queue (`GET /v1/drafts`, the dashboard).
public struct ReviewItem: Sendable, Equatable, Encodable {
    @LowercasedUUID public var id: UUID
    @LowercasedUUID public var ticketID: UUID
    @LowercasedUUID public var tenantID: UUID
    public var externalID: String
    public var subject: String
    public var body: String
    public var status: String
    public var source: String
    public var reason: String
    public var createdAt: Date
    public var reviewedBy: String?
    public var reviewedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, subject, body, status, source, reason
        case ticketID = "ticket_id"
        case tenantID = "tenant_id"
        case externalID = "external_id"
        case createdAt = "created_at"
        case reviewedBy = "reviewed_by"
        case reviewedAt = "reviewed_at"
    }
}

/// What a review did.
public enum ReviewResult: Sendable, Equatable {
    /// Approved now; `eventID` is the `draft.approved` event queued for delivery.
    case approved(eventID: String)
    case rejected
    /// Someone was first: nothing changed, nothing is delivered twice.
    case alreadyReviewed(status: String, by: String, at: Date)
    case notFound
}

/// Agents' review of drafts. Approve and reject change a draft only while it is
/// `pending_review`, in one statement, so two agents acting at once cannot both succeed.
public struct ReviewStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Drafts with `status`, newest first.
    public func drafts(status: String, limit: Int) async throws -> [ReviewItem] {
        guard ["pending_review", "approved", "rejected"].contains(status) else {
            throw StoreError(.invalidArgument, "status must be pending_review, approved or rejected")
        }
        guard (1...500).contains(limit) else { throw StoreError(.invalidArgument, "limit must be from 1 to 500") }
        return try await pool.query(
            """
            SELECT d.id, d.ticket_id, t.tenant_id, t.external_id, t.subject, COALESCE(d.approved_body, d.body) AS body,
                   d.status, d.source, d.reason, d.created_at, d.reviewed_by, d.reviewed_at
            FROM drafts d JOIN tickets t ON t.id = d.ticket_id
            WHERE d.status = \(status)
            ORDER BY d.created_at DESC, d.id DESC
            LIMIT \(limit)::int
            """
        ).rows.map { row in
            ReviewItem(
                id: try row.decode("id"), ticketID: try row.decode("ticket_id"), tenantID: try row.decode("tenant_id"),
                externalID: try row.decode("external_id"), subject: try row.decode("subject"),
                body: try row.decode("body"), status: try row.decode("status"), source: try row.decode("source"),
                reason: try row.decode("reason"), createdAt: try row.decode("created_at"),
                reviewedBy: try row.decodeIfPresent("reviewed_by"), reviewedAt: try row.decodeIfPresent("reviewed_at"))
        }
    }

    /// Approves the draft (with `editedBody` when the agent changed it) and queues `draft.approved`
    /// in the same transaction.
    public func approve(_ draftID: UUID, editedBody: String?, agent: String) async throws -> ReviewResult {
        let agent = try Self.checkAgent(agent)
        if let editedBody,
            editedBody.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || editedBody.count > 20_000
                || editedBody.contains("\u{0}")
        {
            throw StoreError(.invalidArgument, "an edited body must be 1 to 20000 characters, without NUL")
        }
        return try await pool.transaction { tx in
            guard
                let row = try await tx.query(
                    """
                    UPDATE drafts d SET status = 'approved', approved_body = COALESCE(\(editedBody), d.body),
                           reviewed_by = \(agent), reviewed_at = now()
                    FROM tickets t
                    WHERE d.id = \(draftID)::uuid AND d.status = 'pending_review' AND t.id = d.ticket_id
                    RETURNING d.ticket_id, t.tenant_id, t.external_id, d.approved_body, d.body <> d.approved_body AS edited
                    """
                ).first
            else { return try await Self.why(draftID, on: tx) }
            let ticketID: UUID = try row.decode("ticket_id")
            let eventID = try await PipelineStore.insertEvent(
                "draft.approved", tenantID: try row.decode("tenant_id"), ticketID: ticketID,
                payload: [
                    "ticket_id": .string(ticketID.lowercased), "external_id": .string(try row.decode("external_id")),
                    "draft_id": .string(draftID.lowercased), "body": .string(try row.decode("approved_body")),
                    "edited": .bool(try row.decode("edited")), "agent": .string(agent),
                ], on: tx)
            return .approved(eventID: eventID)
        }
    }

    /// Rejects the draft, with an optional reason; nothing is delivered.
    public func reject(_ draftID: UUID, reason: String?, agent: String) async throws -> ReviewResult {
        let agent = try Self.checkAgent(agent)
        if let reason, reason.count > 1000 || reason.contains("\u{0}") {
            throw StoreError(.invalidArgument, "a reason is at most 1000 characters, without NUL")
        }
        return try await pool.transaction { tx in
            let changed = try await tx.query(
                """
                UPDATE drafts SET status = 'rejected', reviewed_by = \(agent), reviewed_at = now(), review_note = \(reason)
                WHERE id = \(draftID)::uuid AND status = 'pending_review'
                """
            ).affectedRows
            return changed == 1 ? .rejected : try await Self.why(draftID, on: tx)
        }
    }

    static func why(_ draftID: UUID, on tx: PostgresConnection) async throws -> ReviewResult {
        guard
            let row = try await tx.query(
                "SELECT status, reviewed_by, reviewed_at FROM drafts WHERE id = \(draftID)::uuid"
            ).first
        else { return .notFound }
        return .alreadyReviewed(
            status: try row.decode("status"), by: try row.decodeIfPresent("reviewed_by") ?? "someone",
            at: try row.decodeIfPresent("reviewed_at") ?? Date())
    }

    static func checkAgent(_ agent: String) throws -> String {
        let agent = agent.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !agent.isEmpty, agent.count <= 200, !agent.contains("\u{0}") else {
            throw StoreError(.invalidArgument, "the agent's name must be 1 to 200 characters")
        }
        return agent
    }
}
