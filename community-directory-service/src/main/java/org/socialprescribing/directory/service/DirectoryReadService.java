package org.socialprescribing.directory.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.directory.CommunityService;
import org.socialprescribing.directory.Taxonomy;
import org.socialprescribing.directory.TaxonomyTerm;
import org.socialprescribing.directory.repository.CommunityServiceRepository;
import org.socialprescribing.directory.repository.ServiceSearch;
import org.socialprescribing.directory.repository.TaxonomyRepository;
import org.socialprescribing.directory.repository.TaxonomyTermRepository;
import org.socialprescribing.problem.ProblemException;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The public, read-only directory (Open Referral UK). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectoryReadService {

    private final CommunityServiceRepository services;
    private final TaxonomyRepository taxonomies;
    private final TaxonomyTermRepository terms;

    public DirectoryReadService(CommunityServiceRepository services, TaxonomyRepository taxonomies,
            TaxonomyTermRepository terms) {
        this.services = services;
        this.taxonomies = taxonomies;
        this.terms = terms;
    }

    public PageOf<CommunityService> searchServices(ServiceSearch search) {
        CommunityServiceRepository.IdPage ids = services.search(search);
        return new PageOf<>(services.loadInOrder(ids.ids()), ids.total(), search.page(), search.perPage());
    }

    public CommunityService getService(UUID id) {
        return services.findPublic(id).orElseThrow(() -> ProblemException.notFound("Service", id));
    }

    public PageOf<Taxonomy> listTaxonomies(int page, int perPage) {
        var query = taxonomies.findAll(Sort.by("name").and("id")).page(Page.of(page - 1, perPage));
        return new PageOf<>(query.list(), query.count(), page, perPage);
    }

    public Taxonomy getTaxonomy(UUID id) {
        return taxonomies.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Taxonomy", id));
    }

    public PageOf<TaxonomyTerm> listTerms(Optional<UUID> taxonomyId, Optional<UUID> parentId, boolean topOnly,
            int page, int perPage) {
        var query = terms.filtered(taxonomyId, parentId, topOnly).page(Page.of(page - 1, perPage));
        return new PageOf<>(query.list(), query.count(), page, perPage);
    }

    public TaxonomyTerm getTerm(UUID id) {
        return terms.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Taxonomy term", id));
    }
}
