-- A service's categories (taxonomy term ids) also as an array on its row, kept by the triggers that keep its category
-- text (V6), so a category filter is a test on the row a search reads anyway: around a point, probing the links of
-- each of hundreds of candidates took a fifth of the search's database time (bench/README.md). The GIN index serves a
-- category filter without a point.
ALTER TABLE service ADD COLUMN taxonomy_term_ids uuid[] NOT NULL DEFAULT '{}';

CREATE FUNCTION service_taxonomy_term_ids(service uuid) RETURNS uuid[]
    LANGUAGE sql STABLE
    RETURN (SELECT coalesce(array_agg(st.taxonomy_term_id ORDER BY st.taxonomy_term_id), '{}')
            FROM service_taxonomy_term st WHERE st.service_id = service);

CREATE OR REPLACE FUNCTION refresh_taxonomy_text_of_links() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE service SET taxonomy_text = service_taxonomy_text(id), taxonomy_term_ids = service_taxonomy_term_ids(id)
     WHERE id IN (SELECT service_id FROM changed_links);
    RETURN NULL;
END $$;

UPDATE service SET taxonomy_term_ids = service_taxonomy_term_ids(id)
 WHERE EXISTS (SELECT 1 FROM service_taxonomy_term st WHERE st.service_id = service.id);

CREATE INDEX service_taxonomy_term_ids_idx ON service USING gin (taxonomy_term_ids);
