import Domain
import Foundation
import Postgres

/// What the agents' inbox shows: drafts in one review state, filtered, urgent first.
public struct InboxQuery: Sendable, Equatable {
    public var status: String
    /// Matched against subject, external id, customer name and email (case-insensitive).
    public var text: String?
    public var category: String?
    public var priority: String?
    public var offset: Int
    public var limit: Int

    public init(
        status: String = "pending_review", text: String? = nil, category: String? = nil, priority: String? = nil,
        offset: Int = 0, limit: Int = 100
    ) {
        self.status = status
        self.text = text
        self.category = category
        self.priority = priority
        self.offset = offset
        self.limit = limit
    }
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
    public var createdAt: Date
}

/// A window of the inbox and how many drafts match in all.
public struct InboxPage: Sendable, Equatable {
    public var entries: [InboxEntry]
    public var total: Int
}

/// The dashboard's reads: paginated (only the visible window is fetched), newest urgent first.
public struct InboxStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    public func page(_ query: InboxQuery) async throws -> InboxPage {
        guard ["pending_review", "approved", "rejected"].contains(query.status) else {
            throw StoreError(.invalidArgument, "status must be pending_review, approved or rejected")
        }
        guard query.offset >= 0, (1...1000).contains(query.limit) else {
            throw StoreError(.invalidArgument, "offset must be ≥ 0 and limit from 1 to 1000")
        }
        let pattern = query.text.flatMap { $0.isEmpty ? nil : "%" + Self.escapeLike($0) + "%" }
        let rows = try await pool.query(
            """
            SELECT d.id, d.ticket_id, t.tenant_id, t.external_id, t.subject, t.customer_name, t.customer_email,
                   tr.priority, tr.category, tr.sentiment, COALESCE(tr.needs_human, false) AS needs_human,
                   d.source, d.reason, d.status, d.created_at, count(*) OVER () AS total
            FROM drafts d
            JOIN tickets t ON t.id = d.ticket_id
            LEFT JOIN ticket_triage tr ON tr.ticket_id = d.ticket_id
            WHERE d.status = \(query.status)
              AND (\(query.category)::text IS NULL OR tr.category = \(query.category))
              AND (\(query.priority)::text IS NULL OR tr.priority = \(query.priority))
              AND (\(pattern)::text IS NULL OR t.subject ILIKE \(pattern) OR t.external_id ILIKE \(pattern)
                   OR t.customer_email ILIKE \(pattern) OR t.customer_name ILIKE \(pattern))
            ORDER BY CASE tr.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 WHEN 'low' THEN 3
                     ELSE 4 END, d.created_at DESC, d.id DESC
            OFFSET \(query.offset)::int LIMIT \(query.limit)::int
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
                draftReason: try row.decode("reason"), status: try row.decode("status"),
                createdAt: try row.decode("created_at"))
        }
        if let first = rows.first { return InboxPage(entries: entries, total: try first.decode("total")) }
        // Past the last row no row carries the total: ask for the first one.
        guard query.offset > 0 else { return InboxPage(entries: [], total: 0) }
        var start = query
        start.offset = 0
        start.limit = 1
        return InboxPage(entries: [], total: try await page(start).total)
    }

    /// Drafts per review state, for the header.
    public func counts() async throws -> [String: Int] {
        var counts = ["pending_review": 0, "approved": 0, "rejected": 0]
        for row in try await pool.query("SELECT status, count(*) AS n FROM drafts GROUP BY status").rows {
            counts[try row.decode("status", as: String.self)] = try row.decode("n", as: Int.self)
        }
        return counts
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
