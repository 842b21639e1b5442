package org.socialprescribing.directory.repository;

import java.util.Comparator;

/**
 * The statements a feed import issues, each with its place in the order they run: parents before children, a
 * record's old parts removed before its new ones go in. Each is sent as one JDBC batch per page of the feed.
 *
 * @param order
 *            where it runs among the others
 * @param sql
 *            the statement, with one {@code ?} per value
 */
public record FeedWrite(int order, String sql) {

    static final Comparator<FeedWrite> IN_ORDER = Comparator.comparingInt(FeedWrite::order);

    public static final FeedWrite INSERT_ORGANIZATION = new FeedWrite(1,
            """
                    INSERT INTO organization (id, name, description, email, website, verified, created_at, updated_at,
                    origin_feed_id) VALUES (?, ?, ?, ?, ?, true, ?, ?, ?)""");

    public static final FeedWrite UPDATE_ORGANIZATION = new FeedWrite(2,
            """
                    UPDATE organization SET name = ?, description = ?, email = ?, website = ?, updated_at = ?, version =
                    version + 1 WHERE id = ?""");

    public static final FeedWrite INSERT_LOCATION = new FeedWrite(3,
            """
                    INSERT INTO location (id, organization_id, location_type, name, description, transportation,
                    latitude, longitude, last_modified, origin_feed_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");

    public static final FeedWrite UPDATE_LOCATION = new FeedWrite(4,
            """
                    UPDATE location SET location_type = ?, name = ?, description = ?, transportation = ?, latitude = ?,
                    longitude = ?, last_modified = ?, version = version + 1 WHERE id = ?""");

    public static final FeedWrite DELETE_ADDRESSES = new FeedWrite(5,
            "DELETE FROM address WHERE location_id = ?");

    public static final FeedWrite DELETE_ACCESSIBILITY = new FeedWrite(6,
            "DELETE FROM accessibility WHERE location_id = ?");

    public static final FeedWrite DELETE_LOCATION_PHONES = new FeedWrite(7,
            "DELETE FROM phone WHERE location_id = ?");

    public static final FeedWrite INSERT_ADDRESS = new FeedWrite(8,
            """
                    INSERT INTO address (id, location_id, attention, address_1, address_2, city, region, state_province,
                    postal_code, country, address_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");

    public static final FeedWrite INSERT_ACCESSIBILITY = new FeedWrite(9,
            """
                    INSERT INTO accessibility (id, location_id, description, details, url) VALUES (?, ?, ?, ?, ?)""");

    public static final FeedWrite INSERT_SERVICE = new FeedWrite(10,
            """
                    INSERT INTO service (name, description, url, email, status, fees_description, minimum_age,
                    maximum_age, assured_date, last_modified, alert, eligibility_description, delivery_modes,
                    eligibility_criteria, referral_state, capacity_available, capacity_maximum, id, organization_id,
                    origin_feed_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");

    public static final FeedWrite UPDATE_SERVICE = new FeedWrite(11,
            """
                    UPDATE service SET name = ?, description = ?, url = ?, email = ?, status = ?, fees_description = ?,
                    minimum_age = ?, maximum_age = ?, assured_date = ?, last_modified = ?, alert = ?,
                    eligibility_description = ?, delivery_modes = ?, eligibility_criteria = ?, referral_state = ?,
                    capacity_available = ?, capacity_maximum = ?, version = version + 1 WHERE id = ?""");

    public static final FeedWrite DELETE_SERVICE_AT_LOCATIONS = new FeedWrite(12,
            "DELETE FROM service_at_location WHERE service_id = ?");

    public static final FeedWrite DELETE_SCHEDULES = new FeedWrite(13,
            "DELETE FROM schedule WHERE service_id = ?");

    public static final FeedWrite DELETE_CONTACTS = new FeedWrite(14,
            "DELETE FROM contact WHERE service_id = ?");

    public static final FeedWrite DELETE_SERVICE_PHONES = new FeedWrite(15,
            "DELETE FROM phone WHERE service_id = ?");

    public static final FeedWrite DELETE_COST_OPTIONS = new FeedWrite(16,
            "DELETE FROM cost_option WHERE service_id = ?");

    public static final FeedWrite DELETE_LANGUAGES = new FeedWrite(17,
            "DELETE FROM language WHERE service_id = ?");

    public static final FeedWrite DELETE_SERVICE_AREAS = new FeedWrite(18,
            "DELETE FROM service_area WHERE service_id = ?");

    public static final FeedWrite DELETE_SERVICE_TERMS = new FeedWrite(19,
            "DELETE FROM service_taxonomy_term WHERE service_id = ?");

    // Before the services at locations: each takes its service's words and categories as it goes in (V18), and the
    // categories' names are among those words.
    public static final FeedWrite INSERT_SERVICE_TERM = new FeedWrite(20,
            "INSERT INTO service_taxonomy_term (service_id, taxonomy_term_id) VALUES (?, ?)");

    public static final FeedWrite INSERT_SERVICE_AT_LOCATION = new FeedWrite(21,
            """
                    INSERT INTO service_at_location (id, service_id, location_id, description) VALUES (?, ?, ?, ?)""");

    public static final FeedWrite INSERT_SCHEDULE = new FeedWrite(22,
            """
                    INSERT INTO schedule (id, service_id, service_at_location_id, valid_from, valid_to, dtstart, freq,
                    "interval", byday, bymonthday, opens_at, closes_at, description, attending_type, notes) VALUES (?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");

    public static final FeedWrite INSERT_CONTACT = new FeedWrite(23,
            """
                    INSERT INTO contact (id, service_id, name, title, department, email) VALUES (?, ?, ?, ?, ?, ?)""");

    public static final FeedWrite INSERT_PHONE = new FeedWrite(24,
            """
                    INSERT INTO phone (id, contact_id, service_id, location_id, number, extension, type, description)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");

    public static final FeedWrite INSERT_COST_OPTION = new FeedWrite(25,
            """
                    INSERT INTO cost_option (id, service_id, valid_from, valid_to, option, amount, currency,
                    amount_description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");

    public static final FeedWrite INSERT_LANGUAGE = new FeedWrite(26,
            "INSERT INTO language (id, service_id, name, code, note) VALUES (?, ?, ?, ?, ?)");

    public static final FeedWrite INSERT_SERVICE_AREA = new FeedWrite(27,
            """
                    INSERT INTO service_area (id, service_id, name, description, extent, extent_type, uri, area_code)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");

    public static final FeedWrite UPSERT_SOURCE = new FeedWrite(28,
            """
                    INSERT INTO record_source (feed_id, record_type, external_id, record_id, content_hash,
                    first_seen_at, last_seen_at, last_run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feed_id,
                    record_type, external_id) DO UPDATE SET record_id = excluded.record_id, content_hash =
                    excluded.content_hash, last_seen_at = excluded.last_seen_at, last_run_id = excluded.last_run_id""");

    public static final FeedWrite INSERT_CHANGE = new FeedWrite(29,
            """
                    INSERT INTO listing_change (id, service_id, organization_id, changed_by, changed_at, action,
                    changes) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)""");

    // After everything else: an organisation's numbers depend on its row alone.
    public static final FeedWrite DELETE_ORGANIZATION_IDENTIFIERS = new FeedWrite(30,
            "DELETE FROM organization_identifier WHERE organization_id = ?");

    public static final FeedWrite INSERT_ORGANIZATION_IDENTIFIER = new FeedWrite(31,
            """
                    INSERT INTO organization_identifier (organization_id, identifier_scheme, identifier) VALUES (?, ?,
                    ?)""");
}
