-- The referral loop's model (issue 19). The stub's single table held only who referred and a free-text reason, and
-- had no model of the person being referred; it held no data worth keeping (nothing was released on it), so it
-- is replaced rather than altered.
DROP TABLE referral;

-- A person known to the service: the minimum needed to contact them and find the right support. Either with an
-- account (account_subject, the Keycloak subject) or not (a guest, or someone a link worker refers by phone).
-- Anonymisation blanks every field that identifies them and sets anonymised_at.
CREATE TABLE person (
    id                  uuid PRIMARY KEY,
    account_subject     varchar(64)  UNIQUE,
    given_name          varchar(100),
    family_name         varchar(100),
    email               varchar(255),
    phone               varchar(32),
    contact_by_email    boolean      NOT NULL DEFAULT false,
    contact_by_phone    boolean      NOT NULL DEFAULT false,
    contact_by_text     boolean      NOT NULL DEFAULT false,
    contact_by_letter   boolean      NOT NULL DEFAULT false,
    best_time_to_call   varchar(200),
    postcode            varchar(8),
    date_of_birth       date,
    age_band            varchar(8)   CHECK (age_band IN ('16-24', '25-34', '35-49', '50-64', '65-79', '80+')),
    preferred_language  varchar(35)  NOT NULL DEFAULT 'en',
    access_needs        varchar(1000),
    nhs_number          varchar(10)  CHECK (nhs_number ~ '^[0-9]{10}$'),
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    anonymised_at       timestamptz,
    version             integer      NOT NULL DEFAULT 0
);

-- A referral to social prescribing. route: who asked (the person, a link worker for them, a partner system such as
-- a GP's). Its needs (directory taxonomy term ids) are in referral_need. state and closing_reason follow ReferralStateMachine and
-- ClosingReason exactly; the checks below repeat them so that no write path can store another.
CREATE TABLE referral (
    id                  uuid PRIMARY KEY,
    reference           varchar(16)  NOT NULL UNIQUE,
    guest_secret_hash   bytea,
    person_id           uuid         NOT NULL REFERENCES person (id),
    route               varchar(16)  NOT NULL CHECK (route IN ('SELF', 'LINK_WORKER', 'PARTNER_SYSTEM')),
    referred_by         varchar(64),
    partner_client      varchar(64),
    free_text           varchar(2000),
    chosen_service_id   uuid,
    priority            varchar(8)   NOT NULL DEFAULT 'ROUTINE' CHECK (priority IN ('ROUTINE', 'PRIORITY', 'URGENT')),
    state               varchar(20)  NOT NULL CHECK (state IN ('RECEIVED', 'TRIAGED', 'CONTACT_ATTEMPTED',
                                         'IN_CONVERSATION', 'MATCHED', 'WITH_GROUP', 'CLOSED')),
    closing_reason      varchar(20)  CHECK (closing_reason IN ('COMPLETED', 'PERSON_DECLINED', 'UNABLE_TO_CONTACT',
                                         'NOT_APPROPRIATE', 'MOVED_AWAY', 'WITHDRAWN')),
    assigned_to         varchar(64),
    contact_attempts    integer      NOT NULL DEFAULT 0 CHECK (contact_attempts >= 0),
    matching            varchar(8)   NOT NULL DEFAULT 'WAITING' CHECK (matching IN ('WAITING', 'PENDING', 'DONE')),
    received_at         timestamptz  NOT NULL,
    last_contact_at     timestamptz,
    closed_at           timestamptz,
    version             integer      NOT NULL DEFAULT 0,
    CHECK ((state = 'CLOSED') = (closing_reason IS NOT NULL)),
    CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL)),
    CHECK (route <> 'SELF' OR referred_by IS NOT NULL OR guest_secret_hash IS NOT NULL),
    CHECK (route <> 'PARTNER_SYSTEM' OR partner_client IS NOT NULL)
);
CREATE TABLE referral_need (
    referral_id         uuid         NOT NULL REFERENCES referral (id),
    term_id             varchar(64)  NOT NULL,
    PRIMARY KEY (referral_id, term_id)
);

CREATE INDEX referral_person_idx ON referral (person_id, received_at DESC);
CREATE INDEX referral_unassigned_idx ON referral (received_at) WHERE assigned_to IS NULL AND state <> 'CLOSED';
CREATE INDEX referral_caseload_idx ON referral (assigned_to, received_at) WHERE state <> 'CLOSED';

-- What the person agreed to, in which wording, when, and with whom it may be shared; revocable. CONTACT: that the
-- scheme may contact them about this referral. SHARE: that what they said may go to one receiving organisation.
CREATE TABLE consent (
    id                  uuid PRIMARY KEY,
    person_id           uuid         NOT NULL REFERENCES person (id),
    referral_id         uuid         REFERENCES referral (id),
    purpose             varchar(8)   NOT NULL CHECK (purpose IN ('CONTACT', 'SHARE')),
    organisation_id     uuid,
    wording_version     varchar(20)  NOT NULL,
    given_at            timestamptz  NOT NULL,
    recorded_by         varchar(64),
    revoked_at          timestamptz,
    CHECK ((purpose = 'SHARE') = (organisation_id IS NOT NULL))
);
CREATE INDEX consent_referral_idx ON consent (referral_id);

-- The referral's timeline: who did what when. Never updated; the person sees it, the link worker works from it.
CREATE TABLE referral_event (
    id                  uuid PRIMARY KEY,
    referral_id         uuid         NOT NULL REFERENCES referral (id),
    at                  timestamptz  NOT NULL,
    actor               varchar(64)  NOT NULL,
    actor_kind          varchar(16)  NOT NULL CHECK (actor_kind IN ('PERSON', 'GUEST', 'LINK_WORKER', 'COORDINATOR',
                                         'CHARITY_EDITOR', 'PARTNER_SYSTEM', 'SCHEDULER')),
    kind                varchar(32)  NOT NULL,
    from_state          varchar(20),
    to_state            varchar(20),
    note                varchar(2000)
);
CREATE INDEX referral_event_referral_idx ON referral_event (referral_id, at);

-- A referral onward to one directory service (one referral can go to several groups), with the group's answers.
CREATE TABLE onward_referral (
    id                  uuid PRIMARY KEY,
    referral_id         uuid         NOT NULL REFERENCES referral (id),
    service_id          uuid         NOT NULL,
    organisation_id     uuid         NOT NULL,
    state               varchar(20)  NOT NULL CHECK (state IN ('SENT', 'ACCEPTED', 'DECLINED', 'WAITING_LIST',
                                         'ATTENDING', 'STOPPED_ATTENDING', 'WITHDRAWN')),
    decline_reason      varchar(500),
    first_attended_on   date,
    sessions_attended   integer      NOT NULL DEFAULT 0 CHECK (sessions_attended >= 0),
    sent_at             timestamptz  NOT NULL,
    answered_at         timestamptz,
    version             integer      NOT NULL DEFAULT 0,
    UNIQUE (referral_id, service_id)
);
CREATE INDEX onward_referral_inbox_idx ON onward_referral (organisation_id, sent_at DESC);

-- Events for other systems (FHIR Task updates, GP messages, notifications), written in the same transaction as the
-- change they announce and published afterwards, so none is lost or sent for a change that was rolled back.
CREATE TABLE outbox_event (
    id                  uuid PRIMARY KEY,
    referral_id         uuid         NOT NULL,
    type                varchar(40)  NOT NULL,
    payload             jsonb        NOT NULL,
    created_at          timestamptz  NOT NULL,
    published_at        timestamptz
);
CREATE INDEX outbox_unpublished_idx ON outbox_event (created_at) WHERE published_at IS NULL;

-- A client's retry of a create or a state change returns the first answer: the key, who sent it, what for, a hash
-- of the body (the same key with another body is a 422), and the first answer.
CREATE TABLE idempotency_key (
    caller              varchar(64)  NOT NULL,
    key                 varchar(100) NOT NULL,
    operation           varchar(60)  NOT NULL,
    request_hash        bytea        NOT NULL,
    status              integer      NOT NULL,
    location            varchar(200),
    response            jsonb,
    created_at          timestamptz  NOT NULL,
    PRIMARY KEY (caller, key)
);

-- Every staff read and change of a person's referral: who, when, what and why. The person sees their own entries;
-- a coordinator queries them.
CREATE TABLE audit_entry (
    id                  uuid PRIMARY KEY,
    at                  timestamptz  NOT NULL,
    actor               varchar(64)  NOT NULL,
    actor_role          varchar(20)  NOT NULL,
    person_id           uuid,
    referral_id         uuid,
    action              varchar(40)  NOT NULL,
    reason              varchar(500)
);
CREATE INDEX audit_entry_person_idx ON audit_entry (person_id, at DESC);
CREATE INDEX audit_entry_referral_idx ON audit_entry (referral_id, at DESC);
