package org.socialprescribing.directory.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The SQL of a confirmed possible match: a feed's own organisation merged into one the directory has. Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class OrganizationMerge {

    /** What merging needs to know of an organisation: whether it is published and which feed keeps it. */
    public record Party(UUID id, boolean verified, UUID originFeedId) {
    }

    private final EntityManager em;

    public OrganizationMerge(EntityManager em) {
        this.em = em;
    }

    public Optional<Party> party(UUID id) {
        List<Party> found = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection
                    .prepareStatement("SELECT verified, origin_feed_id FROM organization WHERE id = ? FOR UPDATE")) {
                query.setObject(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    if (rs.next()) {
                        found.add(new Party(id, rs.getBoolean(1), rs.getObject(2, UUID.class)));
                    }
                }
            }
        });
        return found.stream().findFirst();
    }

    /**
     * Moves everything of {@code from} to {@code into}: its services and locations, its registered numbers, the
     * feeds' links to it (so their next runs write under {@code into}) and its history; then removes {@code from}
     * unless someone asked to join as it. Returns the moved services' ids.
     */
    public List<UUID> merge(UUID from, UUID into, Instant now) {
        List<UUID> services = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement move = connection.prepareStatement("""
                    UPDATE service SET organization_id = ?, last_modified = ?, version = version + 1
                    WHERE organization_id = ? RETURNING id""")) {
                move.setObject(1, into);
                move.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                move.setObject(3, from);
                try (ResultSet rs = move.executeQuery()) {
                    while (rs.next()) {
                        services.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            for (String sql : List.of(
                    "UPDATE location SET organization_id = ?, version = version + 1 WHERE organization_id = ?",
                    """
                            INSERT INTO organization_identifier (organization_id, identifier_scheme, identifier)
                            SELECT ?, identifier_scheme, identifier FROM organization_identifier
                            WHERE organization_id = ? ON CONFLICT DO NOTHING""",
                    "UPDATE record_source SET record_id = ? WHERE record_type = 'organization' AND record_id = ?",
                    "UPDATE listing_change SET organization_id = ? WHERE organization_id = ?")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setObject(1, into);
                    statement.setObject(2, from);
                    statement.executeUpdate();
                }
            }
            try (PreparedStatement remove = connection.prepareStatement("""
                    DELETE FROM organization o WHERE o.id = ?
                    AND NOT EXISTS (SELECT 1 FROM join_request j WHERE j.organization_id = o.id)""")) {
                remove.setObject(1, from);
                remove.executeUpdate();
            }
        });
        return services;
    }
}
