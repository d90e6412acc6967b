-- The trust boundary (docs/threat-model.md): API keys scoped to a role and a tenant, the audit log
-- of every write, inbound secret rotation, one live draft per ticket, and the agents' event stream.

-- API keys. Only the SHA-256 of a key is stored; the key itself (`sbk_` + 32 random bytes,
-- base64url) is printed once at creation. An admin key has no tenant; every other role has one.
CREATE TABLE api_keys (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    role          text NOT NULL CHECK (role IN ('admin', 'tenant_admin', 'agent')),
    tenant_id     uuid REFERENCES tenants (id) ON DELETE CASCADE,
    key_hash      bytea NOT NULL UNIQUE CHECK (length(key_hash) = 32),
    created_by    text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    CHECK ((role = 'admin') = (tenant_id IS NULL))
);
CREATE INDEX api_keys_tenant_idx ON api_keys (tenant_id, created_at);

-- Every write through the API or the CLI, with who did it. History: no foreign keys, so deleting
-- a tenant or a key never rewrites what happened.
CREATE TABLE audit_log (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    -- A key's name, `admin` for the break-glass token, `cli:<user>` (or --actor) on the command line.
    actor      text NOT NULL,
    actor_key  uuid,
    action     text NOT NULL,
    target     text NOT NULL,
    tenant_id  uuid,
    detail     jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_tenant_idx ON audit_log (tenant_id, at DESC, id DESC) WHERE tenant_id IS NOT NULL;

-- Flag changes made before the audit log existed.
INSERT INTO audit_log (at, actor, action, target, tenant_id, detail)
SELECT at, actor, 'flag.set', key, tenant_id,
       jsonb_build_object('old_enabled', old_enabled, 'new_enabled', new_enabled, 'reason', reason)
FROM flag_audit ORDER BY id;

-- Secrets at rest: every *_secret column now holds an envelope `sbenc:v1:<key id>:<base64>`
-- (AES-256-GCM under SUPPORTBOT_SECRET_KEY, bound to the tenant and the column). Values written
-- by older versions (`whsec_…`) are encrypted by `supportbot migrate` when the key is set, or by
-- `supportbot secrets rewrap`.
ALTER TABLE tenants
    ADD COLUMN inbound_secret_previous        text,
    ADD COLUMN inbound_secret_previous_until  timestamptz;
COMMENT ON COLUMN tenants.inbound_secret IS 'sbenc:v1 envelope (AES-256-GCM, SUPPORTBOT_SECRET_KEY)';
COMMENT ON COLUMN tenants.outbound_secret IS 'sbenc:v1 envelope (AES-256-GCM, SUPPORTBOT_SECRET_KEY)';

-- One live draft per ticket: a draft answering a newer customer message supersedes the pending
-- ones before it (approving or rejecting those answers 409).
-- Drafts carry their ticket's tenant, so every tenant-scoped read (the inbox, its counts) filters
-- drafts by an index instead of joining all of a state's drafts to their tickets first.
ALTER TABLE drafts DROP CONSTRAINT drafts_status_check;
ALTER TABLE drafts
    ADD CONSTRAINT drafts_status_check CHECK (status IN ('pending_review', 'approved', 'rejected', 'superseded')),
    ADD COLUMN superseded_by uuid,
    ADD COLUMN superseded_at timestamptz,
    ADD COLUMN tenant_id uuid;
UPDATE drafts d SET tenant_id = t.tenant_id FROM tickets t WHERE t.id = d.ticket_id;
ALTER TABLE drafts ALTER COLUMN tenant_id SET NOT NULL;
CREATE INDEX drafts_tenant_review_idx ON drafts (tenant_id, status, created_at DESC, id DESC);

-- Filled from the ticket whatever the writer (the pipeline, fixtures, tests): a ticket never
-- changes tenant.
CREATE FUNCTION drafts_set_tenant() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.tenant_id IS NULL THEN
        SELECT tenant_id INTO NEW.tenant_id FROM tickets WHERE id = NEW.ticket_id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER drafts_set_tenant BEFORE INSERT ON drafts
    FOR EACH ROW EXECUTE FUNCTION drafts_set_tenant();

WITH ranked AS (
    SELECT d.id, d.ticket_id, d.status,
           first_value(d.id) OVER (PARTITION BY d.ticket_id
                                   ORDER BY m.created_at DESC, m.received_at DESC, m.id DESC) AS newest
    FROM drafts d JOIN ticket_messages m ON m.id = d.message_id
)
UPDATE drafts d SET status = 'superseded', superseded_by = r.newest, superseded_at = now()
FROM ranked r
WHERE d.id = r.id AND r.status = 'pending_review' AND r.id <> r.newest;

-- The agents' live stream (GET /v1/events/stream): what changed, per tenant, in commit order of
-- the writes that caused it. Written by triggers, so no write path can forget it; each row is
-- also sent as `NOTIFY stream` (one LISTEN connection per process fans it out to its clients),
-- and `Last-Event-ID` replays from here. Rows older than a day are pruned by the job maintenance.
CREATE TABLE stream_events (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id  uuid NOT NULL,
    type       text NOT NULL CHECK (type IN ('ticket.updated', 'draft.created', 'draft.reviewed', 'draft.superseded')),
    ticket_id  uuid NOT NULL,
    draft_id   uuid,
    status     text,
    at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stream_events_tenant_seq_idx ON stream_events (tenant_id, seq);
CREATE INDEX stream_events_at_idx ON stream_events (at);

CREATE FUNCTION stream_event(p_tenant uuid, p_type text, p_ticket uuid, p_draft uuid, p_status text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    s bigint;
BEGIN
    INSERT INTO stream_events (tenant_id, type, ticket_id, draft_id, status)
    VALUES (p_tenant, p_type, p_ticket, p_draft, p_status)
    RETURNING seq INTO s;
    PERFORM pg_notify('stream', json_build_object(
        'seq', s, 'tenant_id', p_tenant, 'type', p_type, 'ticket_id', p_ticket, 'draft_id', p_draft,
        'status', p_status)::text);
END $$;

CREATE FUNCTION stream_ticket_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stream_event(NEW.tenant_id, 'ticket.updated', NEW.id, NULL, NEW.status);
    RETURN NULL;
END $$;

CREATE TRIGGER stream_ticket_changed AFTER INSERT OR UPDATE ON tickets
    FOR EACH ROW EXECUTE FUNCTION stream_ticket_changed();

-- Triage and summary rows carry no tenant: read it from the ticket (a primary-key lookup).
CREATE FUNCTION stream_result_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stream_event(t.tenant_id, 'ticket.updated', t.id, NULL, t.status)
    FROM tickets t WHERE t.id = NEW.ticket_id;
    RETURN NULL;
END $$;

CREATE TRIGGER stream_triage_changed AFTER INSERT OR UPDATE ON ticket_triage
    FOR EACH ROW EXECUTE FUNCTION stream_result_changed();
CREATE TRIGGER stream_summary_changed AFTER INSERT OR UPDATE ON ticket_summaries
    FOR EACH ROW EXECUTE FUNCTION stream_result_changed();

CREATE FUNCTION stream_draft_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    kind text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        kind := CASE WHEN NEW.status = 'superseded' THEN 'draft.superseded' ELSE 'draft.created' END;
    ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
        kind := CASE WHEN NEW.status = 'superseded' THEN 'draft.superseded' ELSE 'draft.reviewed' END;
    ELSE
        RETURN NULL;
    END IF;
    PERFORM stream_event(NEW.tenant_id, kind, NEW.ticket_id, NEW.id, NEW.status);
    RETURN NULL;
END $$;

CREATE TRIGGER stream_draft_changed AFTER INSERT OR UPDATE ON drafts
    FOR EACH ROW EXECUTE FUNCTION stream_draft_changed();
