package org.socialprescribing.directory.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.directory.Organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Organisations: the public (verified) ones, and look-ups by id and by name. */
@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public Optional<Organization> findVerified(UUID id) {
        return find("id = ?1 and verified = true", id).firstResultOptional();
    }

    /**
     * A listed organisation with the same name (ignoring case, accents, punctuation and words such as "The" or
     * "Ltd"), or one whose joining request is still waiting; a turned-down request's organisation does not count.
     */
    public Optional<Organization> sameName(String name) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM organization o WHERE match_key(o.name) = match_key(:name)
                  AND (o.verified OR EXISTS (SELECT 1 FROM join_request jr
                                             WHERE jr.organization_id = o.id AND jr.status = 'pending'))
                ORDER BY o.verified DESC, o.created_at, o.id LIMIT 1""", Organization.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    /** Verified organisations, by name; {@code search} matches any part of the name, accents and case aside. */
    public io.quarkus.hibernate.orm.panache.PanacheQuery<Organization> verified(Optional<String> search) {
        io.quarkus.panache.common.Sort byName = io.quarkus.panache.common.Sort.by("name").and("id");
        return search.isEmpty()
                ? find("verified = true", byName)
                : find("verified = true and lower(name) like ?1", byName,
                        "%" + search.get().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                                .replace("%", "\\%").replace("_", "\\_") + "%");
    }
}
