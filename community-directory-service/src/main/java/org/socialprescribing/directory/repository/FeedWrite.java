package org.socialprescribing.directory.repository;

/**
 * The statements a feed import issues, in the order they run: parents before children, a record's old parts
 * removed before its new ones go in. Each is sent as one JDBC batch per page of the feed.
 */
public enum FeedWrite {
    INSERT_ORGANIZATION("""
            INSERT INTO organization (id, name, description, email, website, verified, created_at, updated_at,
                                      origin_feed_id) VALUES (?, ?, ?, ?, ?, true, ?, ?, ?)"""), UPDATE_ORGANIZATION("""
            UPDATE organization SET name = ?, description = ?, email = ?, website = ?, updated_at = ?,
                                    version = version + 1 WHERE id = ?"""), INSERT_LOCATION(
            """
                    INSERT INTO location (id, organization_id, location_type, name, description, transportation, latitude,
                                          longitude, last_modified, origin_feed_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""), UPDATE_LOCATION(
                    """
                            UPDATE location SET location_type = ?, name = ?, description = ?, transportation = ?, latitude = ?,
                                                longitude = ?, last_modified = ?, version = version + 1 WHERE id = ?"""), DELETE_ADDRESSES(
                            "DELETE FROM address WHERE location_id = ?"), DELETE_ACCESSIBILITY(
                                    "DELETE FROM accessibility WHERE location_id = ?"), DELETE_LOCATION_PHONES(
                                            "DELETE FROM phone WHERE location_id = ?"), INSERT_ADDRESS(
                                                    """
                                                            INSERT INTO address (id, location_id, attention, address_1, address_2, city, region, state_province,
                                                                                 postal_code, country, address_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""), INSERT_ACCESSIBILITY(
                                                            "INSERT INTO accessibility (id, location_id, description, details, url) VALUES (?, ?, ?, ?, ?)"), INSERT_SERVICE(
                                                                    """
                                                                            INSERT INTO service (name, description, url, email, status, fees_description, minimum_age, maximum_age,
                                                                                                 assured_date, last_modified, alert, eligibility_description, delivery_modes,
                                                                                                 eligibility_criteria, referral_state, capacity_available, capacity_maximum,
                                                                                                 id, organization_id, origin_feed_id)
                                                                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""), UPDATE_SERVICE(
                                                                            """
                                                                                    UPDATE service SET name = ?, description = ?, url = ?, email = ?, status = ?, fees_description = ?,
                                                                                                       minimum_age = ?, maximum_age = ?, assured_date = ?, last_modified = ?, alert = ?,
                                                                                                       eligibility_description = ?, delivery_modes = ?, eligibility_criteria = ?,
                                                                                                       referral_state = ?, capacity_available = ?, capacity_maximum = ?,
                                                                                                       version = version + 1 WHERE id = ?"""), DELETE_SERVICE_AT_LOCATIONS(
                                                                                    "DELETE FROM service_at_location WHERE service_id = ?"), DELETE_SCHEDULES(
                                                                                            "DELETE FROM schedule WHERE service_id = ?"), DELETE_CONTACTS(
                                                                                                    "DELETE FROM contact WHERE service_id = ?"), DELETE_SERVICE_PHONES(
                                                                                                            "DELETE FROM phone WHERE service_id = ?"), DELETE_COST_OPTIONS(
                                                                                                                    "DELETE FROM cost_option WHERE service_id = ?"), DELETE_LANGUAGES(
                                                                                                                            "DELETE FROM language WHERE service_id = ?"), DELETE_SERVICE_AREAS(
                                                                                                                                    "DELETE FROM service_area WHERE service_id = ?"), DELETE_SERVICE_TERMS(
                                                                                                                                            "DELETE FROM service_taxonomy_term WHERE service_id = ?"), INSERT_SERVICE_AT_LOCATION(
                                                                                                                                                    "INSERT INTO service_at_location (id, service_id, location_id, description) VALUES (?, ?, ?, ?)"), INSERT_SCHEDULE(
                                                                                                                                                            """
                                                                                                                                                                    INSERT INTO schedule (id, service_id, service_at_location_id, valid_from, valid_to, dtstart, freq,
                                                                                                                                                                                          "interval", byday, bymonthday, opens_at, closes_at, description, attending_type,
                                                                                                                                                                                          notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""), INSERT_CONTACT(
                                                                                                                                                                    "INSERT INTO contact (id, service_id, name, title, department, email) VALUES (?, ?, ?, ?, ?, ?)"), INSERT_PHONE(
                                                                                                                                                                            """
                                                                                                                                                                                    INSERT INTO phone (id, contact_id, service_id, location_id, number, extension, type, description)
                                                                                                                                                                                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""), INSERT_COST_OPTION(
                                                                                                                                                                                    """
                                                                                                                                                                                            INSERT INTO cost_option (id, service_id, valid_from, valid_to, option, amount, currency,
                                                                                                                                                                                                                     amount_description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""), INSERT_LANGUAGE(
                                                                                                                                                                                            "INSERT INTO language (id, service_id, name, code, note) VALUES (?, ?, ?, ?, ?)"), INSERT_SERVICE_AREA(
                                                                                                                                                                                                    """
                                                                                                                                                                                                            INSERT INTO service_area (id, service_id, name, description, extent, extent_type, uri, area_code)
                                                                                                                                                                                                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""), INSERT_SERVICE_TERM(
                                                                                                                                                                                                            "INSERT INTO service_taxonomy_term (service_id, taxonomy_term_id) VALUES (?, ?)"), UPSERT_SOURCE(
                                                                                                                                                                                                                    """
                                                                                                                                                                                                                            INSERT INTO record_source (feed_id, record_type, external_id, record_id, content_hash, first_seen_at,
                                                                                                                                                                                                                                                       last_seen_at, last_run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                                                                                                                                                                                                                            ON CONFLICT (feed_id, record_type, external_id) DO UPDATE SET record_id = excluded.record_id,
                                                                                                                                                                                                                                content_hash = excluded.content_hash, last_seen_at = excluded.last_seen_at,
                                                                                                                                                                                                                                last_run_id = excluded.last_run_id"""), INSERT_CHANGE(
                                                                                                                                                                                                                            """
                                                                                                                                                                                                                                    INSERT INTO listing_change (id, service_id, organization_id, changed_by, changed_at, action, changes)
                                                                                                                                                                                                                                    VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)""");

    final String sql;

    FeedWrite(String sql) {
        this.sql = sql;
    }
}
