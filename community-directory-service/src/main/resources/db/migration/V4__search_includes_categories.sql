-- Search also matches a service's categories: the names and descriptions of its taxonomy terms (weight B, between
-- the service's name and its description), so "befriending" finds "Phone Friends" and a term's description can carry
-- the words people use for it ("lonely", "anxiety"). Kept current by triggers on the link and on term edits.
ALTER TABLE service ADD COLUMN taxonomy_text text NOT NULL DEFAULT '';

CREATE FUNCTION service_taxonomy_text(service uuid) RETURNS text
    LANGUAGE sql STABLE
    RETURN (SELECT coalesce(string_agg(t.name || ' ' || t.description, ' ' ORDER BY t.name), '')
            FROM service_taxonomy_term st JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
            WHERE st.service_id = service);

CREATE FUNCTION refresh_service_taxonomy_text() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'taxonomy_term' THEN
        UPDATE service SET taxonomy_text = service_taxonomy_text(id)
         WHERE id IN (SELECT service_id FROM service_taxonomy_term WHERE taxonomy_term_id = NEW.id);
    ELSE
        UPDATE service SET taxonomy_text = service_taxonomy_text(id)
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.service_id ELSE NEW.service_id END;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER service_taxonomy_term_changed AFTER INSERT OR UPDATE OR DELETE ON service_taxonomy_term
    FOR EACH ROW EXECUTE FUNCTION refresh_service_taxonomy_text();
CREATE TRIGGER taxonomy_term_renamed AFTER UPDATE OF name, description ON taxonomy_term
    FOR EACH ROW EXECUTE FUNCTION refresh_service_taxonomy_text();

UPDATE service SET taxonomy_text = service_taxonomy_text(id);

DROP INDEX service_search_idx;
ALTER TABLE service DROP COLUMN search_vector;
ALTER TABLE service ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', immutable_unaccent(name)), 'A')
    || setweight(to_tsvector('english', immutable_unaccent(taxonomy_text)), 'B')
    || setweight(to_tsvector('english', immutable_unaccent(description)), 'C')) STORED;
CREATE INDEX service_search_idx ON service USING gin (search_vector);
