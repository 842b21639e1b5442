package org.socialprescribing.directory.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.socialprescribing.directory.Taxonomy;
import org.socialprescribing.directory.TaxonomyTerm;
import org.socialprescribing.directory.repository.TaxonomyRepository;
import org.socialprescribing.directory.repository.TaxonomyTermRepository;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

/**
 * Coordinators manage the taxonomy: add and rename terms and move them in the hierarchy (never under themselves).
 * A rename reaches search at once: a trigger refreshes the search text of the services that use the term.
 */
@ApplicationScoped
@Transactional
public class TaxonomyService {

    /** What a coordinator sets on a term. */
    public record TermDetails(String code, String name, String description, UUID parentId, UUID taxonomyId,
            String termUri) {
    }

    private final TaxonomyRepository taxonomies;
    private final TaxonomyTermRepository terms;
    private final Event<DirectoryChanged> directoryChanged;

    public TaxonomyService(TaxonomyRepository taxonomies, TaxonomyTermRepository terms,
            Event<DirectoryChanged> directoryChanged) {
        this.taxonomies = taxonomies;
        this.terms = terms;
        this.directoryChanged = directoryChanged;
    }

    public TaxonomyTerm create(TermDetails details) {
        TaxonomyTerm term = new TaxonomyTerm();
        term.id = UUID.randomUUID();
        term.language = "en";
        apply(term, details);
        terms.persist(term); // no listing has a new term yet, so no public answer changes
        return term;
    }

    public TaxonomyTerm update(UUID id, TermDetails details) {
        TaxonomyTerm term = terms.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Taxonomy term",
                id));
        if (details.parentId() != null && terms.isSelfOrDescendant(id, details.parentId())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "A term cannot sit under itself or one of its own narrower terms.", "parent_id");
        }
        apply(term, details);
        directoryChanged.fire(new DirectoryChanged("taxonomy"));
        return term;
    }

    private void apply(TaxonomyTerm term, TermDetails d) {
        if (d.parentId() != null && terms.findByIdOptional(d.parentId()).isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "There is no term " + d.parentId() + ".",
                    "parent_id");
        }
        Taxonomy taxonomy = null;
        if (d.taxonomyId() != null) {
            taxonomy = taxonomies.findByIdOptional(d.taxonomyId()).orElseThrow(() -> new ProblemException(
                    ProblemType.VALIDATION_FAILED, "There is no taxonomy " + d.taxonomyId() + ".", "taxonomy_id"));
        }
        term.code = d.code();
        term.name = d.name().strip();
        term.description = d.description() == null ? "" : d.description().strip();
        term.parentId = d.parentId();
        term.taxonomy = taxonomy;
        term.termUri = d.termUri();
    }
}
