-- Kill switches (CONTRACT.md): a global row per key and optional per-tenant overrides.
-- A missing row means "on". Every change writes an audit row in the same transaction and
-- NOTIFY flags, so every process reloads its snapshot within a second.
CREATE TABLE flags (
    key        text NOT NULL,
    -- NULL: the global setting.
    tenant_id  uuid REFERENCES tenants (id) ON DELETE CASCADE,
    enabled    boolean NOT NULL,
    updated_by text NOT NULL,
    reason     text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX flags_global_key ON flags (key) WHERE tenant_id IS NULL;
CREATE UNIQUE INDEX flags_tenant_key ON flags (tenant_id, key) WHERE tenant_id IS NOT NULL;

CREATE TABLE flag_audit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key         text NOT NULL,
    tenant_id   uuid,
    -- NULL when the flag had never been set (it was on by default).
    old_enabled boolean,
    new_enabled boolean NOT NULL,
    actor       text NOT NULL,
    reason      text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX flag_audit_at_idx ON flag_audit (at DESC);
