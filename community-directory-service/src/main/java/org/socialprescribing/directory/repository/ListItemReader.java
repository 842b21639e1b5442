package org.socialprescribing.directory.repository;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.socialprescribing.directory.Accessibility;
import org.socialprescribing.directory.Address;
import org.socialprescribing.directory.CommunityService;
import org.socialprescribing.directory.CostOption;
import org.socialprescribing.directory.Language;
import org.socialprescribing.directory.Phone;
import org.socialprescribing.directory.Schedule;
import org.socialprescribing.directory.ServiceAtLocation;

/**
 * A page of search results read for a list, straight over JDBC, in one round trip: each service with its
 * organisation, sessions, costs and languages and, for services at locations, each location with its addresses,
 * accessibility and phones. Through Hibernate the same page took a statement per kind of part, one round trip each,
 * and managing the entities of a read was about 40 % of the service's CPU for a search around a point
 * (bench/README.md).
 * <p>
 * Each statement reads with its own snapshot, so a part whose record was not in the page's first statement (moved
 * or removed in between) is left out, as the record is. The records are plain objects that Hibernate does not
 * manage: changing one changes nothing. The parts a list item does not show (a service's contacts, phones, areas,
 * categories and places, a location's organisation) are left null, so code that reads them fails at once rather
 * than showing none. Full records load through Hibernate.
 */
@ApplicationScoped
public class ListItemReader {

    private static final String SERVICE_COLUMNS = """
            s.id, s.name, s.description, s.url, s.email, s.status, s.fees_description, s.minimum_age,
            s.maximum_age, s.eligibility_description, s.alert, s.assured_date, s.last_modified, s.delivery_modes,
            s.eligibility_criteria, s.referral_state, s.capacity_available, s.capacity_maximum,
            o.id, o.name, o.description, o.email, o.website""";

    private static final String SERVICES = """
            SELECT %s
              FROM unnest(cast(? AS uuid[])) WITH ORDINALITY AS page (id, n)
              JOIN service s ON s.id = page.id JOIN organization o ON o.id = s.organization_id
             ORDER BY page.n""".formatted(SERVICE_COLUMNS);

    private static final String SERVICES_AT_LOCATIONS = """
            SELECT sal.id, sal.description, l.id, l.location_type, l.name, l.description, l.transportation,
                   l.latitude, l.longitude, l.external_identifier, l.external_identifier_type, %s
              FROM unnest(cast(? AS uuid[])) WITH ORDINALITY AS page (id, n)
              JOIN service_at_location sal ON sal.id = page.id JOIN location l ON l.id = sal.location_id
              JOIN service s ON s.id = sal.service_id JOIN organization o ON o.id = s.organization_id
             ORDER BY page.n""".formatted(SERVICE_COLUMNS);

    /** The parts of services, each with {@code %s} where the services' ids go. */
    private static final List<String> SERVICE_PARTS = List.of("""
            SELECT id, service_id, service_at_location_id, valid_from, valid_to, dtstart, freq, "interval", byday,
                   bymonthday, opens_at, closes_at, description, attending_type, notes
              FROM schedule WHERE service_id IN (%s) ORDER BY id""", """
            SELECT id, service_id, valid_from, valid_to, option, amount, currency, amount_description
              FROM cost_option WHERE service_id IN (%s) ORDER BY id""", """
            SELECT id, service_id, name, code, note FROM language WHERE service_id IN (%s) ORDER BY id""");

    /** The parts of locations, each with {@code %s} where the locations' ids go. */
    private static final List<String> LOCATION_PARTS = List.of("""
            SELECT id, location_id, attention, address_1, address_2, city, region, state_province, postal_code,
                   country, address_type
              FROM address WHERE location_id IN (%s) ORDER BY id""", """
            SELECT id, location_id, description, details, url
              FROM accessibility WHERE location_id IN (%s) ORDER BY id""", """
            SELECT id, location_id, number, extension, type, description
              FROM phone WHERE location_id IN (%s) ORDER BY id""");

    /** A page of services: the services, then their parts. */
    private static final Compound SERVICE_PAGE = Compound.of(Stream.concat(Stream.of(SERVICES),
            SERVICE_PARTS.stream().map(part -> part.formatted("SELECT unnest(cast(? AS uuid[]))"))));

    /** A page of services at locations: them, their services' parts, then their locations' parts. */
    private static final Compound SERVICE_AT_LOCATION_PAGE = Compound.of(Stream.of(Stream.of(SERVICES_AT_LOCATIONS),
            SERVICE_PARTS.stream().map(part -> part.formatted(
                    "SELECT service_id FROM service_at_location WHERE id = ANY (cast(? AS uuid[]))")),
            LOCATION_PARTS.stream().map(part -> part.formatted(
                    "SELECT location_id FROM service_at_location WHERE id = ANY (cast(? AS uuid[]))")))
            .flatMap(statements -> statements));

    /** Statements sent together, each given the page's ids as its one parameter. */
    private record Compound(String sql, int statements) {

        static Compound of(Stream<String> statements) {
            List<String> all = statements.toList();
            return new Compound(String.join(";\n", all), all.size());
        }
    }

    private final EntityManager em;

    public ListItemReader(EntityManager em) {
        this.em = em;
    }

    /** These services, in the order of {@code ids} (a missing one is left out). */
    public List<CommunityService> services(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return read(SERVICE_PAGE, ids, results -> {
            Map<UUID, CommunityService> services = new LinkedHashMap<>();
            ListItemRecords records = new ListItemRecords();
            for (ResultSet row = results.next(); row.next();) {
                CommunityService service = records.service(new RowColumns(row));
                services.put(service.id, service);
            }
            readServiceParts(results, records);
            return new ArrayList<>(services.values());
        });
    }

    /** These services at locations, in the order of {@code ids} (a missing one is left out). */
    public List<ServiceAtLocation> servicesAtLocations(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return read(SERVICE_AT_LOCATION_PAGE, ids, results -> {
            List<ServiceAtLocation> page = new ArrayList<>();
            ListItemRecords records = new ListItemRecords();
            for (ResultSet row = results.next(); row.next();) {
                RowColumns columns = new RowColumns(row);
                ServiceAtLocation sal = records.serviceAtLocation(columns.uuid());
                sal.description = columns.text();
                sal.location = records.location(columns);
                sal.service = records.service(columns);
                page.add(sal);
            }
            readServiceParts(results, records);
            readLocationParts(results, records);
            return page;
        });
    }

    private void readServiceParts(Results results, ListItemRecords records) throws SQLException {
        eachPart(results.next(), records.services, (id, service, columns) -> {
            Schedule session = new Schedule();
            session.id = id;
            session.service = service;
            UUID heldAt = columns.uuid();
            session.serviceAtLocation = heldAt == null ? null : records.serviceAtLocation(heldAt);
            session.validFrom = columns.date();
            session.validTo = columns.date();
            session.dtstart = columns.date();
            session.freq = columns.text();
            session.interval = columns.integer();
            session.byday = columns.text();
            session.bymonthday = columns.text();
            session.opensAt = columns.time();
            session.closesAt = columns.time();
            session.description = columns.text();
            session.attendingType = columns.text();
            session.notes = columns.text();
            service.schedules.add(session);
        });
        eachPart(results.next(), records.services, (id, service, columns) -> {
            CostOption cost = new CostOption();
            cost.id = id;
            cost.service = service;
            cost.validFrom = columns.date();
            cost.validTo = columns.date();
            cost.option = columns.text();
            cost.amount = columns.amount();
            cost.currency = columns.text();
            cost.amountDescription = columns.text();
            service.costOptions.add(cost);
        });
        eachPart(results.next(), records.services, (id, service, columns) -> {
            Language language = new Language();
            language.id = id;
            language.service = service;
            language.name = columns.text();
            language.code = columns.text();
            language.note = columns.text();
            service.languages.add(language);
        });
    }

    private void readLocationParts(Results results, ListItemRecords records) throws SQLException {
        eachPart(results.next(), records.locations, (id, location, columns) -> {
            Address address = new Address();
            address.id = id;
            address.location = location;
            address.attention = columns.text();
            address.address1 = columns.text();
            address.address2 = columns.text();
            address.city = columns.text();
            address.region = columns.text();
            address.stateProvince = columns.text();
            address.postalCode = columns.text();
            address.country = columns.text();
            address.addressType = columns.text();
            location.addresses.add(address);
        });
        eachPart(results.next(), records.locations, (id, location, columns) -> {
            Accessibility accessibility = new Accessibility();
            accessibility.id = id;
            accessibility.location = location;
            accessibility.description = columns.text();
            accessibility.details = columns.text();
            accessibility.url = columns.text();
            location.accessibility.add(accessibility);
        });
        eachPart(results.next(), records.locations, (id, location, columns) -> {
            Phone phone = new Phone();
            phone.id = id;
            phone.location = location;
            phone.number = columns.text();
            phone.extension = columns.text();
            phone.type = columns.text();
            phone.description = columns.text();
            location.phones.add(phone);
        });
    }

    /** Reads one part of a record from a row's columns after its id and its record's id. */
    @FunctionalInterface
    private interface Part<R> {
        void read(UUID id, R record, RowColumns columns) throws SQLException;
    }

    /**
     * Each row of a part's result: its id, its record's id, then its own columns. A row whose record was not read is
     * left out: each statement reads with its own snapshot, so the record may have changed between them.
     */
    private static <R> void eachPart(ResultSet rows, Map<UUID, R> records, Part<R> part) throws SQLException {
        while (rows.next()) {
            RowColumns columns = new RowColumns(rows);
            UUID id = columns.uuid();
            R record = records.get(columns.uuid());
            if (record != null) {
                part.read(id, record, columns);
            }
        }
    }

    /** Reads the results of several statements sent at once, in order. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(Results results) throws SQLException;
    }

    /** The result of each statement in turn. */
    private static final class Results {

        private final PreparedStatement statement;
        private boolean first = true;

        Results(PreparedStatement statement) {
            this.statement = statement;
        }

        ResultSet next() throws SQLException {
            if (!first && !statement.getMoreResults()) {
                throw new IllegalStateException("fewer results than statements");
            }
            first = false;
            return statement.getResultSet();
        }
    }

    /**
     * Sends the statements in one round trip (pgjdbc sends a compound statement's parts together and keeps each
     * one's plan once prepared on the server), each given the page's ids.
     */
    private <T> T read(Compound compound, List<UUID> ids, Reading<T> reading) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Array page = connection.createArrayOf("uuid", ids.toArray());
            try (PreparedStatement statement = connection.prepareStatement(compound.sql())) {
                for (int i = 1; i <= compound.statements(); i++) {
                    statement.setArray(i, page);
                }
                statement.execute();
                return reading.read(new Results(statement));
            } finally {
                page.free();
            }
        });
    }
}
