import Domain
import Foundation
import Postgres

/// What the pipeline's handlers read about a ticket before calling the gateway.
public struct TicketContext: Sendable {
    public struct Message: Sendable, Equatable {
        public var id: UUID
        public var externalID: String
        public var author: String
        public var body: String
    }

    public var ticketID: UUID
    public var tenantID: UUID
    public var externalID: String
    public var subject: String
    public var customerEmail: String
    public var customerName: String?
    public var orderID: String?
    /// Oldest first.
    public var messages: [Message]
    public var triage: TriageResult?

    /// The newest customer message, which triage and drafts answer.
    public var latestCustomerMessage: Message? { messages.last { $0.author == "customer" } }
}

/// A result as stored, with what produced it.
public struct Provenance: Sendable, Equatable {
    public var source: ResultSource
    public var model: String?
    /// The router's reason, or why it fell back.
    public var reason: String

    public init(source: ResultSource, model: String?, reason: String) {
        self.source = source
        self.model = model
        self.reason = reason
    }
}

/// Reads and writes of the triage → summary → draft pipeline. Writes take the connection of the
/// job's completion transaction, so a result, its event and its follow-up jobs commit together.
public struct PipelineStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// The ticket, its thread and its current triage; nil when the ticket is gone.
    public func context(_ ticketID: UUID) async throws -> TicketContext? {
        try await pool.withConnection { connection in
            guard
                let t = try await connection.query(
                    """
                    SELECT t.id, t.tenant_id, t.external_id, t.subject, t.customer_email, t.customer_name, t.order_id,
                           tr.category, tr.priority, tr.sentiment, tr.language, tr.order_id AS triage_order,
                           tr.needs_human, tr.needs_human_reason
                    FROM tickets t LEFT JOIN ticket_triage tr ON tr.ticket_id = t.id
                    WHERE t.id = \(ticketID)::uuid
                    """
                ).first
            else { return nil }
            let messages = try await connection.query(
                """
                SELECT id, external_id, author, body FROM ticket_messages
                WHERE ticket_id = \(ticketID)::uuid ORDER BY created_at, received_at, id
                """
            ).rows.map { row in
                TicketContext.Message(
                    id: try row.decode("id"), externalID: try row.decode("external_id"),
                    author: try row.decode("author"), body: try row.decode("body"))
            }
            var triage: TriageResult?
            if let category: String = try t.decodeIfPresent("category"),
                let category = TicketCategory(rawValue: category),
                let priority = TicketPriority(rawValue: try t.decode("priority")),
                let sentiment = TicketSentiment(rawValue: try t.decode("sentiment"))
            {
                triage = TriageResult(
                    category: category, priority: priority, sentiment: sentiment, language: try t.decode("language"),
                    orderID: try t.decodeIfPresent("triage_order"), needsHuman: try t.decode("needs_human"),
                    needsHumanReason: try t.decodeIfPresent("needs_human_reason"))
            }
            return TicketContext(
                ticketID: try t.decode("id"), tenantID: try t.decode("tenant_id"),
                externalID: try t.decode("external_id"),
                subject: try t.decode("subject"), customerEmail: try t.decode("customer_email"),
                customerName: try t.decodeIfPresent("customer_name"),
                orderID: try t.decodeIfPresent("order_id"), messages: messages, triage: triage)
        }
    }

    /// Stores the ticket's triage (replacing an older one) and its `ticket.triaged` event.
    public static func saveTriage(
        _ triage: TriageResult, provenance: Provenance, context: TicketContext, messageID: UUID?,
        on tx: PostgresConnection
    ) async throws {
        try await tx.query(
            """
            INSERT INTO ticket_triage (ticket_id, category, priority, sentiment, language, order_id, needs_human,
                                       needs_human_reason, source, model, reason, message_id)
            VALUES (\(context.ticketID)::uuid, \(triage.category.rawValue), \(triage.priority.rawValue),
                    \(triage.sentiment.rawValue), \(triage.language), \(triage.orderID), \(triage.needsHuman)::bool,
                    \(triage.needsHumanReason), \(provenance.source.rawValue), \(provenance.model), \(provenance.reason),
                    \(messageID)::uuid)
            ON CONFLICT (ticket_id) DO UPDATE SET
                category = excluded.category, priority = excluded.priority, sentiment = excluded.sentiment,
                language = excluded.language, order_id = excluded.order_id, needs_human = excluded.needs_human,
                needs_human_reason = excluded.needs_human_reason, source = excluded.source, model = excluded.model,
                reason = excluded.reason, message_id = excluded.message_id, updated_at = now()
            """)
        try await insertEvent(
            "ticket.triaged", tenantID: context.tenantID, ticketID: context.ticketID,
            payload: [
                "ticket_id": .string(context.ticketID.lowercased), "external_id": .string(context.externalID),
                "category": .string(triage.category.rawValue), "priority": .string(triage.priority.rawValue),
                "sentiment": .string(triage.sentiment.rawValue), "language": .string(triage.language),
                "order_id": triage.orderID.map { .string($0) } ?? .null, "needs_human": .bool(triage.needsHuman),
                "source": .string(provenance.source.rawValue),
            ], on: tx)
    }

    /// Stores the ticket's summary (replacing an older one) and its `ticket.summarized` event.
    public static func saveSummary(
        _ text: String, messages: Int, provenance: Provenance, context: TicketContext, on tx: PostgresConnection
    ) async throws {
        // Summaries of a growing thread can finish out of order: an older one never replaces a newer.
        let saved = try await tx.query(
            """
            INSERT INTO ticket_summaries (ticket_id, text, source, model, reason, messages)
            VALUES (\(context.ticketID)::uuid, \(text), \(provenance.source.rawValue), \(provenance.model),
                    \(provenance.reason), \(messages)::int)
            ON CONFLICT (ticket_id) DO UPDATE SET text = excluded.text, source = excluded.source, model = excluded.model,
                reason = excluded.reason, messages = excluded.messages, updated_at = now()
            WHERE ticket_summaries.messages <= excluded.messages
            RETURNING ticket_id
            """)
        guard saved.first != nil else { return }
        try await insertEvent(
            "ticket.summarized", tenantID: context.tenantID, ticketID: context.ticketID,
            payload: [
                "ticket_id": .string(context.ticketID.lowercased), "external_id": .string(context.externalID),
                "summary": .string(text), "source": .string(provenance.source.rawValue),
            ], on: tx)
    }

    /// Stores a draft for `messageID` (once: a repeated job finds it there) and its
    /// `draft.created` event. Returns the draft's id, or nil when the message already has one.
    ///
    /// One live draft per ticket: the new draft supersedes the ticket's pending drafts for older
    /// messages (each with a `draft.superseded` event), and a draft for a message older than one
    /// already drafted is stored superseded at once (it answers a message since followed up). The
    /// ticket's row lock orders concurrent draft jobs of one ticket.
    @discardableResult
    public static func saveDraft(
        _ body: String, language: String, citations: [String] = [], messageID: UUID, provenance: Provenance,
        context: TicketContext, on tx: PostgresConnection
    ) async throws -> UUID? {
        let citationsJSON = String(decoding: try JSONEncoder().encode(citations), as: UTF8.self)
        try await tx.query("SELECT 1 FROM tickets WHERE id = \(context.ticketID)::uuid FOR UPDATE")
        guard
            let row = try await tx.query(
                """
                WITH answered AS (
                    SELECT created_at, received_at, id FROM ticket_messages WHERE id = \(messageID)::uuid
                ), newer AS (
                    SELECT d.id FROM drafts d JOIN ticket_messages m ON m.id = d.message_id, answered a
                    WHERE d.ticket_id = \(context.ticketID)::uuid
                      AND (m.created_at, m.received_at, m.id) > (a.created_at, a.received_at, a.id)
                    ORDER BY m.created_at DESC, m.received_at DESC, m.id DESC LIMIT 1
                )
                INSERT INTO drafts (tenant_id, ticket_id, message_id, body, language, source, model, reason, citations,
                                    status, superseded_by, superseded_at)
                SELECT \(context.tenantID)::uuid, \(context.ticketID)::uuid, \(messageID)::uuid, \(body), \(language), \(provenance.source.rawValue),
                       \(provenance.model), \(provenance.reason), \(citationsJSON)::jsonb,
                       CASE WHEN n.id IS NULL THEN 'pending_review' ELSE 'superseded' END, n.id,
                       CASE WHEN n.id IS NULL THEN NULL ELSE now() END
                FROM (SELECT 1) one LEFT JOIN newer n ON true
                ON CONFLICT (ticket_id, message_id) DO NOTHING
                RETURNING id, status
                """
            ).first
        else { return nil }
        let id: UUID = try row.decode("id")
        guard try row.decode("status", as: String.self) == "pending_review" else { return id }
        try await insertEvent(
            "draft.created", tenantID: context.tenantID, ticketID: context.ticketID,
            payload: [
                "ticket_id": .string(context.ticketID.lowercased), "external_id": .string(context.externalID),
                "draft_id": .string(id.lowercased), "body": .string(body),
                "source": .string(provenance.source.rawValue),
                "reason": .string(provenance.reason), "citations": .array(citations.map { .string($0) }),
            ], on: tx)
        let replaced = try await tx.query(
            """
            UPDATE drafts SET status = 'superseded', superseded_by = \(id)::uuid, superseded_at = now()
            WHERE ticket_id = \(context.ticketID)::uuid AND status = 'pending_review' AND id <> \(id)::uuid
            RETURNING id
            """
        ).rows.map { try $0.decode("id", as: UUID.self) }
        for old in replaced {
            try await insertEvent(
                "draft.superseded", tenantID: context.tenantID, ticketID: context.ticketID,
                payload: [
                    "ticket_id": .string(context.ticketID.lowercased), "external_id": .string(context.externalID),
                    "draft_id": .string(old.lowercased), "superseded_by": .string(id.lowercased),
                ], on: tx)
        }
        return id
    }

    /// An outbound event (CONTRACT.md), committed with the result that caused it.
    /// Its delivery job is queued by the `events` trigger (0008), in this same transaction.
    /// Returns the event's id (`msg_…`, the deliveries' `webhook-id`).
    @discardableResult
    static func insertEvent(
        _ type: String, tenantID: UUID, ticketID: UUID?, payload: JSONValue, on tx: PostgresConnection
    ) async throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(payload), as: UTF8.self)
        return try await tx.query(
            """
            WITH e AS (
                INSERT INTO events (tenant_id, type, ticket_id, payload)
                VALUES (\(tenantID)::uuid, \(type), \(ticketID)::uuid, \(json)::jsonb)
                RETURNING id, tenant_id
            )
            SELECT id, pg_notify('events', tenant_id::text) FROM e
            """
        ).rows[0].decode("id")
    }
}
