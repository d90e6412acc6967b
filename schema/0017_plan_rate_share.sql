-- A tenant's share of a model's shared rate limits when they are contended (docs/gateway.md,
-- "Rate limits"): a busy free shop cannot take the requests a premium shop is waiting for.
--
-- Each tenant's use of a model is tracked as a decaying count (requests and tokens, time constant
-- 10 s). While the model's buckets are more than half full, anyone takes. Below half, a tenant
-- whose recent use has reached its share of the model's rate over that window —
-- plan_weight / the sum of the weights of tenants that asked in the last 10 s — waits until its
-- count decays under it, and the others take what it leaves. A tenant alone has all of it.

-- The plan's weight; the same table is Sources/Domain/Plan.swift (PlanBudgetTests checks).
CREATE FUNCTION plan_weight(p_plan text) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_plan WHEN 'free' THEN 1 WHEN 'premium' THEN 10 ELSE 4 END
$$;

CREATE TABLE llm_rate_tenants (
    model      text NOT NULL,
    tenant_id  uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    weight     integer NOT NULL,
    -- Requests and tokens taken, decayed by exp(-Δt / 10 s) as of updated_at.
    requests   double precision NOT NULL DEFAULT 0,
    tokens     double precision NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- The last time the tenant asked, taken or not: who competes for the model now.
    seen_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (model, tenant_id)
);

-- Takes one request and p_tokens tokens from the model's buckets for p_tenant; returns 0 when
-- taken, else the seconds to wait (nothing taken). The model's row lock serializes every take of
-- the model, so the tenant rows need no locks of their own.
-- p_now: the instant to measure by (a test's clock); NULL, in production, is clock_timestamp().
CREATE FUNCTION llm_take_rate(
    p_model text, p_tokens double precision, p_tenant uuid, p_now timestamptz DEFAULT NULL
) RETURNS double precision
LANGUAGE plpgsql AS $$
DECLARE
    v  llm_rate_limits;
    u  llm_rate_tenants;
    v_now timestamptz := COALESCE(p_now, clock_timestamp());
    v_window constant double precision := 10;
    v_elapsed double precision;
    v_req double precision;
    v_tok double precision;
    v_need double precision;
    v_decay double precision;
    v_weights double precision;
    v_req_share double precision;
    v_tok_share double precision;
    v_wait double precision := 0;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    SELECT * INTO v FROM llm_rate_limits WHERE model = p_model FOR UPDATE;
    IF NOT FOUND THEN RETURN 0; END IF;
    v_elapsed := greatest(0, extract(epoch FROM v_now - v.updated_at));
    v_req := least(v.rpm / 10, v.requests + v_elapsed * v.rpm * 0.9 / 60);
    v_tok := least(v.tpm / 10, v.tokens + v_elapsed * v.tpm * 0.9 / 60);
    v_need := least(p_tokens, v.tpm / 10);

    IF p_tenant IS NOT NULL THEN
        -- The weight follows the tenant's current plan.
        INSERT INTO llm_rate_tenants AS r (model, tenant_id, weight, updated_at, seen_at)
        SELECT p_model, t.id, plan_weight(t.plan), v_now, v_now FROM tenants t WHERE t.id = p_tenant
        ON CONFLICT (model, tenant_id) DO UPDATE SET weight = excluded.weight
        RETURNING * INTO u;
        IF u.tenant_id IS NOT NULL THEN
            v_decay := exp(-greatest(0, extract(epoch FROM v_now - u.updated_at)) / v_window);
            u.requests := u.requests * v_decay;
            u.tokens := u.tokens * v_decay;
            IF v_req < v.rpm / 20 OR v_tok < v.tpm / 20 THEN
                -- Contended: the weights of everyone who asked within the window, this tenant included.
                SELECT sum(r.weight) INTO v_weights FROM llm_rate_tenants r
                WHERE r.model = p_model AND (r.seen_at > v_now - make_interval(secs => v_window) OR r.tenant_id = p_tenant);
                v_req_share := v.rpm / 60 * v_window * u.weight / v_weights;
                v_tok_share := v.tpm / 60 * v_window * u.weight / v_weights;
                IF u.requests >= v_req_share OR u.tokens >= v_tok_share THEN
                    -- Over its share: wait until the decay brings it back under (at least 50 ms).
                    v_wait := greatest(
                        0.05,
                        CASE WHEN u.requests >= v_req_share THEN v_window * ln(u.requests / v_req_share) ELSE 0 END,
                        CASE WHEN u.tokens >= v_tok_share THEN v_window * ln(u.tokens / v_tok_share) ELSE 0 END);
                END IF;
            END IF;
        END IF;
    END IF;

    IF v_wait = 0 AND v_req >= 1 AND v_tok >= v_need THEN
        UPDATE llm_rate_limits SET requests = v_req - 1, tokens = v_tok - p_tokens, updated_at = v_now
        WHERE model = p_model;
        u.requests := u.requests + 1;
        u.tokens := u.tokens + p_tokens;
    ELSIF v_wait = 0 THEN
        v_wait := greatest(
            CASE WHEN v_req >= 1 THEN 0 ELSE (1 - v_req) * 60 / (v.rpm * 0.9) END,
            CASE WHEN v_tok >= v_need THEN 0 ELSE (v_need - v_tok) * 60 / (v.tpm * 0.9) END,
            0.001);
    END IF;
    IF u.tenant_id IS NOT NULL THEN
        UPDATE llm_rate_tenants SET requests = u.requests, tokens = u.tokens, updated_at = v_now, seen_at = v_now
        WHERE model = p_model AND tenant_id = p_tenant;
    END IF;
    RETURN v_wait;
END
$$;

-- Admission passes the tenant to the rate limiter (otherwise as in 0013_plan_budgets.sql).
CREATE OR REPLACE FUNCTION llm_admit(
    p_tenant uuid, p_cache_key text, p_amount numeric, p_model text, p_tokens double precision,
    p_reservation_ttl interval
) RETURNS TABLE (
    cached_content text, cached_tokens_in integer, cached_tokens_out integer,
    budget_ok boolean, budget_percent double precision, budget_period text, budget_spent numeric,
    budget_reserved numeric, budget_limit numeric, reservation_id bigint, rate_wait double precision
)
LANGUAGE plpgsql AS $$
DECLARE
    v_day    date := (now() AT TIME ZONE 'UTC')::date;
    v_month  date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
    v_budget record;
    v_ds     llm_spend;
    v_ms     llm_spend;
    v_room   numeric;
    v_amount numeric := p_amount;
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

    SELECT * INTO v_budget FROM tenant_budgets(p_tenant);
    IF v_budget.daily IS NOT NULL THEN
        INSERT INTO llm_spend (tenant_id, period, period_start)
        VALUES (p_tenant, 'day', v_day), (p_tenant, 'month', v_month) ON CONFLICT DO NOTHING;
        -- Day before month, always: two reservations never wait on each other in opposite order.
        SELECT * INTO v_ds FROM llm_spend WHERE tenant_id = p_tenant AND period = 'day' AND period_start = v_day FOR UPDATE;
        SELECT * INTO v_ms FROM llm_spend WHERE tenant_id = p_tenant AND period = 'month' AND period_start = v_month FOR UPDATE;
        v_room := least(v_budget.daily - v_ds.spent_usd - v_ds.reserved_usd,
                        v_budget.monthly - v_ms.spent_usd - v_ms.reserved_usd);
        IF v_room < p_amount THEN
            IF v_room > 0 AND v_ds.reserved_usd = 0 AND v_ms.reserved_usd = 0 THEN
                -- The last call of the period: it reserves what is left.
                v_amount := v_room;
            ELSE
                budget_ok := false;
                IF v_budget.daily - v_ds.spent_usd - v_ds.reserved_usd
                   <= v_budget.monthly - v_ms.spent_usd - v_ms.reserved_usd THEN
                    budget_period := 'day'; budget_spent := v_ds.spent_usd; budget_reserved := v_ds.reserved_usd;
                    budget_limit := v_budget.daily;
                    PERFORM llm_announce_threshold(p_tenant, 'day', v_day, 100, v_ds.spent_usd, v_budget.daily);
                ELSE
                    budget_period := 'month'; budget_spent := v_ms.spent_usd; budget_reserved := v_ms.reserved_usd;
                    budget_limit := v_budget.monthly;
                    PERFORM llm_announce_threshold(p_tenant, 'month', v_month, 100, v_ms.spent_usd, v_budget.monthly);
                END IF;
                budget_percent := greatest(llm_budget_percent(v_ds.spent_usd + v_ds.reserved_usd, v_budget.daily),
                                           llm_budget_percent(v_ms.spent_usd + v_ms.reserved_usd, v_budget.monthly));
                rate_wait := 0;
                RETURN NEXT; RETURN;
            END IF;
        END IF;
        UPDATE llm_spend SET reserved_usd = reserved_usd + v_amount
        WHERE tenant_id = p_tenant AND ((period = 'day' AND period_start = v_day) OR (period = 'month' AND period_start = v_month));
        INSERT INTO llm_reservations (tenant_id, day, month, amount_usd, expires_at)
        VALUES (p_tenant, v_day, v_month, v_amount, now() + p_reservation_ttl) RETURNING id INTO v_res;
        v_pct := greatest(llm_budget_percent(v_ds.spent_usd + v_ds.reserved_usd + v_amount, v_budget.daily),
                          llm_budget_percent(v_ms.spent_usd + v_ms.reserved_usd + v_amount, v_budget.monthly));
    END IF;

    budget_ok := true;
    budget_percent := v_pct;
    reservation_id := v_res;
    rate_wait := llm_take_rate(p_model, p_tokens, p_tenant);
    RETURN NEXT;
END
$$;
