-- The dashboard's inbox filter and customer order, folded once when a ticket is written instead
-- of on every row of every page query: ASCII lower case (`COLLATE "C"`, whatever the database's
-- locale), and the Latin accents of the five supported languages removed (`translate`, so no
-- superuser is needed for `unaccent`). Domain's `SearchFold` (search words, the
-- dashboard's reference order) folds the same way; the dashboard's parity test fails if they drift.
ALTER TABLE tickets
    ADD COLUMN search_text text GENERATED ALWAYS AS (
        translate(lower((subject || E'\n' || COALESCE(customer_name, '') || E'\n' || customer_email || E'\n'
                         || external_id) COLLATE "C"),
                  'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ',
                  'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyy')
    ) STORED,
    ADD COLUMN customer_key text GENERATED ALWAYS AS (
        translate(lower(COALESCE(NULLIF(btrim(customer_name), ''), customer_email) COLLATE "C"),
                  'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ',
                  'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyy')
    ) STORED;
