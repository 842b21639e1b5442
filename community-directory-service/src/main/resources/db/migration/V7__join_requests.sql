-- A charity asks to join: a new organisation (unverified, so unpublished) or an existing one, and the account of the
-- person asking. A coordinator approves (the organisation is verified; the requester becomes its charity-editor)
-- or rejects with a reason.
CREATE TABLE join_request (
    id                 uuid PRIMARY KEY,
    organization_id    uuid         NOT NULL REFERENCES organization (id),
    new_organization   boolean      NOT NULL,
    -- The requester's Keycloak account (token subject) and username: whom the coordinator is binding.
    requester_id       varchar(64)  NOT NULL,
    requester_username varchar(255) NOT NULL,
    message            text,
    status             varchar(10)  NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    created_at         timestamptz  NOT NULL,
    decided_by         varchar(255),
    decided_at         timestamptz,
    decision_reason    text,
    version            integer      NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX join_request_one_pending_idx ON join_request (organization_id, requester_id)
    WHERE status = 'pending';
CREATE INDEX join_request_status_idx ON join_request (status, created_at);
CREATE INDEX join_request_requester_idx ON join_request (requester_id, created_at);
