import Domain
import Foundation
import Postgres

/// One change on the agents' event stream, as the `stream_events` table and `NOTIFY stream` carry it.
public struct StreamEvent: Sendable, Equatable {
    /// Increasing with each event: the SSE `id`, which `Last-Event-ID` resumes after.
    public var seq: Int64
    public var tenantID: UUID
    public var type: StreamEventType
    public var ticketID: UUID
    public var draftID: UUID?
    /// The ticket's status, or the draft's for `draft.*` events.
    public var status: String?

    public init(
        seq: Int64, tenantID: UUID, type: StreamEventType, ticketID: UUID, draftID: UUID?, status: String?
    ) {
        self.seq = seq
        self.tenantID = tenantID
        self.type = type
        self.ticketID = ticketID
        self.draftID = draftID
        self.status = status
    }

    /// Parses a `NOTIFY stream` payload (written by `stream_event()`, schema 0011).
    public init?(notification payload: String) {
        struct Payload: Decodable {
            let seq: Int64
            let tenant_id: UUID
            let type: String
            let ticket_id: UUID
            let draft_id: UUID?
            let status: String?
        }
        guard let decoded = try? JSONDecoder().decode(Payload.self, from: Data(payload.utf8)),
            let type = StreamEventType(rawValue: decoded.type)
        else { return nil }
        self.init(
            seq: decoded.seq, tenantID: decoded.tenant_id, type: type, ticketID: decoded.ticket_id,
            draftID: decoded.draft_id, status: decoded.status)
    }
}

/// The stream's history: what a client that reconnects with `Last-Event-ID` missed.
public struct StreamEventStore: Sendable {
    /// The channel live events are announced on.
    public static let channel = "stream"
    /// How long events are kept for resuming.
    public static let retention: Duration = .seconds(24 * 3600)

    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Events after `seq` in `scope`, oldest first, at most `limit`.
    public func events(after seq: Int64, scope: TenantScope, limit: Int) async throws -> [StreamEvent] {
        if scope == .hidden { return [] }
        return try await pool.query(
            """
            SELECT seq, tenant_id, type, ticket_id, draft_id, status FROM stream_events
            WHERE seq > \(seq)::bigint AND (\(scope.tenantID)::uuid IS NULL OR tenant_id = \(scope.tenantID)::uuid)
            ORDER BY seq LIMIT \(limit)::int
            """
        ).rows.compactMap { row in
            guard let type = StreamEventType(rawValue: try row.decode("type")) else { return nil }
            return StreamEvent(
                seq: try row.decode("seq"), tenantID: try row.decode("tenant_id"), type: type,
                ticketID: try row.decode("ticket_id"), draftID: try row.decodeIfPresent("draft_id"),
                status: try row.decodeIfPresent("status"))
        }
    }

    /// The oldest event still kept (nil when there is none): a client resuming from before it
    /// has missed pruned events.
    public func oldest() async throws -> Int64? {
        try await pool.query("SELECT min(seq) AS seq FROM stream_events").rows[0].decodeIfPresent("seq")
    }

    /// The newest event's sequence number (0 when there is none).
    public func latest() async throws -> Int64 {
        try await pool.query("SELECT COALESCE(max(seq), 0) AS seq FROM stream_events").rows[0].decode("seq")
    }

    /// Deletes events older than `retention`, a batch at a time; returns how many.
    @discardableResult
    public func prune(olderThan retention: Duration = StreamEventStore.retention, batch: Int = 5000) async throws -> Int
    {
        try await pool.query(
            """
            DELETE FROM stream_events WHERE seq IN (
                SELECT seq FROM stream_events
                WHERE at < now() - make_interval(secs => \(Double(retention.components.seconds))::float8)
                ORDER BY seq LIMIT \(batch)::int
            )
            """
        ).affectedRows
    }
}
