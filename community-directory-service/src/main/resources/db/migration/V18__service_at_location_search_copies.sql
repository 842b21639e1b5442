-- A service at a location also carries its service's words (search_vector) and categories (taxonomy_term_ids), and
-- the point's GiST index carries both (INCLUDE), so a search within a radius tests words and categories on the index
-- entries it reads anyway and visits the service of its matches only. Before, it probed the service of every candidate
-- near the point: 357 probes for the 61 "walking" matches within 5 km of central Manchester at 100 000 services. The
-- search took 0.6 ms instead of 1.3-1.6 there, 2.8 ms instead of 30 within 50 km of London for a rarer word
-- (bench/README.md).
--
-- The words are a pre-filter: a search still tests the service's own words on each match it reads. A service with
-- more than 2 000 bytes of words (a very long description or many categories) gives no copy (NULL, which passes the
-- pre-filter), since an index entry must fit in a fraction of a page; the search then tests that one on its service.
--
-- Triggers keep the copies, as V15 keeps the point: a new service at a location (or one moved to another service)
-- takes its service's, and a service whose words or categories change (its name, description, categories or a
-- category's name) passes them to its services at locations.
ALTER TABLE service_at_location
    ADD COLUMN search_vector tsvector,
    ADD COLUMN taxonomy_term_ids uuid[] NOT NULL DEFAULT '{}';

CREATE FUNCTION search_words_copy(words tsvector) RETURNS tsvector
    LANGUAGE sql IMMUTABLE
    RETURN CASE WHEN pg_column_size(words) <= 2000 THEN words END;

CREATE FUNCTION service_at_location_takes_search_terms() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- FOR SHARE waits for a change to the service that has not committed yet and then reads its new words: without it,
    -- a service at a location added meanwhile would keep the old ones, since the change's trigger cannot see it.
    SELECT search_words_copy(s.search_vector), s.taxonomy_term_ids INTO NEW.search_vector, NEW.taxonomy_term_ids
      FROM service s WHERE s.id = NEW.service_id FOR SHARE;
    RETURN NEW;
END $$;

CREATE TRIGGER service_at_location_takes_search_terms
    BEFORE INSERT OR UPDATE OF service_id ON service_at_location
    FOR EACH ROW EXECUTE FUNCTION service_at_location_takes_search_terms();

CREATE FUNCTION service_passes_search_terms() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE service_at_location SET search_vector = search_words_copy(NEW.search_vector),
           taxonomy_term_ids = NEW.taxonomy_term_ids
     WHERE service_id = NEW.id;
    RETURN NULL;
END $$;

-- search_vector is generated, so it never appears in an UPDATE's SET list: the trigger compares the rows instead of
-- naming columns.
CREATE TRIGGER service_passes_search_terms
    AFTER UPDATE ON service
    FOR EACH ROW WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector
                       OR OLD.taxonomy_term_ids IS DISTINCT FROM NEW.taxonomy_term_ids)
    EXECUTE FUNCTION service_passes_search_terms();

UPDATE service_at_location sal SET search_vector = search_words_copy(s.search_vector),
       taxonomy_term_ids = s.taxonomy_term_ids
  FROM service s WHERE s.id = sal.service_id;

DROP INDEX service_at_location_earth_point_idx;
CREATE INDEX service_at_location_earth_point_idx ON service_at_location USING gist (earth_point)
    INCLUDE (service_id, id, search_vector, taxonomy_term_ids);
