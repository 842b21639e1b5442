-- Spelling correction only ever suggests words of listings the public can find: services that are not defunct, of
-- verified organisations (the public search's own rule, SearchSql). Words of an unverified organisation's drafts no
-- longer become corrections (which would also hint at what is not yet public), and words of listings that went
-- away or changed are pruned, so that a correction always finds something.

-- Adds the words of those of these services that are public; in word order, so that two writers adding some of the
-- same new words wait for each other, never deadlock.
CREATE FUNCTION add_public_search_words(service_ids uuid[]) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    added integer;
BEGIN
    INSERT INTO search_word (word, lexeme)
    SELECT DISTINCT w.word, w.lexeme
      FROM service s
      JOIN organization o ON o.id = s.organization_id,
           search_words_of(s.name || ' ' || s.taxonomy_text || ' ' || coalesce(s.description, '')) w
     WHERE s.id = ANY (service_ids) AND o.verified AND s.status <> 'defunct'
     ORDER BY w.word
    ON CONFLICT (word) DO NOTHING;
    GET DIAGNOSTICS added = ROW_COUNT;
    RETURN added;
END $$;

CREATE OR REPLACE FUNCTION add_search_words() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM add_public_search_words(ARRAY(SELECT id FROM changed_services));
    RETURN NULL;
END $$;

-- An organisation a coordinator has just verified: its services' words become corrections.
CREATE FUNCTION add_search_words_of_verified() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM add_public_search_words(ARRAY(
        SELECT s.id FROM changed_organizations o
          JOIN previous_organizations p ON p.id = o.id AND NOT p.verified
          JOIN service s ON s.organization_id = o.id
         WHERE o.verified));
    RETURN NULL;
END $$;

CREATE TRIGGER organization_verified AFTER UPDATE ON organization
    REFERENCING OLD TABLE AS previous_organizations NEW TABLE AS changed_organizations
    FOR EACH STATEMENT EXECUTE FUNCTION add_search_words_of_verified();

-- Makes the word list what the public listings use (SearchWordPruner calls it on a schedule): removes the words the
-- full-text search no longer finds in any public listing, then adds any public listing's word that is missing. The
-- triggers only add, and a writer whose word a concurrent run removed (or whose organisation was verified while it
-- wrote) may leave a word out; the next run puts it back.
CREATE FUNCTION reconcile_search_words(OUT removed integer, OUT added integer)
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_word w
     WHERE NOT EXISTS (SELECT 1 FROM service s JOIN organization o ON o.id = s.organization_id
                        WHERE s.search_vector @@ plainto_tsquery('english', w.word)
                          AND s.status <> 'defunct' AND o.verified);
    GET DIAGNOSTICS removed = ROW_COUNT;
    added := add_public_search_words(ARRAY(SELECT id FROM service));
END $$;

SELECT * FROM reconcile_search_words();
