-- Jobs without a tenant (drills, benchmarks) in claim order. In the claim index they sit under
-- `tenant_id IS NULL`, which a btree does not treat as an equality: the claim's system-jobs branch
-- read and sorted every such job per claim (measured: 38 jobs/s with 500k queued). Partial, so
-- tenant jobs never touch it.
CREATE INDEX jobs_claim_system_idx ON jobs (lane, priority, run_at, id) INCLUDE (kind)
    WHERE state = 'available' AND tenant_id IS NULL;
