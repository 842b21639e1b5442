-- HSDS 3.0 locations, addresses, service-at-location, schedules, contacts, phones, costs, languages, service areas
-- and accessibility (Open Referral UK profile), plus the directory's own extensions: delivery modes, machine-readable
-- eligibility, accepting-referrals state and capacity (HSDS 3.1 service_capacity), and postcode centroids.

ALTER TABLE service
    ADD COLUMN alert                   text,
    ADD COLUMN eligibility_description text,
    -- How people take part: in person, online, by phone (any of them).
    ADD COLUMN delivery_modes          varchar(20)[] NOT NULL DEFAULT '{in_person}'
        CHECK (cardinality(delivery_modes) > 0
               AND delivery_modes <@ ARRAY['in_person', 'online', 'phone']::varchar[]),
    -- Who may use it, as data that search and self-referral evaluate (all must hold).
    ADD COLUMN eligibility_criteria    varchar(30)[] NOT NULL DEFAULT '{}'
        CHECK (eligibility_criteria <@ ARRAY['lives_in_area', 'carer', 'veteran', 'parent', 'low_income',
                                             'disabled']::varchar[]),
    ADD COLUMN referral_state          varchar(20)   NOT NULL DEFAULT 'open'
        CHECK (referral_state IN ('open', 'waiting_list', 'closed')),
    ADD COLUMN capacity_available      integer CHECK (capacity_available >= 0),
    ADD COLUMN capacity_maximum        integer CHECK (capacity_maximum > 0),
    ADD CONSTRAINT service_capacity_within_maximum
        CHECK (capacity_available IS NULL OR capacity_maximum IS NULL OR capacity_available <= capacity_maximum);

CREATE INDEX service_delivery_modes_idx ON service USING gin (delivery_modes);
CREATE INDEX service_eligibility_idx ON service USING gin (eligibility_criteria);

CREATE TABLE location (
    id                       uuid PRIMARY KEY,
    organization_id          uuid REFERENCES organization (id),
    location_type            varchar(10)  NOT NULL CHECK (location_type IN ('physical', 'postal', 'virtual')),
    name                     varchar(255),
    description              text,
    -- How to get there (HSDS 3.0 location.transportation): buses, parking, step-free route.
    transportation           text,
    latitude                 double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude                double precision CHECK (longitude BETWEEN -180 AND 180),
    external_identifier      varchar(100),
    external_identifier_type varchar(50),
    last_modified            timestamptz  NOT NULL DEFAULT now(),
    version                  integer      NOT NULL DEFAULT 0,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);

-- Proximity search: earthdistance's cube on the sphere, so "within 5 km" is an index range scan.
CREATE INDEX location_earth_idx ON location USING gist (ll_to_earth(latitude, longitude))
    WHERE latitude IS NOT NULL;
CREATE INDEX location_organization_idx ON location (organization_id);

CREATE TABLE address (
    id             uuid PRIMARY KEY,
    location_id    uuid         NOT NULL REFERENCES location (id) ON DELETE CASCADE,
    attention      varchar(255),
    address_1      varchar(255) NOT NULL,
    address_2      varchar(255),
    city           varchar(100) NOT NULL,
    region         varchar(100),
    state_province varchar(100) NOT NULL,
    postal_code    varchar(10)  NOT NULL,
    country        varchar(2)   NOT NULL DEFAULT 'GB',
    address_type   varchar(10)  NOT NULL DEFAULT 'physical' CHECK (address_type IN ('physical', 'postal', 'virtual'))
);

CREATE INDEX address_location_idx ON address (location_id);

CREATE TABLE accessibility (
    id          uuid PRIMARY KEY,
    location_id uuid NOT NULL REFERENCES location (id) ON DELETE CASCADE,
    description text,
    details     text,
    url         varchar(500)
);

CREATE INDEX accessibility_location_idx ON accessibility (location_id);

CREATE TABLE service_at_location (
    id          uuid PRIMARY KEY,
    service_id  uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    location_id uuid NOT NULL REFERENCES location (id) ON DELETE CASCADE,
    description text,
    UNIQUE (service_id, location_id)
);

CREATE INDEX service_at_location_location_idx ON service_at_location (location_id);

-- Opening hours and recurring sessions in iCalendar terms (freq, interval, byday such as "TU" or "2MO,-1FR").
-- Times are wall-clock times in Europe/London, the zone every listed service works in.
-- service_id is always set (the service the session belongs to); service_at_location_id says where, when it is held
-- at one location rather than for the service as a whole (a phone line).
CREATE TABLE schedule (
    id                     uuid PRIMARY KEY,
    service_id             uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    service_at_location_id uuid REFERENCES service_at_location (id) ON DELETE CASCADE,
    valid_from             date,
    valid_to               date,
    dtstart                date,
    freq                   varchar(10) CHECK (freq IN ('WEEKLY', 'MONTHLY')),
    "interval"             integer CHECK ("interval" >= 1),
    byday                  varchar(100) CHECK (byday ~ '^([-+]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,[-+]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$'),
    bymonthday             varchar(100),
    opens_at               time,
    closes_at              time,
    description            text,
    attending_type         varchar(50),
    notes                  text,
    -- The byday parts ("2MO") and the bare weekdays ("MO"), for indexed day and open-now filters.
    byday_parts            text[] GENERATED ALWAYS AS (string_to_array(byday, ',')) STORED,
    weekdays               text[] GENERATED ALWAYS AS (
        string_to_array(regexp_replace(byday, '[-+0-9]', '', 'g'), ',')) STORED,
    CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);

CREATE INDEX schedule_service_idx ON schedule (service_id, service_at_location_id);
CREATE INDEX schedule_service_at_location_idx ON schedule (service_at_location_id);
CREATE INDEX schedule_weekdays_idx ON schedule USING gin (weekdays);
CREATE INDEX schedule_byday_parts_idx ON schedule USING gin (byday_parts);

CREATE TABLE contact (
    id         uuid PRIMARY KEY,
    service_id uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    name       varchar(255),
    title      varchar(255),
    department varchar(255),
    email      varchar(255)
);

CREATE INDEX contact_service_idx ON contact (service_id);

CREATE TABLE phone (
    id          uuid PRIMARY KEY,
    contact_id  uuid REFERENCES contact (id) ON DELETE CASCADE,
    service_id  uuid REFERENCES service (id) ON DELETE CASCADE,
    location_id uuid REFERENCES location (id) ON DELETE CASCADE,
    number      varchar(30) NOT NULL,
    extension   varchar(10),
    type        varchar(20) CHECK (type IN ('text', 'fax', 'voice', 'cell', 'video', 'pager', 'textphone')),
    description text
);

CREATE INDEX phone_contact_idx ON phone (contact_id);
CREATE INDEX phone_service_idx ON phone (service_id);
CREATE INDEX phone_location_idx ON phone (location_id);

CREATE TABLE cost_option (
    id                 uuid PRIMARY KEY,
    service_id         uuid          NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    valid_from         date,
    valid_to           date,
    option             varchar(255),
    amount             numeric(10, 2) CHECK (amount >= 0),
    currency           varchar(3)    NOT NULL DEFAULT 'GBP',
    amount_description text
);

CREATE INDEX cost_option_service_idx ON cost_option (service_id, amount);

-- Languages spoken (not only through an interpreter); code is ISO 639-1 where one exists, else ISO 639-3.
CREATE TABLE language (
    id         uuid PRIMARY KEY,
    service_id uuid REFERENCES service (id) ON DELETE CASCADE,
    name       varchar(100) NOT NULL,
    code       varchar(10)  NOT NULL,
    note       text
);

CREATE INDEX language_service_idx ON language (service_id);
CREATE INDEX language_code_idx ON language (lower(code), service_id);

-- Where a service is offered. area_code is the ONS (GSS) code of a local authority district, which postcode
-- centroids carry too, so "does this postcode fall in the area" is an equality test.
CREATE TABLE service_area (
    id           uuid PRIMARY KEY,
    service_id   uuid         NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    name         varchar(255) NOT NULL,
    description  text,
    extent       text,
    extent_type  varchar(20),
    uri          varchar(500),
    area_code    varchar(9)
);

CREATE INDEX service_area_service_idx ON service_area (service_id, area_code);

-- Postcode centroids (ONS Postcode Directory or Code-Point Open), keyed by the postcode without spaces, upper case.
CREATE TABLE postcode_centroid (
    postcode  varchar(8) PRIMARY KEY,
    latitude  double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    area_code varchar(9),
    source    varchar(20) NOT NULL
);
