-- Federated directory: other councils' Open Referral UK feeds, pulled on a schedule and on demand.
CREATE TABLE feed (
    id              uuid PRIMARY KEY,
    name            varchar(255) NOT NULL,
    -- The feed's API root: /services is read below it.
    base_url        varchar(500) NOT NULL UNIQUE,
    refresh_minutes integer      NOT NULL DEFAULT 1440 CHECK (refresh_minutes >= 15),
    enabled         boolean      NOT NULL DEFAULT true,
    -- Set while a run holds the feed, so that two runs (or two replicas) never pull it at once.
    running_since   timestamptz,
    last_started_at timestamptz,
    created_by      varchar(255) NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    version         integer      NOT NULL DEFAULT 0
);

-- One pull of a feed and what it did: the run report.
CREATE TABLE feed_run (
    id          uuid PRIMARY KEY,
    feed_id     uuid        NOT NULL REFERENCES feed (id) ON DELETE CASCADE,
    trigger     varchar(10) NOT NULL CHECK (trigger IN ('scheduled', 'on_demand')),
    requested_by varchar(255),
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    outcome     varchar(30) NOT NULL CHECK (outcome IN ('running', 'completed', 'completed_with_problems', 'failed')),
    pages_read  integer     NOT NULL DEFAULT 0,
    created     integer     NOT NULL DEFAULT 0,
    updated     integer     NOT NULL DEFAULT 0,
    unchanged   integer     NOT NULL DEFAULT 0,
    matched     integer     NOT NULL DEFAULT 0,
    skipped     integer     NOT NULL DEFAULT 0,
    withdrawn   integer     NOT NULL DEFAULT 0,
    -- Each record skipped and why: [{"record": ..., "name": ..., "field": ..., "reason": ...}] (capped).
    problems    jsonb       NOT NULL DEFAULT '[]',
    error       text
);

CREATE INDEX feed_run_feed_idx ON feed_run (feed_id, started_at DESC);

-- Provenance: which feed each record came from (or was matched in), under which id there, when it was seen.
-- A record can be known to several feeds; only the feed that created it (origin_feed_id) writes to it.
CREATE TABLE record_source (
    feed_id       uuid         NOT NULL REFERENCES feed (id) ON DELETE CASCADE,
    record_type   varchar(20)  NOT NULL CHECK (record_type IN ('organization', 'service', 'location')),
    external_id   varchar(255) NOT NULL,
    record_id     uuid         NOT NULL,
    content_hash  varchar(64),
    first_seen_at timestamptz  NOT NULL,
    last_seen_at  timestamptz  NOT NULL,
    last_run_id   uuid         NOT NULL,
    PRIMARY KEY (feed_id, record_type, external_id)
);

CREATE INDEX record_source_record_idx ON record_source (record_id);

ALTER TABLE organization ADD COLUMN origin_feed_id uuid REFERENCES feed (id);
ALTER TABLE service ADD COLUMN origin_feed_id uuid REFERENCES feed (id);
ALTER TABLE location ADD COLUMN origin_feed_id uuid REFERENCES feed (id);
CREATE INDEX service_origin_feed_idx ON service (origin_feed_id) WHERE origin_feed_id IS NOT NULL;

-- Matching across feeds: organisations by a normalised name, locations by postcode.
CREATE FUNCTION match_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN trim(regexp_replace(
        regexp_replace(lower(immutable_unaccent($1)), '\m(the|ltd|limited|cic|cio|charity|trust|inc)\M|&|\mand\M', ' ', 'g'),
        '[^a-z0-9]+', ' ', 'g'));
CREATE INDEX organization_match_idx ON organization (match_key(name));
CREATE INDEX service_match_idx ON service (organization_id, match_key(name));

ALTER TABLE listing_change DROP CONSTRAINT listing_change_action_check;
ALTER TABLE listing_change ADD CONSTRAINT listing_change_action_check
    CHECK (action IN ('created', 'updated', 'reviewed', 'imported', 'withdrawn'));

-- A statement's new or removed category links refresh each service's category text once, not once per row (a feed
-- import adds hundreds of links in one statement).
DROP TRIGGER service_taxonomy_term_changed ON service_taxonomy_term;

CREATE FUNCTION refresh_taxonomy_text_of_links() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE service SET taxonomy_text = service_taxonomy_text(id)
     WHERE id IN (SELECT service_id FROM changed_links);
    RETURN NULL;
END $$;

CREATE TRIGGER service_taxonomy_term_added AFTER INSERT ON service_taxonomy_term
    REFERENCING NEW TABLE AS changed_links
    FOR EACH STATEMENT EXECUTE FUNCTION refresh_taxonomy_text_of_links();
CREATE TRIGGER service_taxonomy_term_removed AFTER DELETE ON service_taxonomy_term
    REFERENCING OLD TABLE AS changed_links
    FOR EACH STATEMENT EXECUTE FUNCTION refresh_taxonomy_text_of_links();
