package org.socialprescribing.directory.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The SQL of feed imports: provenance look-ups, matching against records the directory already has, and the
 * page's writes as JDBC batches (a 100 000-service feed is millions of rows). Runs in the caller's transaction.
 */
@ApplicationScoped
public class FeedRecordStore {

    /** A record this feed has sent before: where it is stored, its last content hash, and who keeps it. */
    public record Source(UUID recordId, String hash, UUID originFeedId) {
    }

    /** A record that matched: its id and the feed that keeps it (null when edited here). */
    public record Match(UUID id, UUID originFeedId) {
    }

    /** An organisation whose name matches a feed's: only ever shown to a coordinator as a possible match. */
    public record Named(UUID id, String name) {
    }

    /** A page's writes, collected before any is sent. */
    public static final class Writes {
        private final Map<FeedWrite, List<Object[]>> rows = new java.util.TreeMap<>(FeedWrite.IN_ORDER);

        private final Map<String, Object[]> sources = new java.util.LinkedHashMap<>();

        public void add(FeedWrite write, Object... values) {
            rows.computeIfAbsent(write, w -> new ArrayList<>()).add(values);
        }

        /** The provenance of a record; the last one given per record wins (one statement may not touch a row twice). */
        public void source(UUID feedId, String recordType, String externalId, Object... values) {
            Object[] row = new Object[3 + values.length];
            row[0] = feedId;
            row[1] = recordType;
            row[2] = externalId;
            System.arraycopy(values, 0, row, 3, values.length);
            sources.put(recordType + "|" + externalId, row);
        }

    }

    private final EntityManager em;

    public FeedRecordStore(EntityManager em) {
        this.em = em;
    }

    public Map<String, Source> sources(UUID feedId, String recordType, Collection<String> externalIds) {
        Map<String, Source> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        String table = switch (recordType) {
            case "organization" -> "organization";
            case "service" -> "service";
            default -> "location";
        };
        work(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT rs.external_id, rs.record_id, rs.content_hash, r.origin_feed_id FROM record_source rs"
                            + " JOIN " + table + " r ON r.id = rs.record_id"
                            + " WHERE rs.feed_id = ? AND rs.record_type = ? AND rs.external_id = ANY (?)")) {
                query.setObject(1, feedId);
                query.setString(2, recordType);
                query.setArray(3, connection.createArrayOf("varchar", externalIds.toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), new Source(rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getObject(4, UUID.class)));
                    }
                }
            }
        });
        return found;
    }

    /**
     * Published organisations that this feed does not keep whose names match (ignoring case, accents, punctuation,
     * "Ltd", "The", ...), by given name: possible matches for a coordinator, never applied. Unverified ones (asked to
     * join, not checked) are left out.
     */
    public Map<String, Named> organizationsNamed(UUID feedId, Collection<String> names) {
        Map<String, Named> found = new HashMap<>();
        if (names.isEmpty()) {
            return found;
        }
        work(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT DISTINCT ON (k.name) k.name, o.id, o.name
                    FROM unnest(?::text[]) AS k(name)
                    JOIN organization o ON match_key(o.name) = match_key(k.name) AND o.verified
                      AND o.origin_feed_id IS DISTINCT FROM ?
                    ORDER BY k.name, o.created_at, o.id""")) {
                query.setArray(1, connection.createArrayOf("text", names.toArray()));
                query.setObject(2, feedId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), new Named(rs.getObject(2, UUID.class), rs.getString(3)));
                    }
                }
            }
        });
        return found;
    }

    /**
     * Published organisations with one of these registered numbers ({@code schemes[i]}, {@code identifiers[i]}), by
     * "scheme|identifier": the oldest one for each.
     */
    public Map<String, Match> organizationsWithIdentifiers(List<String> schemes, List<String> identifiers) {
        Map<String, Match> found = new HashMap<>();
        if (schemes.isEmpty()) {
            return found;
        }
        work(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT DISTINCT ON (k.scheme, k.identifier) k.scheme, k.identifier, o.id, o.origin_feed_id
                    FROM unnest(?::text[], ?::text[]) AS k(scheme, identifier)
                    JOIN organization_identifier i ON i.identifier_scheme = k.scheme AND i.identifier = k.identifier
                    JOIN organization o ON o.id = i.organization_id AND o.verified
                    ORDER BY k.scheme, k.identifier, o.created_at, o.id""")) {
                query.setArray(1, connection.createArrayOf("text", schemes.toArray()));
                query.setArray(2, connection.createArrayOf("text", identifiers.toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1) + "|" + rs.getString(2),
                                new Match(rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)));
                    }
                }
            }
        });
        return found;
    }

    /** Services of these organisations with matching names: "organisation id|given name" to the match. */
    public Map<String, Match> servicesNamed(List<UUID> organizationIds, List<String> names) {
        Map<String, Match> found = new HashMap<>();
        if (names.isEmpty()) {
            return found;
        }
        work(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT DISTINCT ON (k.org, k.name) k.org, k.name, s.id, s.origin_feed_id
                    FROM unnest(?::uuid[], ?::text[]) AS k(org, name)
                    JOIN service s ON s.organization_id = k.org AND match_key(s.name) = match_key(k.name)
                    ORDER BY k.org, k.name, s.id""")) {
                query.setArray(1, connection.createArrayOf("uuid", organizationIds.toArray()));
                query.setArray(2, connection.createArrayOf("text", names.toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getObject(1, UUID.class) + "|" + rs.getString(2),
                                new Match(rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)));
                    }
                }
            }
        });
        return found;
    }

    /** Sends the page's writes, one batch per statement, in {@link FeedWrite} order. */
    public void apply(Writes writes) {
        if (!writes.sources.isEmpty()) {
            writes.rows.put(FeedWrite.UPSERT_SOURCE, new ArrayList<>(writes.sources.values()));
        }
        work(connection -> {
            for (Map.Entry<FeedWrite, List<Object[]>> entry : writes.rows.entrySet()) {
                try (PreparedStatement statement = connection.prepareStatement(entry.getKey().sql())) {
                    for (Object[] row : entry.getValue()) {
                        for (int i = 0; i < row.length; i++) {
                            statement.setObject(i + 1, jdbcValue(connection, row[i]));
                        }
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            }
        });
    }

    /** Records that this run saw these services listed (whether or not it could take them). */
    public void markSeen(UUID feedId, UUID runId, List<String> externalIds, Instant now) {
        if (externalIds.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE record_source SET last_run_id = ?, last_seen_at = ?
                    WHERE feed_id = ? AND record_type = 'service' AND external_id = ANY (?)""")) {
                update.setObject(1, runId);
                update.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                update.setObject(3, feedId);
                update.setArray(4, connection.createArrayOf("varchar", externalIds.toArray()));
                update.executeUpdate();
            }
        });
    }

    /**
     * Marks "defunct" the services this feed keeps that its last complete run did not list.
     * Returns each one's id and organisation id.
     */
    public List<UUID[]> withdrawUnlisted(UUID feedId, UUID runId, Instant now) {
        List<UUID[]> withdrawn = new ArrayList<>();
        work(connection -> {
            // Its content hash is forgotten, so the service comes back in full if the feed lists it again.
            try (PreparedStatement update = connection.prepareStatement("""
                    WITH gone AS (
                        UPDATE service s SET status = 'defunct', last_modified = ?, version = s.version + 1
                        FROM record_source rs
                        WHERE rs.feed_id = ? AND rs.record_type = 'service' AND rs.record_id = s.id
                          AND rs.last_run_id <> ? AND s.origin_feed_id = ? AND s.status <> 'defunct'
                        RETURNING s.id, s.organization_id),
                    forgotten AS (
                        UPDATE record_source rs SET content_hash = NULL FROM gone
                        WHERE rs.record_id = gone.id AND rs.feed_id = ? AND rs.record_type = 'service')
                    SELECT id, organization_id FROM gone""")) {
                update.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                update.setObject(2, feedId);
                update.setObject(3, runId);
                update.setObject(4, feedId);
                update.setObject(5, feedId);
                try (ResultSet rs = update.executeQuery()) {
                    while (rs.next()) {
                        withdrawn.add(new UUID[]{rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
                    }
                }
            }
        });
        return withdrawn;
    }

    private static Object jdbcValue(Connection connection, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof String[] strings) {
            Array array = connection.createArrayOf("varchar", strings);
            return array;
        }
        return value;
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void work(Work work) {
        em.unwrap(Session.class).doWork(work::run);
    }
}
