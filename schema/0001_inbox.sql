-- Tenants, the ticket inbox and the inbound-event dedupe table.

CREATE TABLE tenants (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- Standard Webhooks secrets (whsec_…). Stored in the clear because the server must compute
    -- HMACs with them; protect the database accordingly (see docs/threat-model.md).
    inbound_secret      text NOT NULL,
    outbound_secret     text NOT NULL,
    webhook_url         text CHECK (webhook_url IS NULL OR webhook_url ~ '^https?://'),
    webhook_enabled     boolean NOT NULL DEFAULT true,
    daily_budget_usd    numeric(14, 4) CHECK (daily_budget_usd IS NULL OR daily_budget_usd >= 0),
    monthly_budget_usd  numeric(14, 4) CHECK (monthly_budget_usd IS NULL OR monthly_budget_usd >= 0),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tickets (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    external_id     text NOT NULL,
    subject         text NOT NULL DEFAULT '',
    customer_email  text NOT NULL,
    customer_name   text,
    order_id        text,
    channel         text,
    status          text NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'pending', 'solved', 'closed')),
    -- The webhook-id that created the ticket: the id to grep for in logs.
    correlation_id  text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, external_id)
);

-- Newest-first listing with keyset pagination, overall and by status.
CREATE INDEX tickets_created_idx ON tickets (created_at DESC, id DESC);
CREATE INDEX tickets_status_created_idx ON tickets (status, created_at DESC, id DESC);

CREATE TABLE ticket_messages (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ticket_id    uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    external_id  text NOT NULL,
    author       text NOT NULL CHECK (author IN ('customer', 'agent')),
    body         text NOT NULL,
    created_at   timestamptz NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    -- Also serves "messages of a ticket" and the foreign key's cascade.
    UNIQUE (ticket_id, external_id)
);

CREATE TABLE inbound_events (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    webhook_id   text NOT NULL,
    event_type   text NOT NULL,
    ticket_id    uuid REFERENCES tickets (id) ON DELETE SET NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, webhook_id)
);

CREATE INDEX inbound_events_ticket_idx ON inbound_events (ticket_id);
