package org.socialprescribing.directory.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.directory.TaxonomyTerm;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TaxonomyTermRepository implements PanacheRepositoryBase<TaxonomyTerm, UUID> {

    /** Terms filtered by taxonomy, parent, or top level only (no parent); sorted by name. */
    public PanacheQuery<TaxonomyTerm> filtered(Optional<UUID> taxonomyId, Optional<UUID> parentId, boolean topOnly) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        taxonomyId.ifPresent(id -> {
            values.add(id);
            conditions.add("taxonomy.id = ?" + values.size());
        });
        parentId.ifPresent(id -> {
            values.add(id);
            conditions.add("parentId = ?" + values.size());
        });
        if (topOnly) {
            conditions.add("parentId is null");
        }
        Sort sort = Sort.by("name").and("id");
        return conditions.isEmpty()
                ? findAll(sort)
                : find(String.join(" and ", conditions), sort, values.toArray());
    }

    /** Whether {@code candidate} is {@code term} itself or one of its descendants (a parent there makes a cycle). */
    public boolean isSelfOrDescendant(UUID term, UUID candidate) {
        Object found = getEntityManager().createNativeQuery("""
                WITH RECURSIVE below(id) AS (
                    SELECT cast(?1 as uuid) UNION SELECT t.id FROM taxonomy_term t JOIN below ON t.parent_id = below.id)
                SELECT count(*) FROM below WHERE id = cast(?2 as uuid)""").setParameter(1, term.toString())
                .setParameter(2, candidate.toString()).getSingleResult();
        return ((Number) found).longValue() > 0;
    }
}
