-- Extensions the directory's search needs. The local stack creates them as the admin (earthdistance is not a
-- "trusted" extension); on a server of your own, have an administrator create them first.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

-- HSDS 3.0 organization. Unverified organisations (asked to join, not yet checked by a coordinator) are not public.
CREATE TABLE organization (
    id          uuid PRIMARY KEY,
    name        varchar(255) NOT NULL,
    description text         NOT NULL DEFAULT '',
    email       varchar(255),
    website     varchar(500),
    verified    boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    version     integer      NOT NULL DEFAULT 0
);

CREATE INDEX organization_name_trgm_idx ON organization USING gin (name gin_trgm_ops);
