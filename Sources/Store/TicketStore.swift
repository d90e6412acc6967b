import Domain
import Foundation
import Postgres

/// Reads tickets for the agent API, always within a tenant scope.
public struct TicketStore: Sendable {
    public static let statuses = ["open", "pending", "solved", "closed"]
    public static let maxPageSize = 200

    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Newest first, keyset-paginated: `cursor` is the `nextCursor` of the previous page.
    public func list(status: String?, scope: TenantScope, limit: Int, cursor: String?) async throws -> TicketListPage {
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
        if scope == .hidden { return TicketListPage(tickets: [], nextCursor: nil) }
        let rows = try await pool.query(
            """
            SELECT t.id, t.tenant_id, t.external_id, t.subject, t.status, t.customer_email, t.customer_name,
                   t.created_at, t.updated_at,
                   (SELECT count(*) FROM ticket_messages m WHERE m.ticket_id = t.id) AS message_count
            FROM tickets t
            WHERE (\(status)::text IS NULL OR t.status = \(status)::text)
              AND (\(scope.tenantID)::uuid IS NULL OR t.tenant_id = \(scope.tenantID)::uuid)
              AND (\(after?.0)::timestamptz IS NULL OR (t.created_at, t.id) < (\(after?.0)::timestamptz, \(after?.1)::uuid))
            ORDER BY t.created_at DESC, t.id DESC
            LIMIT \(limit + 1)::int
            """
        ).rows
        let tickets = try rows.prefix(limit).map { row in
            TicketListItem(
                id: try row.decode("id"), tenantID: try row.decode("tenant_id"),
                externalID: try row.decode("external_id"), subject: try row.decode("subject"),
                status: try row.decode("status"), customerEmail: try row.decode("customer_email"),
                customerName: try row.decodeIfPresent("customer_name"), messageCount: try row.decode("message_count"),
                createdAt: try row.decode("created_at"), updatedAt: try row.decode("updated_at"))
        }
        let next = rows.count > limit ? tickets.last.map { Self.encodeCursor($0.createdAt, $0.id) } : nil
        return TicketListPage(tickets: tickets, nextCursor: next)
    }

    /// The ticket with its thread, results, drafts, cited order and delivery log, in one round
    /// trip; nil when there is no such ticket in `scope` (another tenant's ticket does not exist).
    public func detail(_ id: UUID, scope: TenantScope) async throws -> TicketRecord? {
        guard scope != .hidden,
            let row = try await pool.query(
                """
                SELECT json_build_object(
                    'id', t.id, 'tenantID', t.tenant_id, 'externalID', t.external_id, 'subject', t.subject,
                    'status', t.status, 'customerEmail', t.customer_email, 'customerName', t.customer_name,
                    'orderID', t.order_id, 'channel', t.channel, 'correlationID', t.correlation_id,
                    'createdAt', t.created_at, 'updatedAt', t.updated_at,
                    'messages', COALESCE((
                        SELECT json_agg(json_build_object('externalID', m.external_id, 'author', m.author,
                                                          'body', m.body, 'createdAt', m.created_at)
                                        ORDER BY m.created_at, m.received_at, m.id)
                        FROM ticket_messages m WHERE m.ticket_id = t.id), '[]'),
                    'triage', (
                        SELECT json_build_object('category', r.category, 'priority', r.priority,
                                                 'sentiment', r.sentiment, 'language', r.language,
                                                 'orderID', r.order_id, 'needsHuman', r.needs_human,
                                                 'needsHumanReason', r.needs_human_reason, 'source', r.source,
                                                 'model', r.model, 'reason', r.reason, 'updatedAt', r.updated_at)
                        FROM ticket_triage r WHERE r.ticket_id = t.id),
                    'summary', (
                        SELECT json_build_object('text', s.text, 'source', s.source, 'model', s.model,
                                                 'reason', s.reason, 'messages', s.messages, 'updatedAt', s.updated_at)
                        FROM ticket_summaries s WHERE s.ticket_id = t.id),
                    'drafts', COALESCE((
                        SELECT json_agg(json_build_object('id', d.id, 'body', d.body, 'language', d.language,
                                                          'status', d.status, 'source', d.source, 'model', d.model,
                                                          'reason', d.reason, 'createdAt', d.created_at,
                                                          'citations', d.citations, 'approvedBody', d.approved_body,
                                                          'reviewedBy', d.reviewed_by, 'reviewedAt', d.reviewed_at,
                                                          'supersededBy', d.superseded_by)
                                        ORDER BY d.created_at, d.id)
                        FROM drafts d WHERE d.ticket_id = t.id), '[]'),
                    'citedOrder', (
                        SELECT o.data FROM orders o
                        WHERE o.tenant_id = t.tenant_id AND o.order_id = (
                            SELECT substring(c.value FROM '^order:(.+)\\.[^.]+$')
                            FROM drafts d, jsonb_array_elements_text(d.citations) c(value)
                            WHERE d.ticket_id = t.id AND c.value LIKE 'order:%'
                            ORDER BY d.created_at DESC, d.id DESC LIMIT 1)),
                    'deliveries', COALESCE((
                        SELECT json_agg(json_build_object(
                                   'eventID', e.id, 'type', e.type, 'state', e.delivery_state,
                                   'createdAt', e.created_at, 'deliveredAt', e.delivered_at,
                                   'attempts', COALESCE((
                                       SELECT json_agg(json_build_object(
                                                  'eventID', a.event_id, 'attempt', a.attempt, 'url', a.url,
                                                  'status', a.status, 'latencyMilliseconds', a.latency_ms,
                                                  'error', a.error, 'responseSnippet', a.response_snippet,
                                                  'createdAt', a.created_at) ORDER BY a.id)
                                       FROM delivery_attempts a WHERE a.event_id = e.id), '[]'))
                               ORDER BY e.created_at, e.id)
                        FROM events e WHERE e.ticket_id = t.id), '[]')
                )::text AS doc
                FROM tickets t
                WHERE t.id = \(id)::uuid AND (\(scope.tenantID)::uuid IS NULL OR t.tenant_id = \(scope.tenantID)::uuid)
                """
            ).first
        else { return nil }
        return try RecordJSON.decode(TicketRecord.self, from: try row.decode("doc"))
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

/// Decodes documents built by SQL (`json_build_object`), whose timestamps are Postgres's JSON
/// form (`2026-12-07T14:19:26.123456+00:00`).
enum RecordJSON {
    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = PostgresTimestamp.parse(text) ?? RFC3339.parse(text) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: "not a timestamp"))
            }
            return date
        }
        return try decoder.decode(type, from: Data(text.utf8))
    }
}
