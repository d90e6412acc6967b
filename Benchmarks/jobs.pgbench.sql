-- The claim and the batch completion the job worker runs (Sources/Store/JobStore.swift: claim,
-- complete(_:owner:)), as pgbench executes them: the raw-SQL ceiling for `supportbot bench jobs`.
-- Each client claims up to :batch jobs of the 'pgbench' lane and completes them in one statement.
-- Run with `-M extended -D batch=N`. Keep in step with JobStore.swift: the claim is
-- `jobs_claim()` (schema/0018_jobs_claim.sql); the 'pgbench' lane's jobs have no tenant.
SELECT COALESCE(array_agg(id), '{}') AS ids, COALESCE(array_agg(attempt), '{}') AS attempts
FROM jobs_claim('pgbench', '{noop}'::text[], :batch::int, 'pgbench-' || :client_id::text,
                '30000 milliseconds'::interval, '{}'::uuid[], NULL::uuid[], '{}'::uuid[], '{}'::int[], NULL::int,
                4, NULL::timestamptz)
\gset
UPDATE jobs j SET state = 'completed', finished_at = now(), updated_at = now(),
       lease_owner = NULL, locked_until = NULL
FROM unnest(:ids::bigint[], :attempts::int[]) AS d(id, attempt)
WHERE j.id = d.id AND j.state = 'running' AND j.lease_owner = 'pgbench-' || :client_id::text AND j.attempt = d.attempt
RETURNING j.id;
