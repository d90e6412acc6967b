-- The model gateway's shared state: cost ledger, budgets, rate-limit buckets, response cache,
-- circuit breakers, and the outbound events table (budget alerts are the first events; the
-- pipeline and delivery issues add the rest). Everything that must hold across processes lives
-- here, and the hot path reaches it in two round trips: llm_admit before a call, llm_settle after.
--
-- Those functions commit asynchronously (synchronous_commit off for their own transaction): the
-- shared bucket and spend rows are then locked for microseconds instead of a WAL flush, which
-- would otherwise cap every process together at one call per flush. The price: a crash of the
-- Postgres server itself (not of supportbot) can lose the last fraction of a second of ledger
-- rows and bucket changes. Tickets, jobs and results always commit synchronously.

-- Outbound events (CONTRACT.md). The id becomes the `webhook-id` of every delivery attempt.
CREATE TABLE events (
    id          text PRIMARY KEY DEFAULT 'msg_' || replace(gen_random_uuid()::text, '-', ''),
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    type        text NOT NULL,
    ticket_id   uuid REFERENCES tickets (id) ON DELETE CASCADE,
    payload     jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_tenant_created_idx ON events (tenant_id, created_at);
CREATE INDEX events_ticket_idx ON events (ticket_id) WHERE ticket_id IS NOT NULL;

-- One row per gateway call (a cache hit included, at zero cost).
CREATE TABLE llm_ledger (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at      timestamptz NOT NULL DEFAULT now(),
    tenant_id       uuid REFERENCES tenants (id) ON DELETE CASCADE,
    -- No foreign key: the ledger is history and must not slow down or block ticket deletion.
    ticket_id       uuid,
    task            text NOT NULL,
    model           text NOT NULL,
    tier            text,
    reason          text NOT NULL,
    tokens_in       integer NOT NULL DEFAULT 0,
    tokens_cached   integer NOT NULL DEFAULT 0,
    tokens_out      integer NOT NULL DEFAULT 0,
    cost_usd        numeric(16, 8) NOT NULL DEFAULT 0,
    price_version   text,
    latency_ms      double precision NOT NULL,
    outcome         text NOT NULL,
    attempts        integer NOT NULL,
    cache_hit       boolean NOT NULL DEFAULT false,
    correlation_id  text,
    error           text
);
CREATE INDEX llm_ledger_tenant_created_idx ON llm_ledger (tenant_id, created_at);
CREATE INDEX llm_ledger_ticket_idx ON llm_ledger (ticket_id) WHERE ticket_id IS NOT NULL;

-- Spend per tenant per UTC day and month. `reserved_usd` holds estimates of calls in flight, so
-- concurrent calls in many processes cannot overshoot a budget together.
CREATE TABLE llm_spend (
    tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    period        text NOT NULL CHECK (period IN ('day', 'month')),
    period_start  date NOT NULL,
    spent_usd     numeric(16, 8) NOT NULL DEFAULT 0,
    reserved_usd  numeric(16, 8) NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, period, period_start)
);

-- Reservations in flight; a process that dies before settling leaves one behind, and
-- llm_expire_reservations() gives its amount back once it expires.
CREATE TABLE llm_reservations (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    day         date NOT NULL,
    month       date NOT NULL,
    amount_usd  numeric(16, 8) NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX llm_reservations_expiry_idx ON llm_reservations (expires_at);

-- Budget thresholds already announced, so each is sent once per period.
CREATE TABLE budget_alerts (
    tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    period        text NOT NULL,
    period_start  date NOT NULL,
    percent       integer NOT NULL,
    event_id      text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, period, period_start, percent)
);

-- Token buckets per model, shared by every process: requests and tokens per minute. Capacity is
-- a tenth of the per-minute limit and the refill the other nine tenths, so no 60-second window
-- ever sees more than the limit (docs/gateway.md).
CREATE TABLE llm_rate_limits (
    model       text PRIMARY KEY,
    rpm         double precision NOT NULL CHECK (rpm > 0),
    tpm         double precision NOT NULL CHECK (tpm > 0),
    requests    double precision NOT NULL,
    tokens      double precision NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
ALTER TABLE llm_rate_limits SET (fillfactor = 50);

-- Exact-match response cache, per tenant.
CREATE TABLE llm_cache (
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key         text NOT NULL,
    task        text NOT NULL,
    model       text NOT NULL,
    content     text NOT NULL,
    tokens_in   integer NOT NULL,
    tokens_out  integer NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
CREATE INDEX llm_cache_expiry_idx ON llm_cache (expires_at);

-- Circuit breakers as last published by any process; NOTIFY breakers tells the others.
CREATE TABLE llm_breakers (
    model       text PRIMARY KEY,
    state       text NOT NULL CHECK (state IN ('closed', 'open', 'half_open')),
    open_until  timestamptz,
    reason      text NOT NULL DEFAULT '',
    updated_by  text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- A tenant's spend as a percentage of its tightest budget; 0 when it has none.
CREATE FUNCTION llm_budget_percent(p_spent numeric, p_budget numeric) RETURNS double precision
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_budget IS NULL THEN 0
                WHEN p_budget = 0 THEN 100
                ELSE (p_spent / p_budget * 100)::double precision END
$$;

-- Before a call: a cache hit (then nothing is reserved or taken), else a budget reservation and a
-- rate-limit take. One round trip. Returns:
--   cached_*        the cached response, when p_cache_key hit;
--   budget_ok       false when the estimate does not fit the tenant's budget (nothing reserved);
--   budget_percent  spend incl. reservations vs the tightest budget, after this reservation;
--   reservation_id  to pass to llm_settle (NULL when the tenant has no budget or on a hit);
--   rate_wait       seconds until the model's buckets can pay for this call; 0 means taken.
CREATE FUNCTION llm_admit(
    p_tenant uuid, p_cache_key text, p_amount numeric, p_model text, p_tokens double precision,
    p_reservation_ttl interval
) RETURNS TABLE (
    cached_content text, cached_tokens_in integer, cached_tokens_out integer,
    budget_ok boolean, budget_percent double precision, reservation_id bigint, rate_wait double precision
)
LANGUAGE plpgsql AS $$
DECLARE
    v_day    date := (now() AT TIME ZONE 'UTC')::date;
    v_month  date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
    v_daily  numeric;
    v_monthly numeric;
    v_ds     llm_spend;
    v_ms     llm_spend;
    v_pct    double precision := 0;
    v_res    bigint;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    IF p_cache_key IS NOT NULL THEN
        SELECT c.content, c.tokens_in, c.tokens_out INTO cached_content, cached_tokens_in, cached_tokens_out
        FROM llm_cache c WHERE c.tenant_id = p_tenant AND c.key = p_cache_key AND c.expires_at > now();
        IF FOUND THEN
            budget_ok := true; budget_percent := NULL; reservation_id := NULL; rate_wait := 0;
            RETURN NEXT; RETURN;
        END IF;
    END IF;

    SELECT t.daily_budget_usd, t.monthly_budget_usd INTO v_daily, v_monthly FROM tenants t WHERE t.id = p_tenant;
    IF v_daily IS NOT NULL OR v_monthly IS NOT NULL THEN
        INSERT INTO llm_spend (tenant_id, period, period_start)
        VALUES (p_tenant, 'day', v_day), (p_tenant, 'month', v_month) ON CONFLICT DO NOTHING;
        -- Day before month, always: two reservations never wait on each other in opposite order.
        SELECT * INTO v_ds FROM llm_spend WHERE tenant_id = p_tenant AND period = 'day' AND period_start = v_day FOR UPDATE;
        SELECT * INTO v_ms FROM llm_spend WHERE tenant_id = p_tenant AND period = 'month' AND period_start = v_month FOR UPDATE;
        IF (v_daily IS NOT NULL AND v_ds.spent_usd + v_ds.reserved_usd + p_amount > v_daily)
           OR (v_monthly IS NOT NULL AND v_ms.spent_usd + v_ms.reserved_usd + p_amount > v_monthly) THEN
            budget_ok := false;
            budget_percent := greatest(llm_budget_percent(v_ds.spent_usd + v_ds.reserved_usd, v_daily),
                                       llm_budget_percent(v_ms.spent_usd + v_ms.reserved_usd, v_monthly));
            rate_wait := 0;
            RETURN NEXT; RETURN;
        END IF;
        UPDATE llm_spend SET reserved_usd = reserved_usd + p_amount
        WHERE tenant_id = p_tenant AND ((period = 'day' AND period_start = v_day) OR (period = 'month' AND period_start = v_month));
        INSERT INTO llm_reservations (tenant_id, day, month, amount_usd, expires_at)
        VALUES (p_tenant, v_day, v_month, p_amount, now() + p_reservation_ttl) RETURNING id INTO v_res;
        v_pct := greatest(llm_budget_percent(v_ds.spent_usd + v_ds.reserved_usd + p_amount, v_daily),
                          llm_budget_percent(v_ms.spent_usd + v_ms.reserved_usd + p_amount, v_monthly));
    END IF;

    budget_ok := true;
    budget_percent := v_pct;
    reservation_id := v_res;
    rate_wait := llm_take_rate(p_model, p_tokens);
    RETURN NEXT;
END
$$;

-- Takes one request and p_tokens tokens from the model's buckets, atomically; returns 0 when
-- taken, else the seconds until both buckets could pay (nothing taken). A model without a row
-- has no limit. A call larger than the whole token bucket may go once the bucket is full.
CREATE FUNCTION llm_take_rate(p_model text, p_tokens double precision) RETURNS double precision
LANGUAGE plpgsql AS $$
DECLARE
    v  llm_rate_limits;
    v_elapsed double precision;
    v_req double precision;
    v_tok double precision;
    v_need double precision;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    SELECT * INTO v FROM llm_rate_limits WHERE model = p_model FOR UPDATE;
    IF NOT FOUND THEN RETURN 0; END IF;
    v_elapsed := greatest(0, extract(epoch FROM clock_timestamp() - v.updated_at));
    v_req := least(v.rpm / 10, v.requests + v_elapsed * v.rpm * 0.9 / 60);
    v_tok := least(v.tpm / 10, v.tokens + v_elapsed * v.tpm * 0.9 / 60);
    v_need := least(p_tokens, v.tpm / 10);
    IF v_req >= 1 AND v_tok >= v_need THEN
        UPDATE llm_rate_limits SET requests = v_req - 1, tokens = v_tok - p_tokens, updated_at = clock_timestamp()
        WHERE model = p_model;
        RETURN 0;
    END IF;
    RETURN greatest(
        CASE WHEN v_req >= 1 THEN 0 ELSE (1 - v_req) * 60 / (v.rpm * 0.9) END,
        CASE WHEN v_tok >= v_need THEN 0 ELSE (v_need - v_tok) * 60 / (v.tpm * 0.9) END,
        0.001);
END
$$;

-- After a call: the ledger row, the budget settled (reservation released, real cost added), the
-- token bucket corrected by (estimate - actual), the response cached, and any budget thresholds
-- crossed announced as `budget.threshold` events. One round trip. Returns the tenant's spend
-- percentage against its tightest budget, or NULL when the call cost nothing.
CREATE FUNCTION llm_settle(
    p_reservation bigint, p_tenant uuid, p_ticket uuid, p_task text, p_model text, p_tier text, p_reason text,
    p_tokens_in integer, p_tokens_cached integer, p_tokens_out integer, p_cost numeric, p_price_version text,
    p_latency_ms double precision, p_outcome text, p_attempts integer, p_cache_hit boolean,
    p_correlation text, p_error text, p_rate_refund double precision,
    p_cache_key text, p_cache_content text, p_cache_ttl interval
) RETURNS double precision
LANGUAGE plpgsql AS $$
DECLARE
    v_day    date := (now() AT TIME ZONE 'UTC')::date;
    v_month  date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
    v_r      llm_reservations;
    v_daily  numeric;
    v_monthly numeric;
    v_pct_day double precision := 0;
    v_pct_month double precision := 0;
    v_spent  numeric;
    v_threshold integer;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    INSERT INTO llm_ledger (tenant_id, ticket_id, task, model, tier, reason, tokens_in, tokens_cached, tokens_out,
                            cost_usd, price_version, latency_ms, outcome, attempts, cache_hit, correlation_id, error)
    VALUES (p_tenant, p_ticket, p_task, p_model, p_tier, p_reason, p_tokens_in, p_tokens_cached, p_tokens_out,
            p_cost, p_price_version, p_latency_ms, p_outcome, p_attempts, p_cache_hit, p_correlation, p_error);

    IF p_reservation IS NOT NULL THEN
        DELETE FROM llm_reservations WHERE id = p_reservation RETURNING * INTO v_r;
        IF FOUND THEN
            UPDATE llm_spend SET reserved_usd = greatest(0, reserved_usd - v_r.amount_usd)
            WHERE tenant_id = v_r.tenant_id
              AND ((period = 'day' AND period_start = v_r.day) OR (period = 'month' AND period_start = v_r.month));
        END IF;
    END IF;

    IF p_rate_refund IS NOT NULL AND p_rate_refund <> 0 THEN
        UPDATE llm_rate_limits SET tokens = least(tpm / 10, tokens + p_rate_refund) WHERE model = p_model;
    END IF;

    IF p_cache_key IS NOT NULL AND p_tenant IS NOT NULL THEN
        INSERT INTO llm_cache (tenant_id, key, task, model, content, tokens_in, tokens_out, expires_at)
        VALUES (p_tenant, p_cache_key, p_task, p_model, p_cache_content, p_tokens_in, p_tokens_out, now() + p_cache_ttl)
        ON CONFLICT (tenant_id, key) DO UPDATE
        SET content = excluded.content, model = excluded.model, tokens_in = excluded.tokens_in,
            tokens_out = excluded.tokens_out, created_at = now(), expires_at = excluded.expires_at;
    END IF;

    -- Free calls (cache hits, local rules, failures without usage) change no spend: NULL = unchanged.
    IF p_tenant IS NULL OR p_cost <= 0 THEN RETURN NULL; END IF;

    INSERT INTO llm_spend AS s (tenant_id, period, period_start, spent_usd)
    VALUES (p_tenant, 'day', v_day, p_cost), (p_tenant, 'month', v_month, p_cost)
    ON CONFLICT (tenant_id, period, period_start) DO UPDATE SET spent_usd = s.spent_usd + excluded.spent_usd;

    SELECT t.daily_budget_usd, t.monthly_budget_usd INTO v_daily, v_monthly FROM tenants t WHERE t.id = p_tenant;
    IF v_daily IS NOT NULL THEN
        SELECT spent_usd INTO v_spent FROM llm_spend WHERE tenant_id = p_tenant AND period = 'day' AND period_start = v_day;
        v_pct_day := llm_budget_percent(v_spent, v_daily);
        FOREACH v_threshold IN ARRAY ARRAY[50, 80, 95, 100] LOOP
            EXIT WHEN v_pct_day < v_threshold;
            PERFORM llm_announce_threshold(p_tenant, 'day', v_day, v_threshold, v_spent, v_daily);
        END LOOP;
    END IF;
    IF v_monthly IS NOT NULL THEN
        SELECT spent_usd INTO v_spent FROM llm_spend WHERE tenant_id = p_tenant AND period = 'month' AND period_start = v_month;
        v_pct_month := llm_budget_percent(v_spent, v_monthly);
        FOREACH v_threshold IN ARRAY ARRAY[50, 80, 95, 100] LOOP
            EXIT WHEN v_pct_month < v_threshold;
            PERFORM llm_announce_threshold(p_tenant, 'month', v_month, v_threshold, v_spent, v_monthly);
        END LOOP;
    END IF;
    RETURN greatest(v_pct_day, v_pct_month);
END
$$;

-- Writes the `budget.threshold` event for a threshold the first time it is crossed in a period.
CREATE FUNCTION llm_announce_threshold(
    p_tenant uuid, p_period text, p_start date, p_percent integer, p_spent numeric, p_budget numeric
) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_event text := 'msg_' || replace(gen_random_uuid()::text, '-', '');
BEGIN
    INSERT INTO budget_alerts (tenant_id, period, period_start, percent, event_id)
    VALUES (p_tenant, p_period, p_start, p_percent, v_event) ON CONFLICT DO NOTHING;
    IF FOUND THEN
        INSERT INTO events (id, tenant_id, type, payload)
        VALUES (v_event, p_tenant, 'budget.threshold',
                jsonb_build_object('tenant_id', p_tenant, 'percent', p_percent, 'period', p_period,
                                   'period_start', p_start, 'spent_usd', round(p_spent, 4), 'budget_usd', p_budget));
        PERFORM pg_notify('events', p_tenant::text);
    END IF;
END
$$;

-- Gives back reservations whose call never settled (the process died); returns how many.
CREATE FUNCTION llm_expire_reservations() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_r llm_reservations;
    v_n integer := 0;
BEGIN
    FOR v_r IN DELETE FROM llm_reservations WHERE id IN (
                   SELECT id FROM llm_reservations WHERE expires_at < now() ORDER BY id LIMIT 1000
                   FOR UPDATE SKIP LOCKED) RETURNING * LOOP
        UPDATE llm_spend SET reserved_usd = greatest(0, reserved_usd - v_r.amount_usd)
        WHERE tenant_id = v_r.tenant_id
          AND ((period = 'day' AND period_start = v_r.day) OR (period = 'month' AND period_start = v_r.month));
        v_n := v_n + 1;
    END LOOP;
    DELETE FROM llm_cache WHERE ctid IN (SELECT ctid FROM llm_cache WHERE expires_at < now() LIMIT 1000);
    RETURN v_n;
END
$$;
