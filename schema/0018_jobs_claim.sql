-- The claim as one function (Sources/Store/JobStore.swift, claim; docs/jobs.md, "Fairness").
--
-- As a statement sent per claim it was planned on every call, and its planning (a dozen CTEs)
-- cost about as much as running it. PL/pgSQL keeps each statement's plan for the session, and
-- lets the claim branch: when one group has all the lane's work (only tenant-less jobs, or one
-- tenant's) there is nothing to be fair about, and the claim locks that group's index range in
-- order as a first-come, first-served queue would. Only with several groups does it rank.
--
--   p_only        NULL: every tenant (and tenant-less jobs); else only these tenants
--   p_excluded    tenants whose jobs stay queued (paused, endpoint disabled or open)
--   p_cap_*       per-tenant caps on this claim (an endpoint's free slots); p_default_cap for the rest
--   p_margin      candidates per group, as a multiple of p_limit (see JobStore.candidateMargin)
--   p_now         the clock (NULL: now()), as every time-dependent job statement
CREATE FUNCTION jobs_claim(
    p_lane text, p_kinds text[], p_limit integer, p_owner text, p_lease interval,
    p_excluded uuid[], p_only uuid[], p_cap_tenants uuid[], p_caps integer[], p_default_cap integer,
    p_margin integer, p_now timestamptz
) RETURNS SETOF jobs
LANGUAGE plpgsql AS $$
DECLARE
    v_now timestamptz := jobs_now(p_now);
    v_first uuid;
    v_second uuid;
    v_system boolean;
    v_cap integer;
BEGIN
    -- Who has work: the first two tenants of the lane after exclusions (a skip scan that stops
    -- there: one index probe per tenant, an excluded tenant's backlog never read) and whether
    -- tenant-less jobs wait.
    WITH RECURSIVE with_work(tenant_id) AS (
        (SELECT j.tenant_id FROM jobs j WHERE j.state = 'available' AND j.lane = p_lane AND j.tenant_id IS NOT NULL
         ORDER BY j.tenant_id LIMIT 1)
        UNION ALL
        SELECT (SELECT j.tenant_id FROM jobs j
                WHERE j.state = 'available' AND j.lane = p_lane AND j.tenant_id > w.tenant_id
                ORDER BY j.tenant_id LIMIT 1)
        FROM with_work w WHERE w.tenant_id IS NOT NULL
    ), first_two AS (
        SELECT w.tenant_id FROM with_work w
        WHERE w.tenant_id IS NOT NULL AND w.tenant_id <> ALL(p_excluded)
          AND (p_only IS NULL OR w.tenant_id = ANY(p_only))
        LIMIT 2
    )
    SELECT min(tenant_id::text)::uuid, max(tenant_id::text)::uuid INTO v_first, v_second FROM first_two;
    -- In claim order, so the planner walks jobs_claim_system_idx and stops at the first row (as
    -- EXISTS it estimated a quick hit from a lane-wide count and scanned the whole table).
    v_system := p_only IS NULL AND (
        SELECT true FROM jobs j WHERE j.state = 'available' AND j.lane = p_lane AND j.tenant_id IS NULL
        ORDER BY j.priority, j.run_at, j.id LIMIT 1) IS NOT NULL;

    IF v_first IS NULL THEN
        -- Tenant-less jobs only (drills, benchmarks), or nothing.
        IF NOT v_system THEN RETURN; END IF;
        RETURN QUERY
        UPDATE jobs j SET state = 'running', attempt = j.attempt + 1, lease_owner = p_owner,
               locked_until = v_now + p_lease, updated_at = v_now, attempted_at = v_now
        FROM (
            SELECT id FROM jobs
            WHERE state = 'available' AND lane = p_lane AND tenant_id IS NULL AND run_at <= v_now
              AND kind = ANY(p_kinds)
            ORDER BY priority, run_at, id LIMIT p_limit
            FOR NO KEY UPDATE SKIP LOCKED
        ) picked
        WHERE j.id = picked.id
        RETURNING j.*;
        RETURN;
    END IF;

    IF v_first = v_second AND NOT v_system THEN
        -- One tenant has all the work: its next jobs, up to its cap.
        v_cap := COALESCE(p_caps[array_position(p_cap_tenants, v_first)], p_default_cap);
        RETURN QUERY
        UPDATE jobs j SET state = 'running', attempt = j.attempt + 1, lease_owner = p_owner,
               locked_until = v_now + p_lease, updated_at = v_now, attempted_at = v_now
        FROM (
            SELECT id FROM jobs
            WHERE state = 'available' AND lane = p_lane AND tenant_id = v_first AND run_at <= v_now
              AND kind = ANY(p_kinds)
            ORDER BY priority, run_at, id LIMIT least(p_limit, COALESCE(v_cap, p_limit))
            FOR NO KEY UPDATE SKIP LOCKED
        ) picked
        WHERE j.id = picked.id
        RETURNING j.*;
        RETURN;
    END IF;

    -- Several groups. A skip scan over the claim index lists the tenants with work (one index
    -- probe per tenant, however deep a backlog); each offers its next p_limit × p_margin due jobs
    -- (exactly its cap when capped), taken in order of (jobs it runs now + rank) / plan weight.
    -- One primary-key lookup and lock per candidate, in that order, until the claim is full: the
    -- nested loop reads the materialized ranking in order and LIMIT stops it, so only the jobs
    -- taken are locked. The LIMIT 1 keeps the state check out of the lookup: with it, stale
    -- statistics (an empty queue at ANALYZE) made the planner scan the whole claim index per
    -- candidate (seconds per claim).
    RETURN QUERY
    WITH RECURSIVE with_work(tenant_id) AS (
        (SELECT j.tenant_id FROM jobs j WHERE j.state = 'available' AND j.lane = p_lane AND j.tenant_id IS NOT NULL
         ORDER BY j.tenant_id LIMIT 1)
        UNION ALL
        SELECT (SELECT j.tenant_id FROM jobs j
                WHERE j.state = 'available' AND j.lane = p_lane AND j.tenant_id > w.tenant_id
                ORDER BY j.tenant_id LIMIT 1)
        FROM with_work w WHERE w.tenant_id IS NOT NULL
    ), groups AS (
        SELECT w.tenant_id, plan_weight(t.plan) AS weight,
               COALESCE(p_caps[array_position(p_cap_tenants, w.tenant_id)], p_default_cap) AS cap
        FROM with_work w JOIN tenants t ON t.id = w.tenant_id
        WHERE w.tenant_id <> ALL(p_excluded) AND (p_only IS NULL OR w.tenant_id = ANY(p_only))
    ), candidates AS (
        SELECT c.id, c.tenant_id, c.priority, c.run_at, g.weight,
               row_number() OVER (PARTITION BY c.tenant_id ORDER BY c.priority, c.run_at, c.id) AS rank
        FROM groups g CROSS JOIN LATERAL (
            SELECT j.id, j.tenant_id, j.priority, j.run_at FROM jobs j
            WHERE j.state = 'available' AND j.lane = p_lane AND j.tenant_id = g.tenant_id AND j.run_at <= v_now
              AND j.kind = ANY(p_kinds)
            ORDER BY j.priority, j.run_at, j.id
            LIMIT CASE WHEN g.cap IS NULL THEN p_limit * p_margin ELSE least(p_limit, g.cap) END
        ) c
        UNION ALL
        SELECT s.id, NULL, s.priority, s.run_at, plan_weight('standard'),
               row_number() OVER (ORDER BY s.priority, s.run_at, s.id)
        FROM (
            SELECT j.id, j.priority, j.run_at FROM jobs j
            WHERE j.state = 'available' AND j.lane = p_lane AND j.tenant_id IS NULL AND j.run_at <= v_now
              AND j.kind = ANY(p_kinds) AND p_only IS NULL
            ORDER BY j.priority, j.run_at, j.id LIMIT p_limit * p_margin
        ) s
    ), in_flight AS MATERIALIZED (
        SELECT j.tenant_id, count(*) AS n FROM jobs j WHERE j.state = 'running' AND j.lane = p_lane
        GROUP BY j.tenant_id
    ), ranked AS MATERIALIZED (
        SELECT c.id, (COALESCE(f.n, 0) + c.rank)::float8 / c.weight AS share, c.priority, c.run_at
        FROM candidates c LEFT JOIN in_flight f ON f.tenant_id IS NOT DISTINCT FROM c.tenant_id
        ORDER BY share, c.priority, c.run_at, c.id
    ), picked AS MATERIALIZED (
        SELECT l.id FROM ranked r
        CROSS JOIN LATERAL (
            SELECT j.id, j.state FROM jobs j WHERE j.id = r.id LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED
        ) l
        WHERE l.state = 'available'
        LIMIT p_limit
    )
    UPDATE jobs j SET state = 'running', attempt = j.attempt + 1, lease_owner = p_owner,
           locked_until = v_now + p_lease, updated_at = v_now, attempted_at = v_now
    FROM picked WHERE j.id = picked.id
    RETURNING j.*;
END
$$;
