package org.socialprescribing.directory.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.directory.CommunityService;
import org.socialprescribing.directory.Schedule;
import org.socialprescribing.directory.ServiceAtLocation;
import org.socialprescribing.directory.Taxonomy;
import org.socialprescribing.directory.TaxonomyTerm;
import org.socialprescribing.directory.config.ReviewConfig;
import org.socialprescribing.directory.repository.CommunityServiceRepository;
import org.socialprescribing.directory.repository.ListItemReader;
import org.socialprescribing.directory.repository.Near;
import org.socialprescribing.directory.repository.RankedPage;
import org.socialprescribing.directory.repository.ServiceAtLocationRepository;
import org.socialprescribing.directory.repository.ServiceSearch;
import org.socialprescribing.directory.repository.SessionMoment;
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
    private final ServiceAtLocationRepository servicesAtLocations;
    private final TaxonomyRepository taxonomies;
    private final TaxonomyTermRepository terms;
    private final PostcodeLocator postcodes;
    private final ReviewConfig review;
    private final SpellingCorrections words;
    private final ListItemReader listItems;
    private final Clock clock;

    public DirectoryReadService(CommunityServiceRepository services,
            ServiceAtLocationRepository servicesAtLocations, TaxonomyRepository taxonomies,
            TaxonomyTermRepository terms, PostcodeLocator postcodes, ReviewConfig review, SpellingCorrections words,
            ListItemReader listItems, Clock clock) {
        this.review = review;
        this.listItems = listItems;
        this.words = words;
        this.services = services;
        this.servicesAtLocations = servicesAtLocations;
        this.taxonomies = taxonomies;
        this.terms = terms;
        this.postcodes = postcodes;
        this.clock = clock;
    }

    /** The search as asked, fresh listings first when it prefers them (reviewed within the stale period). */
    public ServiceSearch preferringFresh(ServiceSearch search, boolean preferFresh) {
        return preferFresh
                ? search.preferringReviewedSince(LocalDateTime.now(clock).toLocalDate()
                        .minus(review.staleAfter()))
                : search;
    }

    /** Now, in the UK: what "open now" filters on. */
    public SessionMoment now() {
        LocalDateTime now = LocalDateTime.now(clock);
        return new SessionMoment(now.toLocalDate(), now.toLocalTime());
    }

    /**
     * The point a search is around: a postcode's centroid (400 naming {@code postcode} when it is not a UK postcode
     * or not one we know) or a latitude and longitude.
     */
    public Optional<Near> near(Optional<String> postcode, Optional<double[]> latLon, Optional<Integer> proximity) {
        if (postcode.isPresent()) {
            Postcode parsed = Postcode.parse(postcode.get()).orElseThrow(() -> ProblemException
                    .invalidParameter("postcode", "is not a UK postcode (for example SW1A 1AA)"));
            PostcodeLocator.LocatedPostcode located = postcodes.locate(parsed)
                    .orElseThrow(() -> ProblemException.invalidParameter("postcode",
                            parsed.display() + " is not a postcode we know; check it and try again"));
            return Optional.of(new Near(located.latitude(), located.longitude(), proximity, located.areaCode()));
        }
        return latLon.map(point -> new Near(point[0], point[1], proximity, Optional.empty()));
    }

    /**
     * A page of services matching the search.
     *
     * @param full
     *            whether each is read whole (every nested part, through Hibernate), or only with the parts a list
     *            item shows ({@link ListItemReader}, one round trip)
     */
    public PageOf<Match<CommunityService>> searchServices(ServiceSearch asked, boolean full) {
        ServiceSearch search = spellingCorrected(asked);
        RankedPage ranked = services.search(search);
        List<CommunityService> page = full ? services.loadInOrder(ranked.ids()) : listItems.services(ranked.ids());
        return matches(ranked, page, search, s -> s.id, s -> s.schedules);
    }

    /** A page of services at locations matching the search, read whole or as list items ({@code full}). */
    public PageOf<Match<ServiceAtLocation>> searchServicesAtLocations(ServiceSearch asked, boolean full) {
        ServiceSearch search = spellingCorrected(asked);
        RankedPage ranked = servicesAtLocations.search(search);
        List<ServiceAtLocation> page = full
                ? servicesAtLocations.loadInOrder(ranked.ids())
                : listItems.servicesAtLocations(ranked.ids());
        return matches(ranked, page, search, sal -> sal.id, ServiceAtLocation::sessionsToAttend);
    }

    /**
     * The next batch of an export: matching services after {@code after} in id order, each turned into its view
     * inside one read transaction (the view reads the service's nested parts). The search's words are corrected
     * once for the whole export ({@link #spellingCorrected}), so every batch filters alike.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> List<T> exportBatch(ServiceSearch search, UUID after, int limit, Function<CommunityService, T> view) {
        return services.loadInOrder(services.idsAfter(search, after, limit)).stream().map(view).toList();
    }

    /**
     * The search with words the directory does not know replaced by the closest ones it does ("walkng" by
     * "walking"): typo tolerance that costs no more than a correctly spelt search.
     */
    public ServiceSearch spellingCorrected(ServiceSearch search) {
        return search.filters().text().map(words::corrected)
                .map(text -> search.withFilters(search.filters().withText(text))).orElse(search);
    }

    public Match<CommunityService> getService(UUID id) {
        CommunityService service = services.findPublic(id)
                .orElseThrow(() -> ProblemException.notFound("Service", id));
        return new Match<>(service, null, SessionCalendar.next(service.schedules, LocalDateTime.now(clock)));
    }

    public Match<ServiceAtLocation> getServiceAtLocation(UUID id) {
        ServiceAtLocation sal = servicesAtLocations.findPublic(id)
                .orElseThrow(() -> ProblemException.notFound("Service at location", id));
        return new Match<>(sal, null, SessionCalendar.next(sal.sessionsToAttend(), LocalDateTime.now(clock)));
    }

    private <T> PageOf<Match<T>> matches(RankedPage ranked, List<T> items, ServiceSearch search,
            Function<T, UUID> id, Function<T, List<Schedule>> schedules) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Match<T>> page = items.stream().map(item -> new Match<>(item, ranked.distances().get(id.apply(item)),
                SessionCalendar.next(schedules.apply(item), now))).toList();
        return new PageOf<>(page, ranked.total(), search.page(), search.perPage());
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
