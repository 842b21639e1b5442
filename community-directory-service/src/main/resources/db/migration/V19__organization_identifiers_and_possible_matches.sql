-- Registered numbers of organisations (HSDS organization_identifiers), by org-id.guide scheme. A feed's organisation
-- is taken to be one the directory has only when both carry the same number (or the feed's own id says so), never
-- on its name alone: a name is no proof, and a feed naming itself after a local charity must not take its listings.
CREATE TABLE organization_identifier (
    organization_id   uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    identifier_scheme varchar(10) NOT NULL CHECK (identifier_scheme IN ('GB-CHC', 'GB-SC', 'GB-NIC', 'GB-COH')),
    identifier        varchar(50) NOT NULL,
    PRIMARY KEY (organization_id, identifier_scheme, identifier)
);

CREATE INDEX organization_identifier_number_idx ON organization_identifier (identifier_scheme, identifier);

-- A feed's organisation whose name matches one the directory has from elsewhere, for a coordinator to confirm:
-- [{"feed_organization_id", "feed_organization_name", "imported_organization_id", "organization_id",
--   "organization_name"}]. Never applied by the import itself.
ALTER TABLE feed_run ADD COLUMN possible_matches jsonb NOT NULL DEFAULT '[]';
