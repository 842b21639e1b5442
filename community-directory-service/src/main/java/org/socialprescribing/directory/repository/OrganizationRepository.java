package org.socialprescribing.directory.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.directory.Organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public Optional<Organization> findVerified(UUID id) {
        return find("id = ?1 and verified = true", id).firstResultOptional();
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
