-- Outbound webhooks (CONTRACT.md "Outbound: result webhooks"). Every event row gets one delivery
-- job, enqueued by a trigger in the event's own transaction, so events written by SQL functions
-- (budget thresholds) are delivered like the rest and nothing commits without its delivery.

-- Secret rotation: during the overlap both the new and the previous secret sign each delivery.
-- Endpoint health: failing continuously since when; why delivery was switched off.
ALTER TABLE tenants
    ADD COLUMN outbound_secret_previous        text,
    ADD COLUMN outbound_secret_previous_until  timestamptz,
    ADD COLUMN webhook_failing_since           timestamptz,
    ADD COLUMN webhook_disabled_reason         text NOT NULL DEFAULT '';

-- Delivery state of each event: `none` (the tenant had no endpoint when it was written),
-- `pending`, `delivered` or `dead` (attempts used up: `supportbot dlq list`).
ALTER TABLE events
    ADD COLUMN delivery_state  text NOT NULL DEFAULT 'none'
                               CHECK (delivery_state IN ('none', 'pending', 'delivered', 'dead')),
    ADD COLUMN attempts        integer NOT NULL DEFAULT 0,
    ADD COLUMN delivered_at    timestamptz;

CREATE FUNCTION events_enqueue_delivery() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM tenants WHERE id = NEW.tenant_id AND webhook_url IS NOT NULL) THEN
        NEW.delivery_state := 'pending';
        -- max_attempts is a ceiling: the delivery handler dead-letters by its own schedule.
        INSERT INTO jobs (kind, lane, priority, max_attempts, tenant_id, ticket_id, correlation_id, payload,
                          idempotency_key)
        VALUES ('deliver', 'delivery', 100, 100, NEW.tenant_id, NEW.ticket_id, NEW.id,
                jsonb_build_object('event_id', NEW.id), 'deliver:' || NEW.id)
        ON CONFLICT (idempotency_key) DO NOTHING;
        PERFORM pg_notify('jobs', 'delivery');
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER events_enqueue_delivery BEFORE INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION events_enqueue_delivery();

-- Every attempt, for the ticket's delivery log and for operators.
CREATE TABLE delivery_attempts (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id          text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    tenant_id         uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    ticket_id         uuid,
    attempt           integer NOT NULL,
    url               text NOT NULL,
    -- NULL when no response arrived (timeout, refused connection).
    status            integer,
    latency_ms        double precision NOT NULL,
    error             text NOT NULL DEFAULT '',
    -- The first KiB of the response body, for debugging a receiver.
    response_snippet  text NOT NULL DEFAULT '',
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX delivery_attempts_event_idx ON delivery_attempts (event_id, id);
CREATE INDEX delivery_attempts_ticket_idx ON delivery_attempts (ticket_id, id) WHERE ticket_id IS NOT NULL;
CREATE INDEX events_pending_idx ON events (tenant_id, created_at) WHERE delivery_state = 'pending';

-- Review: the text an agent approved (edited or not); `body` keeps what was drafted.
ALTER TABLE drafts ADD COLUMN approved_body text;
