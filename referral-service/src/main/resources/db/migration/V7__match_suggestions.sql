-- Match suggestions for a referral (matching/MatchScorer): the directory services ranked for the person, each with
-- the parts of its score in words, as the link worker last saw them. Replaced whenever matching runs again.
CREATE TABLE match_suggestion (
    id                  uuid PRIMARY KEY,
    referral_id         uuid         NOT NULL REFERENCES referral (id),
    rank                integer      NOT NULL CHECK (rank >= 1),
    service_id          uuid         NOT NULL,
    organisation_id     uuid,
    service_name        varchar(500),
    organisation_name   varchar(500),
    score               integer      NOT NULL,
    reasons             jsonb        NOT NULL,
    computed_at         timestamptz  NOT NULL,
    UNIQUE (referral_id, rank)
);
