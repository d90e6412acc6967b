-- The jobs table is the transactional outbox: a row is written in the same transaction as the
-- change that calls for it, and workers claim rows with FOR NO KEY UPDATE SKIP LOCKED.

CREATE TABLE jobs (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             text NOT NULL,
    -- Bulkhead: each lane has its own worker concurrency (interactive, batch, delivery).
    lane             text NOT NULL,
    -- Lower runs first within a lane.
    priority         smallint NOT NULL DEFAULT 100,
    payload          jsonb NOT NULL DEFAULT '{}'::jsonb,
    tenant_id        uuid REFERENCES tenants (id) ON DELETE CASCADE,
    ticket_id        uuid REFERENCES tickets (id) ON DELETE CASCADE,
    correlation_id   text,
    state            text NOT NULL DEFAULT 'available'
                     CHECK (state IN ('available', 'running', 'completed', 'dead', 'discarded')),
    run_at           timestamptz NOT NULL DEFAULT now(),
    attempt          integer NOT NULL DEFAULT 0 CHECK (attempt >= 0),
    max_attempts     integer NOT NULL DEFAULT 10 CHECK (max_attempts > 0),
    -- The lease: which process holds the job and until when.
    lease_owner      text,
    locked_until     timestamptz,
    last_error       text,
    -- Enqueueing the same key twice yields one row (e.g. triage:<ticket>:<message>).
    idempotency_key  text UNIQUE,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    CHECK (state <> 'running' OR (lease_owner IS NOT NULL AND locked_until IS NOT NULL))
);

-- The claim: available jobs of a lane in (priority, run_at, id) order. Partial, so finished
-- jobs cost the claim nothing.
CREATE INDEX jobs_claim_idx ON jobs (lane, priority, run_at, id) WHERE state = 'available';
-- The rescuer: running jobs whose lease expired.
CREATE INDEX jobs_lease_idx ON jobs (locked_until) WHERE state = 'running';
-- Queue depth per kind and state (status, metrics), dead-letter listing.
CREATE INDEX jobs_state_kind_idx ON jobs (state, kind);
-- Housekeeping of finished jobs by age.
CREATE INDEX jobs_finished_idx ON jobs (finished_at) WHERE state IN ('completed', 'discarded');
-- Per-ticket history and the foreign key's cascade.
CREATE INDEX jobs_ticket_idx ON jobs (ticket_id);
