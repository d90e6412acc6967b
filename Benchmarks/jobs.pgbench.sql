-- The claim and the batch completion the job worker runs (Sources/Store/JobStore.swift: claim,
-- complete(_:owner:)), as pgbench executes them: the raw-SQL ceiling for `supportbot bench jobs`.
-- Each client claims up to :batch jobs of the 'pgbench' lane and completes them in one statement.
-- Run with `-M extended -D batch=N`. Keep in step with JobStore.swift.
WITH picked AS MATERIALIZED (
    SELECT id FROM jobs
    WHERE state = 'available' AND lane = 'pgbench' AND run_at <= now() AND kind = ANY('{noop}'::text[])
    ORDER BY priority, run_at, id
    LIMIT :batch::int
    FOR NO KEY UPDATE SKIP LOCKED
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
