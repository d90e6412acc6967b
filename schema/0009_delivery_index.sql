-- `status` counts pending and dead deliveries: index exactly those rows (a few, in a table that
-- grows with every result), replacing 0008's per-tenant pending index that no query uses.
DROP INDEX events_pending_idx;
CREATE INDEX events_undelivered_idx ON events (delivery_state, created_at)
    WHERE delivery_state IN ('pending', 'dead');
