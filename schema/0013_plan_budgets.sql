-- Budgets by plan, admission that uses a budget to within one call of its limit, truthful
-- refusals, and the 100% event when the AI stops (docs/gateway.md, "Budgets").

-- A plan's default budgets, for tenants that set none (a NULL budget no longer means unlimited).
-- The same table is Sources/Domain/Plan.swift; PlanBudgetTests checks that they agree.
CREATE FUNCTION plan_budget(p_plan text, p_period text) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_period
        WHEN 'day' THEN CASE p_plan WHEN 'free' THEN 1 WHEN 'premium' THEN 200 ELSE 20 END
        ELSE CASE p_plan WHEN 'free' THEN 20 WHEN 'premium' THEN 4000 ELSE 400 END
    END::numeric
$$;

-- The budgets in force: the tenant's own, else its plan's.
CREATE FUNCTION tenant_budgets(p_tenant uuid, OUT daily numeric, OUT monthly numeric)
LANGUAGE sql STABLE AS $$
    SELECT COALESCE(t.daily_budget_usd, plan_budget(t.plan, 'day')),
           COALESCE(t.monthly_budget_usd, plan_budget(t.plan, 'month'))
    FROM tenants t WHERE t.id = p_tenant
$$;

DROP FUNCTION llm_admit(uuid, text, numeric, text, double precision, interval);

-- Before a call: a cache hit (then nothing is reserved or taken), else a budget reservation and a
-- rate-limit take. One round trip. Returns:
--   cached_*        the cached response, when p_cache_key hit;
--   budget_ok       false when the tenant's budget cannot take the call (nothing reserved);
--   budget_percent  spend incl. reservations vs the tightest budget, after this reservation;
--   budget_period, budget_spent, budget_reserved, budget_limit
--                   on a refusal, the period that refused and its numbers (for a truthful reason);
--   reservation_id  to pass to llm_settle (NULL on a hit, or for a call without a tenant);
--   rate_wait       seconds until the model's buckets can pay for this call; 0 means taken.
--
-- A call reserves its worst case (p_amount: the input and the full output allowance). When that
-- does not fit but some budget is left and no other call of the tenant is in flight, the call
-- reserves what is left and goes: the budget is usable to within one call of its limit, and can
-- be overshot by at most that one call's tail. A refusal writes the period's 100% threshold event
-- (once per period), so the shop learns that its AI stopped whatever the spent share.
CREATE FUNCTION llm_admit(
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
    rate_wait := llm_take_rate(p_model, p_tokens);
    RETURN NEXT;
END
$$;

-- Gives a reservation's amount back, day row before month row: the order llm_admit locks them
-- in. (One UPDATE of both rows locked them in scan order, and concurrent calls of one tenant
-- deadlocked once every tenant had a budget.)
CREATE FUNCTION llm_release_reservation(p_r llm_reservations) RETURNS void
LANGUAGE sql AS $$
    UPDATE llm_spend SET reserved_usd = greatest(0, reserved_usd - p_r.amount_usd)
    WHERE tenant_id = p_r.tenant_id AND period = 'day' AND period_start = p_r.day;
    UPDATE llm_spend SET reserved_usd = greatest(0, reserved_usd - p_r.amount_usd)
    WHERE tenant_id = p_r.tenant_id AND period = 'month' AND period_start = p_r.month;
$$;

-- Gives back reservations whose call never settled (the process died); returns how many.
CREATE OR REPLACE FUNCTION llm_expire_reservations() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_r llm_reservations;
    v_n integer := 0;
BEGIN
    FOR v_r IN DELETE FROM llm_reservations WHERE id IN (
                   SELECT id FROM llm_reservations WHERE expires_at < now() ORDER BY id LIMIT 1000
                   FOR UPDATE SKIP LOCKED) RETURNING * LOOP
        PERFORM llm_release_reservation(v_r);
        v_n := v_n + 1;
    END LOOP;
    DELETE FROM llm_cache WHERE ctid IN (SELECT ctid FROM llm_cache WHERE expires_at < now() LIMIT 1000);
    RETURN v_n;
END
$$;

-- After a call: as before (0005_gateway.sql), with the budgets in force (the plan's when the
-- tenant set none), so every tenant's thresholds are announced.
CREATE OR REPLACE FUNCTION llm_settle(
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
            PERFORM llm_release_reservation(v_r);
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

    SELECT b.daily, b.monthly INTO v_daily, v_monthly FROM tenant_budgets(p_tenant) b;
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
