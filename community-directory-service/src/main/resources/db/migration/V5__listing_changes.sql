-- Who changed which listing, when, and what changed (field -> [before, after]); read by coordinators.
-- changed_by is a staff account's username (editors and coordinators), never a resident's.
CREATE TABLE listing_change (
    id              uuid PRIMARY KEY,
    service_id      uuid         NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    organization_id uuid         NOT NULL REFERENCES organization (id),
    changed_by      varchar(255) NOT NULL,
    changed_at      timestamptz  NOT NULL DEFAULT now(),
    action          varchar(20)  NOT NULL CHECK (action IN ('created', 'updated', 'reviewed')),
    changes         jsonb        NOT NULL DEFAULT '{}'
);

CREATE INDEX listing_change_service_idx ON listing_change (service_id, changed_at DESC);
CREATE INDEX listing_change_time_idx ON listing_change (changed_at DESC);
-- Stale listings: the review date is what the coordinator's list and the editor's dashboard filter on.
CREATE INDEX service_assured_date_idx ON service (assured_date NULLS FIRST, id);
