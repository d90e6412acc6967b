import Domain
import Foundation
import Postgres

/// The orders the agents' inbox offers.
public enum InboxOrder: String, Sendable, CaseIterable {
    /// Most urgent first (untriaged counts as normal), newest first within a priority.
    case urgentFirst = "urgent_first"
    case newest
    case oldest
    /// By the customer's name (or email when there is none), newest first for one customer.
    case customer

    /// Every order ends on the draft id (in the direction of the time order, as DashboardCore's
    /// `InboxSort` does), so pages read at different times agree on positions and no row is shown
    /// twice or skipped. Over the `matching` rows of `InboxStore.page`; constants only, since it
    /// is spliced into SQL.
    var orderBy: String {
        switch self {
        case .urgentFirst: "m.rank, m.created_at DESC, m.id DESC"
        case .newest: "m.created_at DESC, m.id DESC"
        case .oldest: "m.created_at, m.id"
        case .customer: "m.customer_key COLLATE \"C\", m.created_at DESC, m.id DESC"
        }
    }
}

/// What the agents' inbox shows: drafts in one review state, filtered, in one order.
public struct InboxQuery: Sendable, Equatable {
    public var status: String
    /// Words that must all appear, ignoring case and accents, in the subject, customer name or
    /// email, category or external id.
    public var text: String?
    public var category: String?
    public var priority: String?
    public var order: InboxOrder
    /// Rows to skip (after `cursor`, when there is one).
    public var offset: Int
    public var limit: Int
    /// Where the previous page ended (its ``InboxPage/nextCursor``): keyset pagination, so a walk
    /// through all rows neither repeats nor skips one while drafts come and go.
    public var cursor: String?

    public init(
        status: String = "pending_review", text: String? = nil, category: String? = nil, priority: String? = nil,
        order: InboxOrder = .urgentFirst, offset: Int = 0, limit: Int = 100, cursor: String? = nil
    ) {
        self.status = status
        self.text = text
        self.category = category
        self.priority = priority
        self.order = order
        self.offset = offset
        self.limit = limit
        self.cursor = cursor
    }

    public static let statuses = ["pending_review", "approved", "rejected", "superseded"]
}

/// One inbox line: a draft with its ticket and triage.
public struct InboxEntry: Sendable, Equatable {
    public var draftID: UUID
    public var ticketID: UUID
    public var tenantID: UUID
    public var externalID: String
    public var subject: String
    public var customerName: String?
    public var customerEmail: String
    /// Nil until the ticket is triaged.
    public var priority: String?
    public var category: String?
    public var sentiment: String?
    public var needsHuman: Bool
    /// `model`, `cache`, `rules` or `canned`, and why for fallbacks.
    public var draftSource: String
    public var draftReason: String
    public var status: String
    /// The text an approval sends: the agent's edit when there is one, else the draft.
    public var body: String
    public var createdAt: Date
    public var reviewedBy: String?
    public var reviewedAt: Date?
}

/// A window of the inbox and how many drafts match in all.
public struct InboxPage: Sendable, Equatable {
    public var entries: [InboxEntry]
    public var total: Int
    /// The cursor of the page after this one; nil at the end.
    public var nextCursor: String?
}

/// The position of a row in an inbox order, as a keyset cursor carries it.
struct InboxCursor: Equatable {
    var rank: Int
    var customerKey: String
    var createdAt: Date
    var id: UUID

    var encoded: String {
        let micros = Int64((createdAt.timeIntervalSince1970 * 1_000_000).rounded())
        let text = "\(rank)|\(micros)|\(id.lowercased)|\(customerKey)"
        return Data(text.utf8).base64EncodedString()
    }

    init(rank: Int, customerKey: String, createdAt: Date, id: UUID) {
        self.rank = rank
        self.customerKey = customerKey
        self.createdAt = createdAt
        self.id = id
    }

    init?(_ text: String) {
        guard let data = Data(base64Encoded: text), let decoded = String(data: data, encoding: .utf8) else {
            return nil
        }
        let parts = decoded.split(separator: "|", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, let rank = Int(parts[0]), let micros = Int64(parts[1]),
            let id = UUID(uuidString: String(parts[2]))
        else { return nil }
        self.init(
            rank: rank, customerKey: String(parts[3]),
            createdAt: Date(timeIntervalSince1970: Double(micros) / 1_000_000),
            id: id)
    }

    static func rank(_ priority: String?) -> Int {
        switch priority {
        case "urgent": 0
        case "high": 1
        case "low": 3
        default: 2
        }
    }
}

/// The dashboard's reads: paginated, so only the visible window's rows are read in full; the
/// ordering works on narrow rows and folded columns (schema 0010). About 20 ms a page at 10,000
/// drafts (docs/benchmarks.md); past ~100,000 a keyset cursor would be the next step.
public struct InboxStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// The drafts of `query` within `scope` (another tenant's drafts do not exist).
    public func page(_ query: InboxQuery, scope: TenantScope) async throws -> InboxPage {
        guard InboxQuery.statuses.contains(query.status) else {
            throw StoreError(.invalidArgument, "status must be one of: \(InboxQuery.statuses.joined(separator: ", "))")
        }
        guard (0...10_000_000).contains(query.offset), (1...1000).contains(query.limit) else {
            throw StoreError(.invalidArgument, "offset must be from 0 to 10000000 and limit from 1 to 1000")
        }
        var after: InboxCursor?
        if let cursor = query.cursor {
            guard let decoded = InboxCursor(cursor) else {
                throw StoreError(.invalidArgument, "cursor is not one this server issued")
            }
            after = decoded
        }
        if scope == .hidden { return InboxPage(entries: [], total: 0, nextCursor: nil) }
        let patterns = (query.text ?? "").split(whereSeparator: \.isWhitespace).map {
            "%" + Self.escapeLike(SearchFold.fold(String($0))) + "%"
        }
        // Two steps: order and cut the narrow matching rows (id, time, priority, customer key),
        // then read the full rows of the one page; sorting 10,000 wide rows was twice as slow.
        let rows = try await pool.query(
            """
            WITH matching AS MATERIALIZED (
                SELECT d.id, d.created_at, t.customer_key,
                       CASE tr.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'low' THEN 3 ELSE 2 END AS rank
                FROM drafts d
                JOIN tickets t ON t.id = d.ticket_id
                LEFT JOIN ticket_triage tr ON tr.ticket_id = d.ticket_id
                WHERE d.status = \(query.status)
                  AND (\(scope.tenantID)::uuid IS NULL OR d.tenant_id = \(scope.tenantID)::uuid)
                  AND (\(query.category)::text IS NULL
                       OR lower(tr.category COLLATE "C") = lower(\(query.category)::text COLLATE "C"))
                  AND (\(query.priority)::text IS NULL OR tr.priority = \(query.priority))
                  AND (t.search_text || E'\\n' || COALESCE(lower(tr.category COLLATE "C"), ''))
                      LIKE ALL (\(patterns)::text[])
            ), positioned AS MATERIALIZED (
                -- Rows after the cursor (all rows without one), numbered in the order.
                SELECT m.id, m.rank, row_number() OVER (ORDER BY \(unsafeRaw: query.order.orderBy)) AS position
                FROM matching m
                WHERE \(after?.id)::uuid IS NULL OR CASE \(query.order.rawValue)::text
                    WHEN 'urgent_first' THEN m.rank > \(after?.rank)::int
                         OR (m.rank = \(after?.rank)::int
                             AND (m.created_at, m.id) < (\(after?.createdAt)::timestamptz, \(after?.id)::uuid))
                    WHEN 'newest' THEN (m.created_at, m.id) < (\(after?.createdAt)::timestamptz, \(after?.id)::uuid)
                    WHEN 'oldest' THEN (m.created_at, m.id) > (\(after?.createdAt)::timestamptz, \(after?.id)::uuid)
                    ELSE m.customer_key COLLATE "C" > \(after?.customerKey)::text COLLATE "C"
                         OR (m.customer_key = \(after?.customerKey)::text
                             AND (m.created_at, m.id) < (\(after?.createdAt)::timestamptz, \(after?.id)::uuid))
                    END
            ), page AS (
                SELECT id, position, rank FROM positioned
                WHERE position > \(query.offset)::int AND position <= \(query.offset)::int + \(query.limit)::int
            )
            SELECT d.id, d.ticket_id, t.tenant_id, t.external_id, t.subject, t.customer_name, t.customer_email,
                   t.customer_key, p.rank,
                   tr.priority, tr.category, tr.sentiment, COALESCE(tr.needs_human, false) AS needs_human,
                   d.source, d.reason, d.status, COALESCE(d.approved_body, d.body) AS body, d.created_at,
                   d.reviewed_by, d.reviewed_at, (SELECT count(*) FROM matching) AS total,
                   (SELECT max(position) FROM positioned) AS remaining
            FROM page p
            JOIN drafts d ON d.id = p.id
            JOIN tickets t ON t.id = d.ticket_id
            LEFT JOIN ticket_triage tr ON tr.ticket_id = d.ticket_id
            ORDER BY p.position
            """
        ).rows
        let entries = try rows.map { row in
            InboxEntry(
                draftID: try row.decode("id"), ticketID: try row.decode("ticket_id"),
                tenantID: try row.decode("tenant_id"), externalID: try row.decode("external_id"),
                subject: try row.decode("subject"), customerName: try row.decodeIfPresent("customer_name"),
                customerEmail: try row.decode("customer_email"), priority: try row.decodeIfPresent("priority"),
                category: try row.decodeIfPresent("category"), sentiment: try row.decodeIfPresent("sentiment"),
                needsHuman: try row.decode("needs_human"), draftSource: try row.decode("source"),
                draftReason: try row.decode("reason"), status: try row.decode("status"), body: try row.decode("body"),
                createdAt: try row.decode("created_at"), reviewedBy: try row.decodeIfPresent("reviewed_by"),
                reviewedAt: try row.decodeIfPresent("reviewed_at"))
        }
        if let first = rows.first, let last = rows.last {
            let remaining: Int = try first.decode("remaining")
            let next =
                query.offset + query.limit < remaining
                ? InboxCursor(
                    rank: try last.decode("rank"), customerKey: try last.decode("customer_key"),
                    createdAt: try last.decode("created_at"), id: try last.decode("id")
                ).encoded : nil
            return InboxPage(entries: entries, total: try first.decode("total"), nextCursor: next)
        }
        // Past the last row no row carries the total: ask for the first one.
        guard query.offset > 0 || query.cursor != nil else { return InboxPage(entries: [], total: 0, nextCursor: nil) }
        var start = query
        start.offset = 0
        start.limit = 1
        start.cursor = nil
        return InboxPage(entries: [], total: try await page(start, scope: scope).total, nextCursor: nil)
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    /// Drafts per review state within `scope`, for the header.
    public func counts(scope: TenantScope) async throws -> [String: Int] {
        var counts = Dictionary(uniqueKeysWithValues: InboxQuery.statuses.map { ($0, 0) })
        if scope == .hidden { return counts }
        let rows = try await pool.query(
            scope.tenantID == nil
                ? "SELECT status, count(*) AS n FROM drafts GROUP BY status"
                : "SELECT status, count(*) AS n FROM drafts WHERE tenant_id = \(scope.tenantID)::uuid GROUP BY status"
        ).rows
        for row in rows {
            counts[try row.decode("status", as: String.self)] = try row.decode("n", as: Int.self)
        }
        return counts
    }
}
