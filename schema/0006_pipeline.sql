-- The support pipeline's results: a ticket's triage and summary (latest wins) and its drafts.
-- Each is written in the same transaction as its event (events, 0005) and its follow-up jobs.

CREATE TABLE ticket_triage (
    ticket_id           uuid PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    category            text NOT NULL,
    priority            text NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
    sentiment           text NOT NULL CHECK (sentiment IN ('negative', 'neutral', 'positive')),
    language            text NOT NULL,
    order_id            text,
    needs_human         boolean NOT NULL DEFAULT false,
    needs_human_reason  text,
    -- What produced it (CONTRACT.md): model, cache, rules or canned; and why, for fallbacks.
    source              text NOT NULL CHECK (source IN ('model', 'cache', 'rules', 'canned')),
    model               text,
    reason              text NOT NULL DEFAULT '',
    -- The customer message this triage saw last; a newer one triggers a new triage.
    message_id          uuid,
    updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ticket_summaries (
    ticket_id   uuid PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    text        text NOT NULL,
    source      text NOT NULL CHECK (source IN ('model', 'cache', 'rules', 'canned')),
    model       text,
    reason      text NOT NULL DEFAULT '',
    -- Messages covered, so a grown thread is summarized again.
    messages    integer NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE drafts (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ticket_id    uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    -- The customer message answered: one draft per message, however often the job runs.
    message_id   uuid NOT NULL,
    body         text NOT NULL,
    language     text NOT NULL,
    status       text NOT NULL DEFAULT 'pending_review'
                 CHECK (status IN ('pending_review', 'approved', 'rejected')),
    source       text NOT NULL CHECK (source IN ('model', 'cache', 'rules', 'canned')),
    model        text,
    reason       text NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL DEFAULT now(),
    reviewed_by  text,
    reviewed_at  timestamptz,
    review_note  text,
    UNIQUE (ticket_id, message_id)
);
CREATE INDEX drafts_review_idx ON drafts (status, created_at DESC, id DESC);
