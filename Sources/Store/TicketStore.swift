import Foundation
import Postgres

/// Reads tickets for the agent API.
public struct TicketStore: Sendable {
    public static let statuses = ["open", "pending", "solved", "closed"]
    public static let maxPageSize = 200

    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Newest first, keyset-paginated: `cursor` is the `next_cursor` of the previous page.
    public func list(status: String?, tenantID: UUID? = nil, limit: Int, cursor: String?) async throws -> TicketPage {
        if let status, !Self.statuses.contains(status) {
            throw StoreError(.invalidArgument, "status must be one of: \(Self.statuses.joined(separator: ", "))")
        }
        guard (1...Self.maxPageSize).contains(limit) else {
            throw StoreError(.invalidArgument, "limit must be between 1 and \(Self.maxPageSize)")
        }
        var after: (Date, UUID)?
        if let cursor {
            guard let decoded = Self.decodeCursor(cursor) else {
                throw StoreError(.invalidArgument, "cursor is not one this server issued")
            }
            after = decoded
        }
        let rows = try await pool.query(
            """
            SELECT t.id, t.tenant_id, t.external_id, t.subject, t.status, t.customer_email, t.customer_name,
                   t.created_at, t.updated_at,
                   (SELECT count(*) FROM ticket_messages m WHERE m.ticket_id = t.id) AS message_count
            FROM tickets t
            WHERE (\(status)::text IS NULL OR t.status = \(status)::text)
              AND (\(tenantID)::uuid IS NULL OR t.tenant_id = \(tenantID)::uuid)
              AND (\(after?.0)::timestamptz IS NULL OR (t.created_at, t.id) < (\(after?.0)::timestamptz, \(after?.1)::uuid))
            ORDER BY t.created_at DESC, t.id DESC
            LIMIT \(limit + 1)::int
            """
        ).rows
        var tickets: [TicketSummary] = []
        for row in rows.prefix(limit) {
            tickets.append(
                TicketSummary(
                    id: try row.decode("id"), tenantID: try row.decode("tenant_id"),
                    externalID: try row.decode("external_id"), subject: try row.decode("subject"),
                    status: try row.decode("status"),
                    customer: .init(
                        email: try row.decode("customer_email"), name: try row.decodeIfPresent("customer_name")),
                    messageCount: try row.decode("message_count"),
                    createdAt: try row.decode("created_at"), updatedAt: try row.decode("updated_at")))
        }
        let next = rows.count > limit ? tickets.last.map { Self.encodeCursor($0.createdAt, $0.id) } : nil
        return TicketPage(tickets: tickets, nextCursor: next)
    }

    /// The ticket and its thread, or nil when there is no such ticket.
    public func detail(_ id: UUID) async throws -> TicketDetail? {
        try await pool.withConnection { connection in
            guard
                let t = try await connection.query(
                    """
                    SELECT id, tenant_id, external_id, subject, status, customer_email, customer_name, order_id,
                           channel, correlation_id, created_at, updated_at
                    FROM tickets WHERE id = \(id)::uuid
                    """
                ).first
            else { return nil }
            let messages = try await connection.query(
                """
                SELECT external_id, author, body, created_at FROM ticket_messages
                WHERE ticket_id = \(id)::uuid ORDER BY created_at, received_at, id
                """
            ).rows.map { row in
                TicketDetail.Message(
                    externalID: try row.decode("external_id"), author: try row.decode("author"),
                    body: try row.decode("body"), createdAt: try row.decode("created_at"))
            }
            return TicketDetail(
                id: try t.decode("id"), tenantID: try t.decode("tenant_id"), externalID: try t.decode("external_id"),
                subject: try t.decode("subject"), status: try t.decode("status"),
                customer: .init(email: try t.decode("customer_email"), name: try t.decodeIfPresent("customer_name")),
                orderID: try t.decodeIfPresent("order_id"), channel: try t.decodeIfPresent("channel"),
                correlationID: try t.decodeIfPresent("correlation_id"),
                createdAt: try t.decode("created_at"), updatedAt: try t.decode("updated_at"),
                messages: messages, triage: try await Self.triage(id, on: connection),
                summary: try await Self.summary(id, on: connection), drafts: try await Self.drafts(id, on: connection),
                deliveries: try await DeliveryStore.deliveries(id, on: connection))
        }
    }

    static func triage(_ id: UUID, on connection: PostgresConnection) async throws -> TicketDetail.Triage? {
        try await connection.query(
            """
            SELECT category, priority, sentiment, language, order_id, needs_human, needs_human_reason, source, model,
                   reason, updated_at
            FROM ticket_triage WHERE ticket_id = \(id)::uuid
            """
        ).first.map { row in
            TicketDetail.Triage(
                category: try row.decode("category"), priority: try row.decode("priority"),
                sentiment: try row.decode("sentiment"), language: try row.decode("language"),
                orderID: try row.decodeIfPresent("order_id"), needsHuman: try row.decode("needs_human"),
                needsHumanReason: try row.decodeIfPresent("needs_human_reason"), source: try row.decode("source"),
                model: try row.decodeIfPresent("model"), reason: try row.decode("reason"),
                updatedAt: try row.decode("updated_at"))
        }
    }

    static func summary(_ id: UUID, on connection: PostgresConnection) async throws -> TicketDetail.Summary? {
        try await connection.query(
            "SELECT text, source, model, reason, messages, updated_at FROM ticket_summaries WHERE ticket_id = \(id)::uuid"
        ).first.map { row in
            TicketDetail.Summary(
                text: try row.decode("text"), source: try row.decode("source"), model: try row.decodeIfPresent("model"),
                reason: try row.decode("reason"), messages: try row.decode("messages"),
                updatedAt: try row.decode("updated_at"))
        }
    }

    static func drafts(_ id: UUID, on connection: PostgresConnection) async throws -> [TicketDetail.Draft] {
        try await connection.query(
            """
            SELECT id, body, language, status, source, model, reason, created_at, citations::text AS citations,
                   approved_body, reviewed_by, reviewed_at
            FROM drafts WHERE ticket_id = \(id)::uuid ORDER BY created_at, id
            """
        ).rows.map { row in
            TicketDetail.Draft(
                id: try row.decode("id"), body: try row.decode("body"), language: try row.decode("language"),
                status: try row.decode("status"), source: try row.decode("source"),
                model: try row.decodeIfPresent("model"), reason: try row.decode("reason"),
                createdAt: try row.decode("created_at"),
                citations: (try? JSONDecoder().decode(
                    [String].self, from: Data((try row.decode("citations") as String).utf8)))
                    ?? [],
                approvedBody: try row.decodeIfPresent("approved_body"),
                reviewedBy: try row.decodeIfPresent("reviewed_by"),
                reviewedAt: try row.decodeIfPresent("reviewed_at"))
        }
    }

    static func encodeCursor(_ date: Date, _ id: UUID) -> String {
        let micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        return Data("\(micros)|\(id.uuidString.lowercased())".utf8).base64EncodedString()
    }

    static func decodeCursor(_ cursor: String) -> (Date, UUID)? {
        guard let data = Data(base64Encoded: cursor), let text = String(data: data, encoding: .utf8) else { return nil }
        let parts = text.split(separator: "|")
        guard parts.count == 2, let micros = Int64(parts[0]), let id = UUID(uuidString: String(parts[1])) else {
            return nil
        }
        return (Date(timeIntervalSince1970: Double(micros) / 1_000_000), id)
    }
}
