-- The claim and the batch completion the job worker runs (Sources/Store/JobStore.swift: claim,
-- complete(_:owner:)), as pgbench executes them: the raw-SQL ceiling for `supportbot bench jobs`.
-- Each client claims up to :batch jobs of the 'pgbench' lane and completes them in one statement.
-- Run with `-M extended -D batch=N`. Keep in step with JobStore.swift (the fair claim: skip scan
-- over tenants with work, (running + rank) / weight; the 'pgbench' lane's jobs have no tenant).
WITH RECURSIVE with_work(tenant_id) AS (
    (SELECT tenant_id FROM jobs WHERE state = 'available' AND lane = 'pgbench' AND tenant_id IS NOT NULL
     ORDER BY tenant_id LIMIT 1)
    UNION ALL
    SELECT (SELECT j.tenant_id FROM jobs j
            WHERE j.state = 'available' AND j.lane = 'pgbench' AND j.tenant_id > w.tenant_id
            ORDER BY j.tenant_id LIMIT 1)
    FROM with_work w WHERE w.tenant_id IS NOT NULL
), groups AS (
    SELECT w.tenant_id, p.weight, NULL::int AS cap
    FROM with_work w
    JOIN tenants t ON t.id = w.tenant_id
    JOIN unnest('{free,standard,premium}'::text[], '{1,4,10}'::int[]) AS p(plan, weight) ON p.plan = t.plan
), candidates AS (
    SELECT c.id, c.tenant_id, c.priority, c.run_at, g.weight,
           row_number() OVER (PARTITION BY c.tenant_id ORDER BY c.priority, c.run_at, c.id) AS rank
    FROM groups g CROSS JOIN LATERAL (
        SELECT id, tenant_id, priority, run_at FROM jobs
        WHERE state = 'available' AND lane = 'pgbench' AND tenant_id = g.tenant_id AND run_at <= now()
          AND kind = ANY('{noop}'::text[])
        ORDER BY priority, run_at, id
        LIMIT CASE WHEN g.cap IS NULL THEN :batch::int * 4 ELSE least(:batch::int, g.cap) END
    ) c
    UNION ALL
    SELECT id, NULL, priority, run_at, 4, row_number() OVER (ORDER BY priority, run_at, id)
    FROM (
        SELECT id, priority, run_at FROM jobs
        WHERE state = 'available' AND lane = 'pgbench' AND tenant_id IS NULL AND run_at <= now()
          AND kind = ANY('{noop}'::text[])
        ORDER BY priority, run_at, id LIMIT :batch::int * 4
    ) s
), in_flight AS MATERIALIZED (
    SELECT tenant_id, count(*) AS n FROM jobs WHERE state = 'running' AND lane = 'pgbench' GROUP BY tenant_id
), ranked AS MATERIALIZED (
    SELECT c.id, (COALESCE(f.n, 0) + c.rank)::float8 / c.weight AS share, c.priority, c.run_at
    FROM candidates c LEFT JOIN in_flight f ON f.tenant_id IS NOT DISTINCT FROM c.tenant_id
    ORDER BY share, c.priority, c.run_at, c.id
), picked AS MATERIALIZED (
    SELECT l.id FROM ranked r
    CROSS JOIN LATERAL (
        SELECT id, state FROM jobs WHERE id = r.id LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED
    ) l
    WHERE l.state = 'available'
    LIMIT :batch::int
), claimed AS (
    UPDATE jobs j SET state = 'running', attempt = j.attempt + 1, lease_owner = 'pgbench-' || :client_id::text,
           locked_until = now() + '30000 milliseconds'::interval, updated_at = now(), attempted_at = now()
    FROM picked WHERE j.id = picked.id
    RETURNING j.id, j.kind, j.lane, j.payload::text AS payload, j.tenant_id, j.ticket_id, j.correlation_id,
              j.attempt, j.max_attempts, j.created_at, j.run_at
)
SELECT COALESCE(array_agg(id), '{}') AS ids, COALESCE(array_agg(attempt), '{}') AS attempts FROM claimed
\gset
UPDATE jobs j SET state = 'completed', finished_at = now(), updated_at = now(),
       lease_owner = NULL, locked_until = NULL
FROM unnest(:ids::bigint[], :attempts::int[]) AS d(id, attempt)
WHERE j.id = d.id AND j.state = 'running' AND j.lease_owner = 'pgbench-' || :client_id::text AND j.attempt = d.attempt
RETURNING j.id;
