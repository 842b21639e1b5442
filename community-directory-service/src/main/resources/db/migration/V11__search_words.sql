-- Typo tolerance by spelling correction: every word the directory's services use (name, categories, description;
-- lower case, accents folded) with its English stem. A search word that is neither one of them nor shares a stem
-- with one is replaced by the most similar of them (pg_trgm) before the full-text search runs, so "walkng" searches
-- for "walking" through the full-text index. This replaces comparing the search with every service's name by
-- trigram similarity, which visited every name that shared a few letters with the words (13 000 of 100 000 for
-- "walkng") and made misspelt searches the slowest of all.
CREATE TABLE search_word (
    word   text PRIMARY KEY,
    lexeme text
);
CREATE INDEX search_word_lexeme_idx ON search_word (lexeme);
CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops);

-- The words of a text: 'simple' keeps each word as written (lower case), unlike 'english', which stems them. Only
-- words of letters that are not stop words: a correction never turns "themes" into "them", nor a typo into part of
-- a web address.
CREATE FUNCTION search_words_of(content text) RETURNS TABLE (word text, lexeme text)
    LANGUAGE sql STABLE AS $$
    SELECT w, (ts_lexize('english_stem', w))[1]
      FROM unnest(tsvector_to_array(to_tsvector('simple', immutable_unaccent(lower(content))))) AS w
     WHERE length(w) BETWEEN 3 AND 40 AND w ~ '^[[:alpha:]]+$'
       AND (ts_lexize('english_stem', w))[1] IS NOT NULL
$$;

CREATE FUNCTION add_search_words() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- In word order, so that two writers adding some of the same new words wait for each other, never deadlock.
    INSERT INTO search_word (word, lexeme)
    SELECT DISTINCT w.word, w.lexeme
      FROM changed_services s,
           search_words_of(s.name || ' ' || s.taxonomy_text || ' ' || coalesce(s.description, '')) w
     ORDER BY w.word
    ON CONFLICT (word) DO NOTHING;
    RETURN NULL;
END $$;

-- Statement-level: a feed page or a bulk load adds its words in one insert. Words are not removed when a service
-- changes or goes; a left-over word only means a correction to a word that no longer finds anything.
CREATE TRIGGER service_words_added AFTER INSERT ON service
    REFERENCING NEW TABLE AS changed_services FOR EACH STATEMENT EXECUTE FUNCTION add_search_words();
CREATE TRIGGER service_words_changed AFTER UPDATE ON service
    REFERENCING NEW TABLE AS changed_services FOR EACH STATEMENT EXECUTE FUNCTION add_search_words();

INSERT INTO search_word (word, lexeme)
SELECT DISTINCT w.word, w.lexeme
  FROM service s, search_words_of(s.name || ' ' || s.taxonomy_text || ' ' || coalesce(s.description, '')) w
ON CONFLICT (word) DO NOTHING;

-- Names are no longer compared by trigram similarity at search time: the folded copy and its index go.
DROP INDEX service_name_trgm_idx;
ALTER TABLE service DROP COLUMN name_folded;
