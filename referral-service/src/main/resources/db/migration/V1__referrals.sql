-- A referral of a person to a community service of the directory. Consent to share is recorded with its time.
CREATE TABLE referral (
    id               uuid PRIMARY KEY,
    service_id       uuid          NOT NULL,
    reason           varchar(1000) NOT NULL,
    consent_given_at timestamptz   NOT NULL,
    referred_by      varchar(64)   NOT NULL,
    self_referral    boolean       NOT NULL,
    status           varchar(16)   NOT NULL CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'CLOSED')),
    created_at       timestamptz   NOT NULL,
    version          integer       NOT NULL DEFAULT 0
);

CREATE INDEX referral_referred_by_idx ON referral (referred_by, created_at DESC);
CREATE INDEX referral_open_idx ON referral (created_at DESC) WHERE status IN ('SUBMITTED', 'ACCEPTED');
