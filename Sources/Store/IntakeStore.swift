import Domain
import Foundation
import Postgres

/// Records an inbound ticket webhook: the dedupe row, the ticket, the message and the triage job,
/// all in one transaction, with a `NOTIFY jobs` that fires at COMMIT.
public struct IntakeStore: Sendable {
    /// The outcome the API answers with.
    public struct Outcome: Sendable, Equatable {
        public var ticketID: UUID
        /// True when this webhook-id was seen before: nothing was written.
        public var duplicate: Bool
        /// The triage job queued by this webhook, if any (none for agent messages or repeats).
        public var jobID: Int64?
        /// False when the ticket already existed (a message was added).
        public var createdTicket: Bool
    }

    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Stores `webhook` for `tenantID`; idempotent on `webhookID`.
    ///
    /// Concurrent deliveries of one webhook-id serialize on the unique index of `inbound_events`:
    /// the first commits, the others see the conflict and answer as duplicates.
    public func accept(tenantID: UUID, webhookID: String, webhook: TicketWebhook) async throws -> Outcome {
        let outcome = try await pool.transaction { tx -> Outcome? in
            let event = try await tx.query(
                """
                INSERT INTO inbound_events (tenant_id, webhook_id, event_type)
                VALUES (\(tenantID)::uuid, \(webhookID), \(webhook.type.rawValue))
                ON CONFLICT (tenant_id, webhook_id) DO NOTHING
                RETURNING id
                """)
            guard let eventRow = event.first else { return nil }
            let eventID: Int64 = try eventRow.decode("id")
            let ticket = webhook.ticket
            let message = webhook.message
            let queueTriage = message.author == .customer
            let lane = JobKind.triage.lane.rawValue
            let row = try await tx.query(
                """
                WITH t AS (
                    INSERT INTO tickets (tenant_id, external_id, subject, customer_email, customer_name,
                                         order_id, channel, correlation_id)
                    VALUES (\(tenantID)::uuid, \(ticket.externalID), COALESCE(\(ticket.subject)::text, ''),
                            \(ticket.customer.email), \(ticket.customer.name), \(ticket.orderID),
                            \(ticket.channel), \(webhookID))
                    ON CONFLICT (tenant_id, external_id) DO UPDATE SET
                        subject = CASE WHEN tickets.subject = '' THEN EXCLUDED.subject ELSE tickets.subject END,
                        customer_name = COALESCE(EXCLUDED.customer_name, tickets.customer_name),
                        order_id = COALESCE(EXCLUDED.order_id, tickets.order_id),
                        channel = COALESCE(EXCLUDED.channel, tickets.channel),
                        updated_at = now()
                    RETURNING id, (xmax = 0) AS created
                ), m AS (
                    INSERT INTO ticket_messages (ticket_id, external_id, author, body, created_at)
                    SELECT t.id, \(message.externalID), \(message.author.rawValue), \(message.body),
                           \(message.createdAt)::timestamptz
                    FROM t
                    ON CONFLICT (ticket_id, external_id) DO NOTHING
                    RETURNING id, ticket_id
                ), j AS (
                    -- The queue's one way in (jobs_enqueue: idempotency key, NOTIFY at commit).
                    SELECT jobs_enqueue(\(JobKind.triage.rawValue), \(lane), \(JobKind.triage.maxAttempts)::int,
                                        jsonb_build_object('ticket_id', m.ticket_id, 'message_id', m.id),
                                        100::smallint, NULL, \(tenantID)::uuid, m.ticket_id, \(webhookID),
                                        'triage:' || m.ticket_id || ':' || \(message.externalID)::text) AS id
                    FROM m
                    WHERE \(queueTriage)::boolean
                ), e AS (
                    UPDATE inbound_events SET ticket_id = (SELECT id FROM t) WHERE id = \(eventID)::bigint
                    RETURNING id
                )
                SELECT t.id AS ticket_id, t.created, (SELECT id FROM j) AS job_id, (SELECT count(*) FROM e) AS linked
                FROM t
                """
            ).first!
            return Outcome(
                ticketID: try row.decode("ticket_id"), duplicate: false,
                jobID: try row.decodeIfPresent("job_id"), createdTicket: try row.decode("created"))
        }
        if let outcome { return outcome }
        // A committed row holds this webhook-id (a concurrent first delivery waited on above).
        let existing = try await pool.query(
            """
            SELECT ticket_id FROM inbound_events
            WHERE tenant_id = \(tenantID)::uuid AND webhook_id = \(webhookID)
            """
        ).first
        guard let existing, let ticketID: UUID = try existing.decodeIfPresent("ticket_id") else {
            throw StoreError(.notFound, "the earlier delivery of this webhook-id produced no ticket")
        }
        return Outcome(ticketID: ticketID, duplicate: true, jobID: nil, createdTicket: false)
    }
}
