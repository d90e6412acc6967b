-- Fair claiming across tenants (docs/jobs.md, "Fairness"): plans, and a claim index that lets a
-- claim visit each tenant with work instead of reading one lane-wide queue in arrival order.

-- A tenant's plan weighs its claims and sets its default budgets (Domain/Plan.swift).
ALTER TABLE tenants ADD COLUMN plan text NOT NULL DEFAULT 'standard'
    CHECK (plan IN ('free', 'standard', 'premium'));

-- The claim walks the distinct tenants of a lane with a skip scan on (lane, tenant_id) and takes
-- each tenant's next jobs in (priority, run_at, id) order from the same index. It replaces the
-- lane-wide index: one index per available row keeps intake and completion as cheap as before.
DROP INDEX jobs_claim_idx;
CREATE INDEX jobs_claim_idx ON jobs (lane, tenant_id, priority, run_at, id) INCLUDE (kind)
    WHERE state = 'available';

-- In-flight jobs per tenant and lane: the fair share counts what each tenant already runs.
CREATE INDEX jobs_running_tenant_idx ON jobs (lane, tenant_id) WHERE state = 'running';
