package org.socialprescribing.directory.rest;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.socialprescribing.directory.Taxonomy;
import org.socialprescribing.directory.TaxonomyTerm;
import org.socialprescribing.directory.service.PageOf;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The public API's bodies in Open Referral UK 3.0 (HSDS 3.0) shape: snake_case field names, the profile's paging
 * envelope. Checked against the published schemas in the tests.
 */
final class OrukViews {

    private OrukViews() {
    }

    /** The ORUK paging envelope. */
    record Paged<T>(@JsonProperty("total_items") long totalItems, @JsonProperty("total_pages") int totalPages,
            @JsonProperty("page_number") int pageNumber, int size, @JsonProperty("first_page") boolean firstPage,
            @JsonProperty("last_page") boolean lastPage, boolean empty, List<T> contents) {

        static <E, T> Paged<T> of(PageOf<E> page, Function<E, T> view) {
            List<T> contents = page.items().stream().map(view).toList();
            return new Paged<>(page.totalItems(), page.totalPages(), page.page(), contents.size(), page.page() == 1,
                    page.page() >= page.totalPages(), contents.isEmpty(), contents);
        }
    }

    /** HSDS attribute: links a record to a taxonomy term. */
    record Attribute(UUID id, @JsonProperty("link_id") UUID linkId,
            @JsonProperty("link_type") String linkType,
            @JsonProperty("taxonomy_term_id") UUID taxonomyTermId,
            @JsonProperty("taxonomy_term") Term taxonomyTerm) {

        static Attribute of(UUID serviceId, TaxonomyTerm term) {
            // A stable id for the link, derived from both ends (the link has no row of its own).
            UUID id = UUID
                    .nameUUIDFromBytes((serviceId + "|" + term.id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new Attribute(id, serviceId, "service", term.id, Term.of(term));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Term(UUID id, String code, String name, String description,
            @JsonProperty("parent_id") UUID parentId, String taxonomy,
            @JsonProperty("taxonomy_id") UUID taxonomyId, String language,
            @JsonProperty("term_uri") String termUri) {

        static Term of(TaxonomyTerm t) {
            return new Term(t.id, t.code, t.name, t.description, t.parentId,
                    t.taxonomy == null ? null : t.taxonomy.name, t.taxonomy == null ? null : t.taxonomy.id,
                    t.language, t.termUri);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaxonomyView(UUID id, String name, String description, String uri, String version) {

        static TaxonomyView of(Taxonomy t) {
            return new TaxonomyView(t.id, t.name, t.description, t.uri, t.version);
        }
    }
}
