-- HSDS 3.0 services and taxonomy (Open Referral UK profile), with the indexes behind the public search.

-- unaccent() is only STABLE; an IMMUTABLE wrapper with a fixed dictionary lets it feed a generated column and index.
CREATE FUNCTION immutable_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN unaccent('unaccent'::regdictionary, $1);

CREATE TABLE taxonomy (
    id          uuid PRIMARY KEY,
    name        varchar(255) NOT NULL,
    description text         NOT NULL DEFAULT '',
    uri         varchar(500),
    version     varchar(50)
);

CREATE TABLE taxonomy_term (
    id          uuid PRIMARY KEY,
    code        varchar(100),
    name        varchar(255) NOT NULL,
    description text         NOT NULL DEFAULT '',
    parent_id   uuid REFERENCES taxonomy_term (id),
    taxonomy_id uuid REFERENCES taxonomy (id),
    language    varchar(10),
    term_uri    varchar(500)
);

CREATE INDEX taxonomy_term_parent_idx ON taxonomy_term (parent_id);
CREATE INDEX taxonomy_term_taxonomy_idx ON taxonomy_term (taxonomy_id);

CREATE TABLE service (
    id               uuid PRIMARY KEY,
    organization_id  uuid          NOT NULL REFERENCES organization (id),
    name             varchar(255)  NOT NULL,
    description      text          NOT NULL DEFAULT '',
    url              varchar(500),
    email            varchar(255),
    status           varchar(20)   NOT NULL CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    fees_description text,
    minimum_age      integer CHECK (minimum_age >= 0),
    maximum_age      integer CHECK (maximum_age >= 0),
    assured_date     date,
    last_modified    timestamptz   NOT NULL DEFAULT now(),
    version          integer       NOT NULL DEFAULT 0,
    -- Name weighs above description; accents folded so "cafe" finds "café".
    search_vector    tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', immutable_unaccent(name)), 'A')
        || setweight(to_tsvector('english', immutable_unaccent(description)), 'B')) STORED,
    CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)
);

CREATE INDEX service_search_idx ON service USING gin (search_vector);
CREATE INDEX service_name_trgm_idx ON service USING gin (immutable_unaccent(lower(name)) gin_trgm_ops);
CREATE INDEX service_organization_idx ON service (organization_id);
CREATE INDEX service_ages_idx ON service (minimum_age, maximum_age);
CREATE INDEX service_last_modified_idx ON service (last_modified, id);

-- HSDS links services to taxonomy terms through "attribute"; this is that link for services.
CREATE TABLE service_taxonomy_term (
    service_id       uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    taxonomy_term_id uuid NOT NULL REFERENCES taxonomy_term (id),
    PRIMARY KEY (service_id, taxonomy_term_id)
);

CREATE INDEX service_taxonomy_term_term_idx ON service_taxonomy_term (taxonomy_term_id);
