package org.socialprescribing.directory.repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.socialprescribing.directory.CommunityService;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Public search over published services: PostgreSQL full-text search (english, unaccented, name above description)
 * plus trigram word similarity for misspelt names, with taxonomy (a term includes its descendants) and age filters.
 * Only services of verified organisations that are not defunct are public.
 */
@ApplicationScoped
public class CommunityServiceRepository implements PanacheRepositoryBase<CommunityService, UUID> {

    /** A page of matching service ids, in rank order, and how many match in all. */
    public record IdPage(List<UUID> ids, long total) {
    }

    /** The search words as a tsquery that matches any of them (websearch syntax, english stemming, no accents). */
    private static final String ANY_WORD = "cast(replace(cast(websearch_to_tsquery('english',"
            + " immutable_unaccent(:text)) as text), ' & ', ' | ') as tsquery)";

    private static final String PUBLIC = """
             FROM service s JOIN organization o ON o.id = s.organization_id AND o.verified
            WHERE s.status <> 'defunct'""";

    public IdPage search(ServiceSearch search) {
        StringBuilder where = new StringBuilder(PUBLIC);
        Map<String, Object> params = new HashMap<>();
        String order = "s.name, s.id";
        if (search.text().isPresent()) {
            // Match any of the words (a service need not contain them all); rank puts those with more first.
            where.append("\n AND (s.search_vector @@ " + ANY_WORD
                    + " OR immutable_unaccent(lower(:text)) <% immutable_unaccent(lower(s.name)))");
            order = "ts_rank(s.search_vector, " + ANY_WORD + ")"
                    + " + word_similarity(immutable_unaccent(lower(:text)), immutable_unaccent(lower(s.name))) DESC,"
                    + " s.name, s.id";
            params.put("text", search.text().get());
        }
        search.taxonomyTermId().ifPresent(term -> {
            where.append("""
                    AND EXISTS (SELECT 1 FROM service_taxonomy_term st
                                WHERE st.service_id = s.id AND st.taxonomy_term_id IN (
                                    WITH RECURSIVE terms(id) AS (
                                        SELECT id FROM taxonomy_term WHERE id = :term
                                        UNION ALL
                                        SELECT t.id FROM taxonomy_term t JOIN terms ON t.parent_id = terms.id)
                                    SELECT id FROM terms))""");
            params.put("term", term);
        });
        search.taxonomyId().ifPresent(taxonomy -> {
            where.append("""
                    AND EXISTS (SELECT 1 FROM service_taxonomy_term st
                                JOIN taxonomy_term tt ON tt.id = st.taxonomy_term_id
                                WHERE st.service_id = s.id AND tt.taxonomy_id = :taxonomy)""");
            params.put("taxonomy", taxonomy);
        });
        search.minimumAge().ifPresent(age -> {
            where.append(" AND (s.maximum_age IS NULL OR s.maximum_age >= :minimumAge)");
            params.put("minimumAge", age);
        });
        search.maximumAge().ifPresent(age -> {
            where.append(" AND (s.minimum_age IS NULL OR s.minimum_age <= :maximumAge)");
            params.put("maximumAge", age);
        });

        Query count = getEntityManager().createNativeQuery("SELECT count(*)" + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || search.offset() >= total) {
            return new IdPage(List.of(), total);
        }
        Query page = getEntityManager().createNativeQuery(
                "SELECT s.id" + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset",
                UUID.class);
        params.forEach(page::setParameter);
        page.setParameter("limit", search.perPage());
        page.setParameter("offset", search.offset());
        @SuppressWarnings("unchecked")
        List<UUID> ids = page.getResultList();
        return new IdPage(ids, total);
    }

    /** The services with these ids, organisation loaded, in the order of {@code ids}. */
    public List<CommunityService> loadInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<CommunityService> found = new ArrayList<>(
                find("FROM CommunityService s JOIN FETCH s.organization WHERE s.id IN ?1", ids).list());
        found.sort(Comparator.comparingInt(s -> ids.indexOf(s.id)));
        return found;
    }

    /** A public service with its organisation and taxonomy terms. */
    public Optional<CommunityService> findPublic(UUID id) {
        return find("""
                FROM CommunityService s JOIN FETCH s.organization o LEFT JOIN FETCH s.taxonomyTerms t
                LEFT JOIN FETCH t.taxonomy
                WHERE s.id = ?1 AND o.verified = true AND s.status <> 'defunct'""", id).firstResultOptional();
    }
}
