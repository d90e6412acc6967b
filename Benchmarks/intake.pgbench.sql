-- The statements IntakeStore.accept runs for a new ticket, as pgbench executes them: the raw-SQL
-- ceiling for `supportbot bench intake`. Keep in step with Sources/Store/IntakeStore.swift.
-- Run with `-M extended`: values travel as bind parameters, as PQexecParams sends them.
\set n random(1, 1000000000000)
BEGIN;
INSERT INTO inbound_events (tenant_id, webhook_id, event_type)
VALUES (:tenant::uuid, 'pgb-' || :client_id::text || '-' || :n::text, 'ticket.created')
ON CONFLICT (tenant_id, webhook_id) DO NOTHING
RETURNING id AS event_id
\gset
WITH t AS (
    INSERT INTO tickets (tenant_id, external_id, subject, customer_email, customer_name, order_id, channel, correlation_id)
    VALUES (:tenant::uuid, 'pgb-' || :client_id::text || '-' || :n::text, COALESCE('Where is my order?'::text, ''),
            'load@example.com', 'Load Test', '1042', 'email', 'pgb-' || :client_id::text || '-' || :n::text)
    ON CONFLICT (tenant_id, external_id) DO UPDATE SET
        subject = CASE WHEN tickets.subject = '' THEN EXCLUDED.subject ELSE tickets.subject END,
        customer_name = COALESCE(EXCLUDED.customer_name, tickets.customer_name),
        order_id = COALESCE(EXCLUDED.order_id, tickets.order_id),
        channel = COALESCE(EXCLUDED.channel, tickets.channel),
        updated_at = now()
    RETURNING id, (xmax = 0) AS created
), m AS (
    INSERT INTO ticket_messages (ticket_id, external_id, author, body, created_at)
    SELECT t.id, 'm-1', 'customer',
           'Hi, I ordered a pair of running shoes ten days ago and the tracking page has not changed since Monday. Could you tell me when it will arrive? Thanks, Load',
           now()
    FROM t
    ON CONFLICT (ticket_id, external_id) DO NOTHING
    RETURNING id, ticket_id
), j AS (
    SELECT jobs_enqueue('triage', 'interactive', 5, jsonb_build_object('ticket_id', m.ticket_id, 'message_id', m.id),
                        100::smallint, NULL, :tenant::uuid, m.ticket_id, 'pgb-' || :client_id::text || '-' || :n::text,
                        'triage:' || m.ticket_id || ':' || 'm-1') AS id
    FROM m
    WHERE true
), e AS (
    UPDATE inbound_events SET ticket_id = (SELECT id FROM t) WHERE id = :event_id
    RETURNING id
)
SELECT t.id AS ticket_id, t.created, (SELECT id FROM j) AS job_id, (SELECT count(*) FROM e) AS linked
FROM t;
COMMIT;
