-- Job runtime additions (workers issue).

-- When a job's current attempt was claimed: enqueue→start latency, "running since" in status.
ALTER TABLE jobs ADD COLUMN attempted_at timestamptz;

-- Written by `noop` drill jobs that ask to record (payload {"record": true}): a 'started' row
-- when the handler begins (outside any transaction) and an 'effect' row committed together
-- with the job's completion. Crash and multi-process tests count them; benchmarks do not record.
CREATE TABLE job_drill_runs (
    job_id  bigint NOT NULL,
    attempt integer NOT NULL,
    owner   text NOT NULL,
    phase   text NOT NULL CHECK (phase IN ('started', 'effect')),
    at      timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX job_drill_runs_job_idx ON job_drill_runs (job_id);

-- A queue table churns: every job is inserted, updated two or three times and deleted. Vacuum and
-- analyze it after a few thousand changes rather than after 10-20% of the table: dead index
-- entries slow the claim, and without statistics the planner sorts every available job per claim.
ALTER TABLE jobs SET (
    autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 2000,
    autovacuum_analyze_scale_factor = 0.01, autovacuum_analyze_threshold = 2000
);

-- Keep the claim's plan stable. A queue is usually empty when autovacuum samples it, so the
-- statistics say "almost no available rows"; a burst then arrives, and if any other index can
-- answer `state = 'available'` the planner picks it and sorts every available job on each claim
-- (measured: 20k → 2.5k jobs/s). So the depth index leaves available jobs out (they are counted
-- from the claim index, which carries the kind), and only the claim index serves the claim.
DROP INDEX jobs_state_kind_idx;
CREATE INDEX jobs_state_kind_idx ON jobs (state, kind) WHERE state <> 'available';
DROP INDEX jobs_claim_idx;
CREATE INDEX jobs_claim_idx ON jobs (lane, priority, run_at, id) INCLUDE (kind) WHERE state = 'available';
