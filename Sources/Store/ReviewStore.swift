import Domain
import Foundation
import Postgres

/// What a review did.
public enum ReviewResult: Sendable, Equatable {
    /// Approved now; `eventID` is the `draft.approved` event queued for delivery.
    case approved(eventID: String)
    case rejected
    /// Someone was first: nothing changed, nothing is delivered twice.
    case alreadyReviewed(status: String, by: String, at: Date)
    /// A newer draft for the ticket replaced this one before anyone reviewed it.
    case superseded(by: UUID?, at: Date)
    case notFound
}

/// Agents' review of drafts. Approve and reject change a draft only while it is
/// `pending_review`, in one statement, so two agents acting at once cannot both succeed; each
/// writes its audit row in the same transaction. A draft outside the reviewer's tenant is not found.
public struct ReviewStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Approves the draft (with `editedBody` when the agent changed it) and queues `draft.approved`
    /// in the same transaction. `agent` is who is recorded: the principal's name, unless the
    /// break-glass token named someone.
    public func approve(
        _ draftID: UUID, editedBody: String?, by principal: Principal, agent: String? = nil
    ) async throws -> ReviewResult {
        let agent = try Self.checkAgent(agent ?? principal.name)
        if let editedBody,
            editedBody.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || editedBody.count > 20_000
                || editedBody.contains("\u{0}")
        {
            throw StoreError(.invalidArgument, "an edited body must be 1 to 20000 characters, without NUL")
        }
        let scope = principal.scope(nil)
        return try await pool.transaction { tx in
            guard
                let row = try await tx.query(
                    """
                    UPDATE drafts d SET status = 'approved', approved_body = COALESCE(\(editedBody), d.body),
                           reviewed_by = \(agent), reviewed_at = now()
                    FROM tickets t
                    WHERE d.id = \(draftID)::uuid AND d.status = 'pending_review' AND t.id = d.ticket_id
                      AND (\(scope.tenantID)::uuid IS NULL OR t.tenant_id = \(scope.tenantID)::uuid)
                    RETURNING d.ticket_id, t.tenant_id, t.external_id, d.approved_body, d.body <> d.approved_body AS edited
                    """
                ).first
            else { return try await Self.why(draftID, scope: scope, on: tx) }
            let ticketID: UUID = try row.decode("ticket_id")
            let tenantID: UUID = try row.decode("tenant_id")
            let edited: Bool = try row.decode("edited")
            let eventID = try await PipelineStore.insertEvent(
                "draft.approved", tenantID: tenantID, ticketID: ticketID,
                payload: [
                    "ticket_id": .string(ticketID.lowercased), "external_id": .string(try row.decode("external_id")),
                    "draft_id": .string(draftID.lowercased), "body": .string(try row.decode("approved_body")),
                    "edited": .bool(edited), "agent": .string(agent),
                ], on: tx)
            try await AuditStore.record(
                .draftApprove, by: principal, target: draftID.lowercased, tenantID: tenantID,
                detail: ["ticket_id": .string(ticketID.lowercased), "edited": .bool(edited), "agent": .string(agent)],
                on: tx)
            return .approved(eventID: eventID)
        }
    }

    /// Rejects the draft, with an optional reason; nothing is delivered.
    public func reject(
        _ draftID: UUID, reason: String?, by principal: Principal, agent: String? = nil
    ) async throws -> ReviewResult {
        let agent = try Self.checkAgent(agent ?? principal.name)
        if let reason, reason.count > 1000 || reason.contains("\u{0}") {
            throw StoreError(.invalidArgument, "a reason is at most 1000 characters, without NUL")
        }
        let scope = principal.scope(nil)
        return try await pool.transaction { tx in
            guard
                let row = try await tx.query(
                    """
                    UPDATE drafts d SET status = 'rejected', reviewed_by = \(agent), reviewed_at = now(),
                           review_note = \(reason)
                    FROM tickets t
                    WHERE d.id = \(draftID)::uuid AND d.status = 'pending_review' AND t.id = d.ticket_id
                      AND (\(scope.tenantID)::uuid IS NULL OR t.tenant_id = \(scope.tenantID)::uuid)
                    RETURNING d.ticket_id, t.tenant_id
                    """
                ).first
            else { return try await Self.why(draftID, scope: scope, on: tx) }
            let ticketID: UUID = try row.decode("ticket_id")
            try await AuditStore.record(
                .draftReject, by: principal, target: draftID.lowercased, tenantID: try row.decode("tenant_id"),
                detail: [
                    "ticket_id": .string(ticketID.lowercased), "agent": .string(agent),
                    "reason": reason.map { .string($0) } ?? .null,
                ], on: tx)
            return .rejected
        }
    }

    static func why(_ draftID: UUID, scope: TenantScope, on tx: PostgresConnection) async throws -> ReviewResult {
        guard
            let row = try await tx.query(
                """
                SELECT d.status, d.reviewed_by, d.reviewed_at, d.superseded_by, d.superseded_at
                FROM drafts d JOIN tickets t ON t.id = d.ticket_id
                WHERE d.id = \(draftID)::uuid
                  AND (\(scope.tenantID)::uuid IS NULL OR t.tenant_id = \(scope.tenantID)::uuid)
                """
            ).first
        else { return .notFound }
        let status: String = try row.decode("status")
        if status == "superseded" {
            return .superseded(
                by: try row.decodeIfPresent("superseded_by"), at: try row.decodeIfPresent("superseded_at") ?? Date())
        }
        return .alreadyReviewed(
            status: status, by: try row.decodeIfPresent("reviewed_by") ?? "someone",
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
