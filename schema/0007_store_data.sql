-- The store's own data that drafts are grounded in: policy articles, order records and the
-- canned replies used when no model may answer. Loaded by `supportbot load` (deploy/run.sh loads
-- the fixtures).

CREATE TABLE kb_articles (
    id        text PRIMARY KEY,
    topic     text NOT NULL,
    language  text NOT NULL,
    title     text NOT NULL,
    body      text NOT NULL,
    -- Short statements a draft may cite verbatim.
    facts     jsonb NOT NULL DEFAULT '[]'::jsonb
);
CREATE INDEX kb_articles_topic_idx ON kb_articles (topic, language);

CREATE TABLE orders (
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    order_id        text NOT NULL,
    customer_email  text NOT NULL,
    status          text NOT NULL,
    -- The whole record as the shop sent it (carrier, tracking, dates, items, totals).
    data            jsonb NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, order_id)
);

CREATE TABLE canned_replies (
    category  text NOT NULL,
    language  text NOT NULL,
    body      text NOT NULL,
    PRIMARY KEY (category, language)
);

-- What a draft was grounded in: `policy:<article id>` and `order:<id>.<field>` entries.
ALTER TABLE drafts ADD COLUMN citations jsonb NOT NULL DEFAULT '[]'::jsonb;
