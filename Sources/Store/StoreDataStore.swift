import Domain
import Foundation
import Postgres

/// The store's reference data: knowledge base, orders and canned replies. Loads replace rows by
/// key, so loading the same file twice changes nothing.
public struct StoreDataStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    public func load(articles: [KBArticle]) async throws {
        try await pool.transaction { tx in
            for article in articles {
                let facts = String(decoding: try Self.encoder.encode(article.facts), as: UTF8.self)
                try await tx.query(
                    """
                    INSERT INTO kb_articles (id, topic, language, title, body, facts)
                    VALUES (\(article.id), \(article.topic), \(article.language), \(article.title), \(article.body),
                            \(facts)::jsonb)
                    ON CONFLICT (id) DO UPDATE SET topic = excluded.topic, language = excluded.language,
                        title = excluded.title, body = excluded.body, facts = excluded.facts
                    """)
            }
        }
    }

    /// Orders of `tenantID`; `raw` is each record's JSON as received (kept whole in `data`).
    public func load(orders: [(record: OrderRecord, raw: String)], tenantID: UUID) async throws {
        try await pool.transaction { tx in
            for (record, raw) in orders {
                try await tx.query(
                    """
                    INSERT INTO orders (tenant_id, order_id, customer_email, status, data)
                    VALUES (\(tenantID)::uuid, \(record.orderID), \(record.customerEmail), \(record.status), \(raw)::jsonb)
                    ON CONFLICT (tenant_id, order_id) DO UPDATE SET customer_email = excluded.customer_email,
                        status = excluded.status, data = excluded.data, updated_at = now()
                    """)
            }
        }
    }

    public func load(canned: [CannedReply]) async throws {
        try await pool.transaction { tx in
            for reply in canned {
                try await tx.query(
                    """
                    INSERT INTO canned_replies (category, language, body) VALUES (\(reply.category), \(reply.language), \(reply.body))
                    ON CONFLICT (category, language) DO UPDATE SET body = excluded.body
                    """)
            }
        }
    }

    /// The tenant's record of an order, nil when the shop never sent it.
    public func order(tenantID: UUID, orderID: String) async throws -> OrderRecord? {
        guard
            let row = try await pool.query(
                "SELECT data::text AS data FROM orders WHERE tenant_id = \(tenantID)::uuid AND order_id = \(orderID)"
            ).first
        else { return nil }
        return try? JSONDecoder().decode(OrderRecord.self, from: Data((try row.decode("data") as String).utf8))
    }

    /// What a draft for `category` in `language` may be grounded in: the ticket's order (when the
    /// tenant has it), policy articles of `topics` (in `language`, else English) and the canned
    /// reply (in `language`, else English). One round trip per kind.
    public func grounding(
        tenantID: UUID, orderID: String?, topics: [String], category: String, language: String
    ) async throws -> (order: OrderRecord?, articles: [KBArticle], canned: String?) {
        try await pool.withConnection { connection in
            var order: OrderRecord?
            if let orderID,
                let row = try await connection.query(
                    "SELECT data::text AS data FROM orders WHERE tenant_id = \(tenantID)::uuid AND order_id = \(orderID)"
                ).first
            {
                order = try? JSONDecoder().decode(OrderRecord.self, from: Data((try row.decode("data") as String).utf8))
            }
            let topicList = "{" + topics.map { "\"\($0)\"" }.joined(separator: ",") + "}"
            let articles = try await connection.query(
                """
                SELECT DISTINCT ON (topic) id, topic, language, title, body, facts::text AS facts FROM kb_articles
                WHERE topic = ANY(\(topicList)::text[]) AND language IN (\(language), 'en')
                ORDER BY topic, (language = \(language)) DESC, id
                """
            ).rows.map { row in
                KBArticle(
                    id: try row.decode("id"), topic: try row.decode("topic"), language: try row.decode("language"),
                    title: try row.decode("title"), body: try row.decode("body"),
                    facts: (try? JSONDecoder().decode(
                        [String].self, from: Data((try row.decode("facts") as String).utf8)))
                        ?? [])
            }
            let canned: String? = try await connection.query(
                """
                SELECT body FROM canned_replies WHERE category = \(category) AND language IN (\(language), 'en')
                ORDER BY (language = \(language)) DESC LIMIT 1
                """
            ).first?.decode("body")
            return (order, articles, canned)
        }
    }
}
