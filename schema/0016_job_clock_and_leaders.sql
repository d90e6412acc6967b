-- The job runtime's instant: the caller's (a test's manual clock) when given, else the database's
-- own now(). SQL and STABLE, so the planner inlines it and index conditions on run_at still apply.
CREATE FUNCTION jobs_now(p timestamptz) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT COALESCE(p, now()) $$;

-- Work that one process of the fleet does at a time (pruning finished jobs and old stream events):
-- the holder renews its row well inside `expires_at`; when it stops, another takes the row over
-- after expiry. A row, not an advisory lock, so it holds across PgBouncer's transaction pooling.
CREATE TABLE leader_leases (
    name       text PRIMARY KEY,
    owner      text NOT NULL,
    expires_at timestamptz NOT NULL,
    renewed_at timestamptz NOT NULL DEFAULT now()
);
