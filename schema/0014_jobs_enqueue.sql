-- One way into the queue (docs/jobs.md, "Enqueue"): intake, JobStore.enqueue, the deliveries
-- trigger and the benchmarks all insert through jobs_enqueue(), which applies the idempotency
-- key, notifies the lane at commit, and returns the job's id, new or existing.

CREATE FUNCTION jobs_enqueue(
    p_kind text, p_lane text, p_max_attempts integer, p_payload jsonb DEFAULT '{}'::jsonb,
    p_priority smallint DEFAULT 100, p_run_at timestamptz DEFAULT NULL, p_tenant uuid DEFAULT NULL,
    p_ticket uuid DEFAULT NULL, p_correlation text DEFAULT NULL, p_key text DEFAULT NULL
) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v_id bigint;
BEGIN
    INSERT INTO jobs (kind, lane, priority, payload, run_at, max_attempts, tenant_id, ticket_id,
                      correlation_id, idempotency_key)
    VALUES (p_kind, p_lane, p_priority, p_payload, COALESCE(p_run_at, now()), p_max_attempts, p_tenant,
            p_ticket, p_correlation, p_key)
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NOT NULL THEN
        PERFORM pg_notify('jobs', p_lane);
        RETURN v_id;
    END IF;
    -- The key exists. ON CONFLICT waited for a concurrent inserter to commit, and this statement
    -- takes a new snapshot (READ COMMITTED), so the row is visible here; NULL only if that
    -- inserter rolled back, and the caller asks again.
    SELECT id INTO v_id FROM jobs WHERE idempotency_key = p_key;
    RETURN v_id;
END
$$;

-- Deliveries: the same path. A delivery's attempts are counted by its schedule (the handler
-- dead-letters on the last one); max_attempts is the ceiling JobKind.deliver.maxAttempts states,
-- the longest schedule SUPPORTBOT_WEBHOOK_RETRY_SCHEDULE accepts.
CREATE OR REPLACE FUNCTION events_enqueue_delivery() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM tenants WHERE id = NEW.tenant_id AND webhook_url IS NOT NULL) THEN
        NEW.delivery_state := 'pending';
        PERFORM jobs_enqueue('deliver', 'delivery', 100, jsonb_build_object('event_id', NEW.id), 100::smallint,
                             NULL, NEW.tenant_id, NEW.ticket_id, NEW.id, 'deliver:' || NEW.id);
    END IF;
    RETURN NEW;
END $$;
