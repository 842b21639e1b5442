-- A resident's wellbeing goal ("what matters to you"). The owner is the Keycloak subject of the resident.
CREATE TABLE goal (
    id          uuid PRIMARY KEY,
    owner_id    varchar(64)  NOT NULL,
    title       varchar(200) NOT NULL,
    target_date date,
    status      varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'ACHIEVED', 'STOPPED')),
    created_at  timestamptz  NOT NULL,
    version     integer      NOT NULL DEFAULT 0
);

CREATE INDEX goal_owner_created_idx ON goal (owner_id, created_at DESC);
